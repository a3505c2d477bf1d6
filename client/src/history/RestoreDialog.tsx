import { useState } from 'react';
import type { VersionSummary } from '../api/versionsApi.js';
import { formatDateTime } from '../i18n/formatTime.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { Dialog } from '../ui/Dialog.js';

interface RestoreDialogProps {
  version: VersionSummary;
  /** Saves the map as it is now first, when asked to (nothing is lost either way: undo works). */
  saveCurrent: (name: string) => Promise<unknown>;
  restore: (version: VersionSummary) => Promise<void>;
  onDone: () => void;
  onClose: () => void;
}

/** Asks before the whole map goes back to a version, for everyone on it. */
export function RestoreDialog({ version, saveCurrent, restore, onDone, onClose }: RestoreDialogProps) {
  const t = useT();
  const { language } = useLanguage();
  const [keepCurrent, setKeepCurrent] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      if (keepCurrent) await saveCurrent(t('history.restore.backupName', { name: version.name }));
      await restore(version);
      onDone();
    } catch (cause) {
      setError(t('history.restore.failed', { message: cause instanceof Error ? cause.message : String(cause) }));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('history.restore.title', { name: version.name })}
      testId="restore-dialog"
      onConfirm={() => void confirm()}
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" data-testid="confirm-restore" disabled={busy}>
            {t('history.restore.confirm')}
          </button>
        </>
      }
    >
      <p>{t('history.restore.text', { date: formatDateTime(version.createdAt, language) })}</p>
      <label className="history-check">
        <input type="checkbox" data-testid="restore-keep-current" checked={keepCurrent} onChange={(event) => setKeepCurrent(event.target.checked)} />
        {t('history.restore.keepCurrent')}
      </label>
      <p className="muted">{t('history.restore.undoHint')}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
