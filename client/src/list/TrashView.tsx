import type { TrashedMap } from '../api/mapsApi.js';
import { formatChangedAt, formatDateTime } from '../i18n/formatTime.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { RestoreIcon, TrashIcon } from '../ui/icons.js';
import type { TrashState } from './useTrash.js';

const DAY_MS = 24 * 60 * 60 * 1000;

interface TrashViewProps {
  trash: TrashState;
  onRetry: () => void;
  onRestore: (map: TrashedMap) => void;
  onDeleteForever: (map: TrashedMap) => void;
}

/** The maps in the trash, each with restore and delete forever. */
export function TrashView({ trash, onRetry, onRestore, onDeleteForever }: TrashViewProps) {
  const t = useT();
  if (trash.state === 'loading') {
    return (
      <p className="muted" role="status">
        {t('trash.loading')}
      </p>
    );
  }
  if (trash.state === 'failed') {
    return (
      <div className="notice notice--error" role="alert">
        <p>{t('trash.loadFailed', { message: trash.message })}</p>
        <div className="notice__actions">
          <button type="button" className="button" onClick={onRetry}>
            {t('common.retry')}
          </button>
        </div>
      </div>
    );
  }
  if (trash.maps.length === 0) {
    return (
      <div className="empty-state" data-testid="trash-empty">
        <TrashIcon size={44} className="empty-state__icon" />
        <h2>{t('trash.emptyTitle')}</h2>
        <p>{t('trash.emptyText')}</p>
      </div>
    );
  }
  return (
    <ul className="trash-items">
      {trash.maps.map((map) => (
        <TrashItem key={map.id} map={map} onRestore={onRestore} onDeleteForever={onDeleteForever} />
      ))}
    </ul>
  );
}

function TrashItem({ map, onRestore, onDeleteForever }: { map: TrashedMap } & Pick<TrashViewProps, 'onRestore' | 'onDeleteForever'>) {
  const t = useT();
  const { language } = useLanguage();
  const title = map.title.trim() === '' ? t('map.untitled') : map.title;
  const days = Math.max(1, Math.ceil((Date.parse(map.purgeAt) - Date.now()) / DAY_MS));
  return (
    <li className="trash-item" data-testid="trash-item" data-map-id={map.id}>
      <div className="trash-item__text">
        <span className="trash-item__title" data-testid="trash-item-title">
          {title}
        </span>
        <span className="trash-item__meta">
          <span title={formatDateTime(map.deletedAt, language)}>
            {t('trash.deletedWhen', { when: formatChangedAt(map.deletedAt, language) })}
          </span>
          <span aria-hidden="true"> · </span>
          <span title={formatDateTime(map.purgeAt, language)}>{t('trash.purgeIn', { days })}</span>
        </span>
      </div>
      <div className="trash-item__actions">
        <button
          type="button"
          className="button button--small"
          data-testid="restore-map"
          aria-label={t('trash.restoreNamed', { title })}
          onClick={() => onRestore(map)}
        >
          <RestoreIcon size={16} /> {t('trash.restore')}
        </button>
        <button
          type="button"
          className="button button--small button--quiet button--danger"
          data-testid="delete-forever"
          aria-label={t('trash.deleteForeverNamed', { title })}
          onClick={() => onDeleteForever(map)}
        >
          {t('trash.deleteForever')}
        </button>
      </div>
    </li>
  );
}
