import { useState } from 'react';
import type { Share } from '../api/sharesApi.js';
import { formatChangedAt, formatDateTime } from '../i18n/formatTime.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { EmptyState } from '../ui/EmptyState.js';
import { LinkIcon, TrashIcon } from '../ui/icons.js';
import { CommentIcon, EditIcon, EyeIcon } from './accessIcons.js';

interface ShareListProps {
  shares: Share[];
  revoke: (shareId: string) => Promise<void>;
}

const ROLE_ICONS = { editor: EditIcon, commenter: CommentIcon, viewer: EyeIcon };

/** The map's links: role, label, when created and until when; each can be revoked, after a second click. */
export function ShareList({ shares, revoke }: ShareListProps) {
  const t = useT();
  if (shares.length === 0) {
    return <EmptyState icon={<LinkIcon size={22} />} title={t('share.empty')} text={t('share.emptyHint')} testId="share-empty" />;
  }
  return (
    <ul className="share-list" data-testid="share-list">
      {shares.map((share) => (
        <ShareItem key={share.id} share={share} revoke={revoke} />
      ))}
    </ul>
  );
}

function ShareItem({ share, revoke }: { share: Share; revoke: (shareId: string) => Promise<void> }) {
  const t = useT();
  const { language } = useLanguage();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const RoleIcon = ROLE_ICONS[share.role];
  const label = share.label?.trim() ? share.label : null;
  // The server's flag, or a link whose time ran out while the dialog was open.
  const expired = share.expired || (share.expiresAt !== null && Date.parse(share.expiresAt) <= Date.now());

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await revoke(share.id);
    } catch (cause) {
      setError(t('share.revokeFailed', { message: cause instanceof Error ? cause.message : String(cause) }));
      setBusy(false);
    }
  };

  return (
    <li
      className={`share-item${expired ? ' is-expired' : ''}${confirming ? ' is-confirming' : ''}`}
      data-testid="share-item"
      data-share-id={share.id}
      data-role={share.role}
      data-expired={expired}
    >
      <span className={`share-item__role share-item__role--${share.role}`} data-testid="share-item-role">
        <RoleIcon size={15} />
        {t(`share.role.${share.role}`)}
      </span>
      <div className="share-item__main">
        <span className={`share-item__label${label ? '' : ' is-placeholder'}`} data-testid="share-item-label">
          {label ?? t('share.unlabelled')}
        </span>
        <span className="share-item__meta">
          <span title={formatDateTime(share.createdAt, language)}>
            {t('share.created', { when: formatChangedAt(share.createdAt, language) })}
          </span>
          {' · '}
          {expired ? (
            <span className="share-item__expired" data-testid="share-item-expired">
              {t('share.expired')}
            </span>
          ) : share.expiresAt ? (
            <span title={formatDateTime(share.expiresAt, language)}>
              {t('share.expires', { when: formatChangedAt(share.expiresAt, language) })}
            </span>
          ) : (
            t('share.noExpiry')
          )}
        </span>
      </div>
      {confirming ? (
        <div className="share-item__confirm" role="group" aria-label={t('share.revokeConfirm')}>
          <p>{t('share.revokeQuestion')}</p>
          <div className="share-item__confirm-actions">
            <button type="button" className="button button--small" data-testid="share-revoke-cancel" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="button button--small button--danger-solid"
              data-testid="share-revoke-confirm"
              disabled={busy}
              autoFocus
              onClick={() => void confirm()}
            >
              {t('share.revokeConfirm')}
            </button>
          </div>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
      ) : (
        <button
          type="button"
          className="button button--small button--danger share-item__revoke"
          data-testid="share-revoke"
          aria-label={t('share.revokeNamed', { label: label ?? t('share.unlabelled') })}
          onClick={() => setConfirming(true)}
        >
          <TrashIcon size={15} /> {t('share.revoke')}
        </button>
      )}
    </li>
  );
}
