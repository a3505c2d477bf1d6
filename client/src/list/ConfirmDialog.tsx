import { useState, type ReactNode } from 'react';
import { DangerActions, Dialog } from '../ui/Dialog.js';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  confirmTestId: string;
  testId: string;
  /** Runs on confirm; a thrown error is shown in the dialog, which stays open. */
  action: () => Promise<void>;
  /** The message for a failed action. */
  failure: (message: string) => string;
  onDone: () => void;
  onClose: () => void;
}

/** Asks before something that cannot be undone (deleting forever, emptying the trash). */
export function ConfirmDialog({ title, children, confirmLabel, confirmTestId, testId, action, failure, onDone, onClose }: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await action();
      onDone();
    } catch (cause) {
      setError(failure(cause instanceof Error ? cause.message : String(cause)));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={title}
      testId={testId}
      onConfirm={confirm}
      onCancel={onClose}
      actions={
        <DangerActions confirmLabel={confirmLabel} confirmTestId={confirmTestId} cancelTestId="cancel-delete" onCancel={onClose} busy={busy} />
      }
    >
      {children}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
