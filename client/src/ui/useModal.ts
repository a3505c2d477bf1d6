import { useEffect, useRef, type MouseEvent, type SyntheticEvent } from 'react';

/**
 * Props for a native <dialog> shown as a modal while mounted: Escape asks `onClose` instead of
 * closing behind React's back, and so does a click on the backdrop when `closeOnBackdrop`.
 */
export function useModal(onClose: () => void, closeOnBackdrop = true) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return {
    ref,
    onCancel: (event: SyntheticEvent<HTMLDialogElement>) => {
      event.preventDefault();
      onClose();
    },
    onClick: (event: MouseEvent<HTMLDialogElement>) => {
      // A click on the backdrop lands on the dialog element itself, outside its content box.
      if (closeOnBackdrop && event.target === event.currentTarget) onClose();
    },
  };
}
