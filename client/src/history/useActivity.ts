import { useCallback, useEffect, useState } from 'react';
import { fetchActivity, type ActivityEntry } from '../api/versionsApi.js';

/** How often an open activity list asks again: it is coarse (stretches of minutes) anyway. */
const POLL_MS = 15_000;

export interface ActivityState {
  entries: ActivityEntry[] | null;
  error: string | null;
  reload: () => void;
}

/** The map's activity list, loaded and kept fresh while `active`. */
export function useActivity(mapId: string, active: boolean): ActivityState {
  const [entries, setEntries] = useState<ActivityEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!active) return;
    let current = true;
    const load = () =>
      fetchActivity(mapId).then(
        (list) => {
          if (!current) return;
          setEntries(list);
          setError(null);
        },
        (cause: unknown) => current && setError(cause instanceof Error ? cause.message : String(cause)),
      );
    void load();
    const timer = window.setInterval(() => void load(), POLL_MS);
    return () => {
      current = false;
      window.clearInterval(timer);
    };
  }, [mapId, active, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { entries, error, reload };
}
