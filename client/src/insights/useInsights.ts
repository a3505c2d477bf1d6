import { useMemo } from 'react';
import { computeInsights, type Insights, type MapDocument } from '../../../shared/src/index.js';
import type { StoredMeasurement } from '../api/measurementsApi.js';
import { useMeasurements } from '../measurements/useMeasurements.js';
import { periodsOf, resolveComparison, type Comparison } from './comparison.js';

export interface InsightsState {
  /** Null until the map and the measurements are loaded. */
  insights: Insights | null;
  measurements: StoredMeasurement[] | null;
  error: string | null;
  /** Loads the measurements again (after an import in this browser, say). */
  reload: () => void;
}

/**
 * The insights of the live map: the measurements come over HTTP (again whenever `revision`, the
 * document's measurementsRevision, changes), and the insights are computed here with the same
 * `computeInsights` as the API, so that every edit of the map (a measure linked, an importance
 * changed, a phase emptied) changes the white spots at once, for everyone.
 */
export function useInsights(
  mapId: string,
  map: MapDocument | null,
  revision: number,
  period: string | null,
  baseline: string | null | undefined,
): InsightsState {
  const { measurements, error, reload } = useMeasurements(mapId, revision);
  const periods = useMemo(() => periodsOf(measurements ?? []), [measurements]);
  const chosen = useMemo<Comparison>(() => resolveComparison(periods, { period, baseline }), [periods, period, baseline]);
  const insights = useMemo(
    () =>
      map && measurements
        ? computeInsights(map, measurements, { period: chosen.period, baseline: chosen.baseline, settings: map.settings })
        : null,
    [map, measurements, chosen],
  );
  return { insights, measurements, error, reload };
}
