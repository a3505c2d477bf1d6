import type { MapSummary } from '../api/mapsApi.js';

/** The orders the map list offers; `updated` (last change first) is the default. */
export const MAP_SORTS = ['updated', 'title', 'created'] as const;
export type MapSort = (typeof MAP_SORTS)[number];

export function isMapSort(value: unknown): value is MapSort {
  return typeof value === 'string' && (MAP_SORTS as readonly string[]).includes(value);
}

/** Lower case without accents, so that "buro" finds "Büro" and "ECOLE" finds "école". */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The maps whose title contains every word of `query`, in the chosen order. Titles compare as
 * people read them in `language` (case, accents and numbers: "Map 2" before "Map 10").
 */
export function filterAndSortMaps(maps: readonly MapSummary[], query: string, sort: MapSort, language: string): MapSummary[] {
  const words = searchKey(query).split(' ').filter(Boolean);
  const found = words.length === 0 ? [...maps] : maps.filter((map) => {
    const title = searchKey(map.title);
    return words.every((word) => title.includes(word));
  });
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
  const newestFirst = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
  return found.sort((a, b) => {
    const primary =
      sort === 'title'
        ? collator.compare(a.title.trim(), b.title.trim())
        : sort === 'created'
          ? newestFirst(a.createdAt, b.createdAt)
          : newestFirst(a.updatedAt, b.updatedAt);
    // Ties keep a stable, predictable order.
    return primary !== 0 ? primary : newestFirst(a.updatedAt, b.updatedAt) || a.id.localeCompare(b.id);
  });
}
