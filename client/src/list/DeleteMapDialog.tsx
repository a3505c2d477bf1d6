import { useState } from 'react';
import { deleteMap, type MapSummary } from '../api/mapsApi.js';
import { useT } from '../i18n/useT.js';
import { Dialog } from '../ui/Dialog.js';

/** Asks before a map is deleted for everyone; there is no way back. */
export function DeleteMapDialog({ map, onDeleted, onClose }: { map: MapSummary; onDeleted: (id: string) => void; onClose: () => void }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const title = map.title.trim() === '' ? t('map.untitled') : map.title;

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await deleteMap(map.id);
      onDeleted(map.id);
    } catch (cause) {
      setError(t('list.deleteFailed', { message: cause instanceof Error ? cause.message : String(cause) }));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('list.deleteTitle', { title })}
      testId="delete-map-dialog"
      onConfirm={confirm}
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" data-testid="cancel-delete" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--danger-solid" data-testid="confirm-delete" disabled={busy}>
            {t('list.deleteConfirm')}
          </button>
        </>
      }
    >
      <p>{t('list.deleteWarning')}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
