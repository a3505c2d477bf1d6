import type { FormEvent, ReactNode } from 'react';
import { useT } from '../i18n/useT.js';
import { useModal } from './useModal.js';

interface DialogProps {
  title: string;
  children: ReactNode;
  /** Buttons; a submit button confirms. */
  actions: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
  /** More classes for the <dialog> (a wide one, say). */
  className?: string;
}

/** A modal dialog on the native <dialog> element: focus trap, Escape and backdrop for free. */
export function Dialog({ title, children, actions, onConfirm, onCancel, testId, className }: DialogProps) {
  const { ref, onCancel: cancelled } = useModal(onCancel);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onConfirm();
  };
  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      data-testid={testId}
      aria-labelledby="dialog-title"
      onCancel={cancelled}
    >
      <form onSubmit={submit}>
        <h2 id="dialog-title" className="dialog__title">
          {title}
        </h2>
        <div className="dialog__body">{children}</div>
        <div className="dialog__actions">{actions}</div>
      </form>
    </dialog>
  );
}

interface DangerActionsProps {
  confirmLabel: string;
  confirmTestId: string;
  cancelTestId: string;
  onCancel: () => void;
  /** While the confirmed action is still running. */
  busy?: boolean;
}

/** Cancel and a red submit button: the actions of a dialog that asks before deleting. */
export function DangerActions({ confirmLabel, confirmTestId, cancelTestId, onCancel, busy = false }: DangerActionsProps) {
  const t = useT();
  return (
    <>
      <button type="button" className="button" data-testid={cancelTestId} onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" className="button button--danger-solid" data-testid={confirmTestId} disabled={busy}>
        {confirmLabel}
      </button>
    </>
  );
}
