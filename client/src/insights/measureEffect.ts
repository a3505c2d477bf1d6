import type { Insights, TouchpointInsight } from '../../../shared/src/index.js';

/** One touchpoint a measure improves: its CSI before (baseline) and after (period). */
export interface EffectRow {
  touchpointId: string;
  title: string;
  baselineCsi: number | null;
  csi: number | null;
  delta: number | null;
}

/**
 * The control step of a measure: the CSI of each linked touchpoint in the baseline and in the
 * period, in the measure's link order. Touchpoints measured in neither period are left out:
 * there is nothing to compare yet.
 */
export function measureEffect(touchpointIds: readonly string[], byId: ReadonlyMap<string, TouchpointInsight>): EffectRow[] {
  const rows: EffectRow[] = [];
  for (const id of touchpointIds) {
    const tp = byId.get(id);
    if (!tp || (tp.csi === null && tp.baselineCsi === null)) continue;
    rows.push({ touchpointId: id, title: tp.title, baselineCsi: tp.baselineCsi, csi: tp.csi, delta: tp.delta });
  }
  return rows;
}

/** What the measures catalogue needs from the insights: per touchpoint, and the two periods. */
export interface MeasureEffects {
  period: string | null;
  baseline: string | null;
  byId: ReadonlyMap<string, TouchpointInsight>;
}

/** The insights indexed for the measures catalogue; null when nothing has been measured. */
export function measureEffects(insights: Insights | null): MeasureEffects | null {
  if (!insights || insights.period === null) return null;
  return { period: insights.period, baseline: insights.baseline, byId: new Map(insights.touchpoints.map((tp) => [tp.id, tp])) };
}
