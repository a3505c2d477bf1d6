import { useCallback, useState } from 'react';

/** A short message at the bottom of the page, with at most one action (such as "Undo"). */
export interface ToastMessage {
  message: string;
  tone?: 'info' | 'error';
  action?: { label: string; testId: string; run: () => void };
}

/** One toast at a time: a new one replaces the last. `key` changes with every toast. */
export function useToast(): {
  toast: (ToastMessage & { key: number }) | null;
  show: (toast: ToastMessage) => void;
  dismiss: () => void;
} {
  const [toast, setToast] = useState<(ToastMessage & { key: number }) | null>(null);
  const show = useCallback((next: ToastMessage) => setToast((current) => ({ ...next, key: (current?.key ?? 0) + 1 })), []);
  const dismiss = useCallback(() => setToast(null), []);
  return { toast, show, dismiss };
}
