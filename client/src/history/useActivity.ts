import { useCallback } from 'react';
import { fetchActivity, type ActivityEntry } from '../api/versionsApi.js';
import { usePolled } from './usePolled.js';

/** How often an open activity list asks again: it is coarse (stretches of minutes) anyway. */
const POLL_MS = 15_000;

export interface ActivityState {
  entries: ActivityEntry[] | null;
  error: string | null;
  reload: () => void;
}

/** The map's activity list, loaded and kept fresh while `active`. */
export function useActivity(mapId: string, active: boolean): ActivityState {
  const load = useCallback(() => fetchActivity(mapId), [mapId]);
  const { value, error, reload } = usePolled(load, active, POLL_MS);
  return { entries: value, error, reload };
}
