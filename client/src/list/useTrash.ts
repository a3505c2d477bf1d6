import { useCallback, useEffect, useState } from 'react';
import { listTrash, type TrashedMap } from '../api/mapsApi.js';

export type TrashState =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; maps: TrashedMap[] };

/** The maps in the trash, loaded on mount; `reload` fetches them again. */
export function useTrash(): TrashState & { reload: () => void; remove: (id: string) => void; clear: () => void } {
  const [trash, setTrash] = useState<TrashState>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    listTrash().then(
      (maps) => current && setTrash({ state: 'ready', maps }),
      (error: unknown) => current && setTrash({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const remove = useCallback(
    (id: string) => setTrash((s) => (s.state === 'ready' ? { ...s, maps: s.maps.filter((m) => m.id !== id) } : s)),
    [],
  );
  const clear = useCallback(() => setTrash((s) => (s.state === 'ready' ? { ...s, maps: [] } : s)), []);
  return { ...trash, reload, remove, clear };
}
