import { useT } from '../i18n/useT.js';
import { SearchIcon } from '../ui/icons.js';
import { MAP_SORTS, isMapSort, type MapSort } from './mapFilter.js';

interface MapListToolbarProps {
  query: string;
  onQuery: (query: string) => void;
  sort: MapSort;
  onSort: (sort: MapSort) => void;
  shown: number;
  total: number;
}

/** Search by title and the sort order of the map list. */
export function MapListToolbar({ query, onQuery, sort, onSort, shown, total }: MapListToolbarProps) {
  const t = useT();
  return (
    <div className="list-toolbar">
      <div className="search-field">
        <SearchIcon className="search-field__icon" />
        <input
          type="search"
          className="input search-field__input"
          data-testid="map-search"
          aria-label={t('list.searchLabel')}
          placeholder={t('list.searchPlaceholder')}
          value={query}
          onChange={(event) => onQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query !== '') {
              event.preventDefault();
              onQuery('');
            }
          }}
        />
      </div>
      <p className="list-toolbar__count" aria-live="polite" data-testid="map-count">
        {query.trim() === '' ? t('list.count', { count: total }) : t('list.countFound', { count: shown, total })}
      </p>
      <label className="list-toolbar__sort">
        <span>{t('list.sortLabel')}</span>
        <select
          className="select select--small"
          data-testid="map-sort"
          value={sort}
          onChange={(event) => isMapSort(event.target.value) && onSort(event.target.value)}
        >
          {MAP_SORTS.map((option) => (
            <option key={option} value={option}>
              {t(`list.sort.${option}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
