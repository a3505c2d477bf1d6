import { useCallback, useEffect, useState } from 'react';
import { listMeasurements, type StoredMeasurement } from '../api/measurementsApi.js';

export interface MeasurementsState {
  /** Null until the first answer. */
  measurements: StoredMeasurement[] | null;
  error: string | null;
  reload: () => void;
}

/**
 * The stored measurements of a map. Loaded again when `revision` changes (the map document's
 * measurementsRevision, bumped by every import and delete, from any browser or the API) and
 * when the window gets the focus back (the revision may have been missed while offline).
 */
export function useMeasurements(mapId: string, revision: number): MeasurementsState {
  const [state, setState] = useState<{ mapId: string; measurements: StoredMeasurement[] | null; error: string | null }>({
    mapId,
    measurements: null,
    error: null,
  });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    listMeasurements(mapId, {}, controller.signal).then(
      (measurements) => setState({ mapId, measurements, error: null }),
      (cause: unknown) => {
        if (controller.signal.aborted) return;
        const message = cause instanceof Error ? cause.message : String(cause);
        // A failed reload keeps what was shown; only the first load shows the error instead.
        setState((s) => ({ mapId, measurements: s.mapId === mapId ? s.measurements : null, error: message }));
      },
    );
    return () => controller.abort();
  }, [mapId, revision, attempt]);

  useEffect(() => {
    window.addEventListener('focus', reload);
    return () => window.removeEventListener('focus', reload);
  }, [reload]);

  if (state.mapId !== mapId) return { measurements: null, error: null, reload };
  return { measurements: state.measurements, error: state.error, reload };
}
