import { useCallback, useEffect, useState } from 'react';
import { listMaps, type MapSummary } from '../api/mapsApi.js';

export type MapListState =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; maps: MapSummary[] };

/** The maps on the server, loaded on mount; `reload` fetches them again. */
export function useMapList(): MapListState & { reload: () => void; remove: (id: string) => void } {
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
  return { ...list, reload, remove };
}
