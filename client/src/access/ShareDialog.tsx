import { useState } from 'react';
import type { CreatedShare } from '../api/sharesApi.js';
import { useT } from '../i18n/useT.js';
import { CloseIcon } from '../ui/icons.js';
import { useModal } from '../ui/useModal.js';
import { CreatedShareLink } from './CreatedShareLink.js';
import { NewShareForm } from './NewShareForm.js';
import { ShareList } from './ShareList.js';
import { useShares } from './useShares.js';
import './share.css';

interface ShareDialogProps {
  mapId: string;
  mapTitle: string;
  onClose: () => void;
}

/**
 * The owner's share dialog: a new link (role, label, expiry), its address shown once to copy,
 * and every link of the map with the way to revoke it.
 */
export function ShareDialog({ mapId, mapTitle, onClose }: ShareDialogProps) {
  const t = useT();
  const modal = useModal(onClose);
  const { shares, error, reload, create, revoke } = useShares(mapId);
  const [created, setCreated] = useState<CreatedShare | null>(null);

  return (
    <dialog
      {...modal}
      className="dialog share-dialog"
      data-testid="share-dialog"
      aria-labelledby="share-dialog-title"
    >
      <div className="share-dialog__head">
        <div>
          <h2 id="share-dialog-title" className="dialog__title">
            {t('share.title', { title: mapTitle })}
          </h2>
          <p className="muted small share-dialog__lead">{t('share.lead')}</p>
        </div>
        <button type="button" className="icon-button" data-testid="close-share" aria-label={t('share.close')} title={t('share.close')} onClick={onClose}>
          <CloseIcon />
        </button>
      </div>

      <section className="share-dialog__section" aria-label={t('share.newLink')}>
        {created ? (
          <CreatedShareLink key={created.id} share={created} onAnother={() => setCreated(null)} />
        ) : (
          <NewShareForm create={create} onCreated={setCreated} />
        )}
      </section>

      <section className="share-dialog__section share-dialog__links" aria-labelledby="share-dialog-links">
        <h3 id="share-dialog-links" className="share-dialog__subtitle">
          {t('share.links')}
          {shares && shares.length > 0 && <span className="count-badge">{shares.length}</span>}
        </h3>
        {error ? (
          <div className="notice notice--error" role="alert">
            <p>{t('share.loadFailed', { message: error })}</p>
            <div className="notice__actions">
              <button type="button" className="button button--small" onClick={reload}>
                {t('common.retry')}
              </button>
            </div>
          </div>
        ) : shares === null ? (
          <p className="muted" role="status">
            {t('share.loading')}
          </p>
        ) : (
          <ShareList shares={shares} revoke={revoke} />
        )}
      </section>
    </dialog>
  );
}
