import { memo, useEffect, useRef, useState } from 'react';
import { exportUrl, thumbnailUrl, type MapSummary } from '../api/mapsApi.js';
import { formatChangedAt, formatDateTime } from '../i18n/formatTime.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { Link } from '../routing/Link.js';
import { mapPath } from '../routing/routes.js';
import { CopyIcon, DownloadIcon, PencilIcon, TrashIcon } from '../ui/icons.js';
import { THUMBNAIL_HEIGHT, THUMBNAIL_WIDTH } from '../../../shared/src/index.js';
import type { MapSort } from './mapFilter.js';
import { RenameTitleInput } from './RenameTitleInput.js';

interface MapListItemProps {
  map: MapSummary;
  highlighted: boolean;
  /** Which date the card shows: creation when the list is sorted by it, else the last change. */
  sort: MapSort;
  onRename: (map: MapSummary, title: string) => void;
  onDuplicate: (map: MapSummary) => void;
  onTrash: (map: MapSummary) => void;
}

/** One map on the list: its thumbnail, title and last change, and what one can do with it. */
export const MapListItem = memo(function MapListItem({ map, highlighted, sort, onRename, onDuplicate, onTrash }: MapListItemProps) {
  const t = useT();
  const { language } = useLanguage();
  const [renaming, setRenaming] = useState(false);
  const [thumbnailFailed, setThumbnailFailed] = useState(false);
  const ref = useRef<HTMLLIElement>(null);
  const title = map.title.trim() === '' ? t('map.untitled') : map.title;
  const date = sort === 'created' ? map.createdAt : map.updatedAt;

  useEffect(() => {
    if (highlighted) ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [highlighted]);

  return (
    <li
      ref={ref}
      className={`map-card${highlighted ? ' map-card--new' : ''}${renaming ? ' map-card--renaming' : ''}`}
      data-testid="map-item"
      data-map-id={map.id}
    >
      <div className="map-card__preview">
        {!thumbnailFailed && (
          <img
            src={thumbnailUrl(map)}
            alt=""
            width={THUMBNAIL_WIDTH}
            height={THUMBNAIL_HEIGHT}
            loading="lazy"
            decoding="async"
            data-testid="map-thumbnail"
            onError={() => setThumbnailFailed(true)}
          />
        )}
      </div>
      <div className="map-card__body">
        {renaming ? (
          <RenameTitleInput
            title={map.title}
            label={t('list.renameLabel', { title })}
            onSubmit={(next) => {
              setRenaming(false);
              onRename(map, next);
            }}
            onCancel={() => setRenaming(false)}
          />
        ) : (
          // The link covers the whole card (see .map-card__link::after); the buttons sit above it.
          <Link to={mapPath(map.id)} className="map-card__link" data-testid="map-link">
            <span className="map-card__title" data-testid="map-item-title">
              {title}
            </span>
          </Link>
        )}
        <span className="map-card__date" title={formatDateTime(date, language)} data-testid="map-item-changed">
          {t(sort === 'created' ? 'list.created' : 'list.changed', { when: formatChangedAt(date, language) })}
        </span>
      </div>
      <div className="map-card__actions">
        <button
          type="button"
          className="icon-button"
          data-testid="rename-map"
          title={t('list.rename')}
          aria-label={t('list.renameNamed', { title })}
          onClick={() => setRenaming(true)}
        >
          <PencilIcon />
        </button>
        <button
          type="button"
          className="icon-button"
          data-testid="duplicate-map"
          title={t('list.duplicate')}
          aria-label={t('list.duplicateNamed', { title })}
          onClick={() => onDuplicate(map)}
        >
          <CopyIcon />
        </button>
        <a
          className="icon-button"
          href={exportUrl(map.id)}
          download
          data-testid="export-map"
          title={t('list.export')}
          aria-label={t('list.exportNamed', { title })}
        >
          <DownloadIcon />
        </a>
        <span className="map-card__spacer" />
        <button
          type="button"
          className="icon-button icon-button--danger"
          data-testid="delete-map"
          title={t('list.moveToTrash')}
          aria-label={t('list.moveToTrashNamed', { title })}
          onClick={() => onTrash(map)}
        >
          <TrashIcon />
        </button>
      </div>
    </li>
  );
});
