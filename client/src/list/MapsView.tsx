import type { MapSummary } from '../api/mapsApi.js';
import { useT } from '../i18n/useT.js';
import { SearchIcon } from '../ui/icons.js';
import type { MapSort } from './mapFilter.js';
import { MapListItem } from './MapListItem.js';

interface MapsViewProps {
  /** Every map; `shown` is what the search and sort leave of them. */
  total: number;
  shown: MapSummary[];
  query: string;
  sort: MapSort;
  highlighted: string | null;
  onClearSearch: () => void;
  onRename: (map: MapSummary, title: string) => void;
  onDuplicate: (map: MapSummary) => void;
  onTrash: (map: MapSummary) => void;
}

/** The grid of map cards, or why it is empty: no maps yet, or none that fit the search. */
export function MapsView({ total, shown, query, sort, highlighted, onClearSearch, ...actions }: MapsViewProps) {
  const t = useT();
  if (total === 0) {
    return (
      <div className="empty-state" data-testid="empty-state">
        <svg viewBox="0 0 120 60" width="120" height="60" aria-hidden="true">
          <path d="M6 44c18-30 30 8 48-10s30-26 60-6" fill="none" stroke="#9fb3e8" strokeWidth="4" strokeLinecap="round" strokeDasharray="2 9" />
          <circle cx="6" cy="44" r="5" fill="#2454d6" />
          <circle cx="114" cy="28" r="5" fill="#ffb020" />
        </svg>
        <h2>{t('list.emptyTitle')}</h2>
        <p>{t('list.emptyText')}</p>
      </div>
    );
  }
  if (shown.length === 0) {
    return (
      <div className="empty-state" data-testid="no-results">
        <SearchIcon size={44} className="empty-state__icon" />
        <h2>{t('list.noResultsTitle', { query: query.trim() })}</h2>
        <p>{t('list.noResultsText')}</p>
        <button type="button" className="button empty-state__action" data-testid="clear-search" onClick={onClearSearch}>
          {t('list.clearSearch')}
        </button>
      </div>
    );
  }
  return (
    <ul className="map-grid">
      {shown.map((map) => (
        <MapListItem key={map.id} map={map} sort={sort} highlighted={map.id === highlighted} {...actions} />
      ))}
    </ul>
  );
}
