import { useCallback, useState } from 'react';
import { isMapSort, type MapSort } from './mapFilter.js';

const STORAGE_KEY = 'waymark.mapSort';

function storedSort(): MapSort {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isMapSort(stored)) return stored;
  } catch {
    // Storage can be blocked; the default order still works.
  }
  return 'updated';
}

/** The sort order of the map list, remembered in this browser. */
export function useMapSort(): [MapSort, (sort: MapSort) => void] {
  const [sort, setSortState] = useState<MapSort>(storedSort);
  const setSort = useCallback((next: MapSort) => {
    setSortState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered then; the choice still holds for this page.
    }
  }, []);
  return [sort, setSort];
}
