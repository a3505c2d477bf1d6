import { useCallback, useEffect, useState } from 'react';
import { listMaps, type MapSummary } from '../api/mapsApi.js';

export type MapListState =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; maps: MapSummary[] };

export interface MapList {
  reload: () => void;
  remove: (id: string) => void;
  /** Adds a map, or replaces the one with its id. */
  upsert: (map: MapSummary) => void;
  /** Changes a map in place (an optimistic rename, say). */
  update: (id: string, change: Partial<MapSummary>) => void;
}

/** The maps on the server, loaded on mount; `reload` fetches them again. */
export function useMapList(): MapListState & MapList {
  const [list, setList] = useState<MapListState>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    listMaps().then(
      (maps) => current && setList({ state: 'ready', maps }),
      (error: unknown) => current && setList({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const remove = useCallback(
    (id: string) => setList((s) => (s.state === 'ready' ? { ...s, maps: s.maps.filter((m) => m.id !== id) } : s)),
    [],
  );
  const upsert = useCallback(
    (map: MapSummary) =>
      setList((s) => (s.state === 'ready' ? { ...s, maps: [map, ...s.maps.filter((m) => m.id !== map.id)] } : s)),
    [],
  );
  const update = useCallback(
    (id: string, change: Partial<MapSummary>) =>
      setList((s) => (s.state === 'ready' ? { ...s, maps: s.maps.map((m) => (m.id === id ? { ...m, ...change } : m)) } : s)),
    [],
  );
  return { ...list, reload, remove, upsert, update };
}
