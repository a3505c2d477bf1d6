import { memo } from 'react';
import { exportUrl, type MapSummary } from '../api/mapsApi.js';
import { formatChangedAt, formatDateTime } from '../i18n/formatTime.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { Link } from '../routing/Link.js';
import { mapPath } from '../routing/routes.js';

interface MapListItemProps {
  map: MapSummary;
  highlighted: boolean;
  onDelete: (map: MapSummary) => void;
}

export const MapListItem = memo(function MapListItem({ map, highlighted, onDelete }: MapListItemProps) {
  const t = useT();
  const { language } = useLanguage();
  const title = map.title.trim() === '' ? t('map.untitled') : map.title;
  return (
    <li className={`map-item${highlighted ? ' map-item--new' : ''}`} data-testid="map-item" data-map-id={map.id}>
      <Link to={mapPath(map.id)} className="map-item__link" data-testid="map-link">
        <span className="map-item__title" data-testid="map-item-title">
          {title}
        </span>
        <span className="map-item__changed" title={formatDateTime(map.updatedAt, language)} data-testid="map-item-changed">
          {t('list.changed', { when: formatChangedAt(map.updatedAt, language) })}
        </span>
      </Link>
      <div className="map-item__actions">
        <a className="button button--quiet" href={exportUrl(map.id)} download data-testid="export-map">
          {t('list.export')}
        </a>
        <button
          type="button"
          className="button button--quiet button--danger"
          data-testid="delete-map"
          aria-label={t('list.deleteNamed', { title })}
          onClick={() => onDelete(map)}
        >
          {t('common.delete')}
        </button>
      </div>
    </li>
  );
});
