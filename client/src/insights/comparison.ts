/**
 * Which period the map shows and which one it compares with. `period` null: the latest period
 * with data; `baseline` undefined: the period before `period` (both as the API defaults them);
 * `baseline` null: no comparison.
 */
export interface Comparison {
  period: string | null;
  baseline: string | null | undefined;
}

export const DEFAULT_COMPARISON: Comparison = { period: null, baseline: undefined };

/**
 * The comparison to compute with, given the periods that have data: a chosen period that has no
 * data (deleted meanwhile, say) falls back to the latest, and a baseline that is gone or equal to
 * the period falls back to the one before.
 */
export function resolveComparison(periods: readonly string[], chosen: Comparison): Comparison {
  const period = chosen.period !== null && periods.includes(chosen.period) ? chosen.period : null;
  const shown = period ?? periods.at(-1) ?? null;
  const baseline = chosen.baseline;
  const keep = baseline === undefined || baseline === null || (periods.includes(baseline) && baseline !== shown);
  return { period, baseline: keep ? baseline : undefined };
}

/** The distinct periods of some measurements, ascending (periods sort as text, as on the server). */
export function periodsOf(measurements: readonly { period: string }[]): string[] {
  return [...new Set(measurements.map((m) => m.period))].sort();
}
