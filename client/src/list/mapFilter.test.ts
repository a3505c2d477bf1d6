import { describe, expect, it } from 'vitest';
import type { MapSummary } from '../api/mapsApi.js';
import { filterAndSortMaps, isMapSort, searchKey } from './mapFilter.js';

function map(id: string, title: string, createdAt: string, updatedAt: string): MapSummary {
  return { id, title, createdAt: `2026-01-${createdAt}T10:00:00.000Z`, updatedAt: `2026-02-${updatedAt}T10:00:00.000Z` };
}

const maps = [
  map('a', 'Onboarding Büro', '01', '05'),
  map('b', 'Map 10', '03', '02'),
  map('c', 'map 2', '02', '09'),
  map('d', 'École: first day', '04', '01'),
];
const ids = (list: MapSummary[]) => list.map((m) => m.id);

describe('filterAndSortMaps', () => {
  it('sorts by last change (default), title or creation', () => {
    expect(ids(filterAndSortMaps(maps, '', 'updated', 'en'))).toEqual(['c', 'a', 'b', 'd']);
    expect(ids(filterAndSortMaps(maps, '', 'title', 'en'))).toEqual(['d', 'c', 'b', 'a']);
    expect(ids(filterAndSortMaps(maps, '', 'created', 'en'))).toEqual(['d', 'b', 'c', 'a']);
  });

  it('finds titles containing every word, ignoring case, accents and extra spaces', () => {
    expect(ids(filterAndSortMaps(maps, 'buro', 'updated', 'de'))).toEqual(['a']);
    expect(ids(filterAndSortMaps(maps, '  MAP ', 'updated', 'en'))).toEqual(['c', 'b']);
    expect(ids(filterAndSortMaps(maps, 'ecole day', 'updated', 'en'))).toEqual(['d']);
    expect(ids(filterAndSortMaps(maps, 'day ecole', 'updated', 'en'))).toEqual(['d']);
    expect(ids(filterAndSortMaps(maps, 'nothing like it', 'updated', 'en'))).toEqual([]);
  });

  it('leaves the input alone', () => {
    const before = ids(maps);
    filterAndSortMaps(maps, '', 'title', 'en');
    expect(ids(maps)).toEqual(before);
  });
});

describe('helpers', () => {
  it('normalises search text', () => {
    expect(searchKey('  Ärger   im  BÜRO ')).toBe('arger im buro');
  });
  it('recognises the sort orders', () => {
    expect(isMapSort('title')).toBe(true);
    expect(isMapSort('size')).toBe(false);
  });
});
