import type { Insights, Phase, TouchpointInsight } from '../../../shared/src/index.js';

/** One line of the touchpoint table (screen, CSV and PDF): in journey order. */
export interface ReportRow {
  /** Position in the journey, 1-based (the label of the point in the matrix). */
  number: number;
  id: string;
  phase: string;
  touchpoint: string;
  metricKey: string;
  importance: number;
  momentOfTruth: boolean;
  csi: number | null;
  baselineCsi: number | null;
  delta: number | null;
  n: number | null;
}

/** The table rows of the report; a touchpoint in an unknown phase gets an empty phase name. */
export function reportRows(insights: Pick<Insights, 'touchpoints'>, phases: readonly Pick<Phase, 'id' | 'name'>[]): ReportRow[] {
  const phaseName = new Map(phases.map((p) => [p.id, p.name]));
  return insights.touchpoints.map((tp, index) => ({
    number: index + 1,
    id: tp.id,
    phase: phaseName.get(tp.phaseId) ?? '',
    touchpoint: tp.title,
    metricKey: tp.metricKey,
    importance: tp.importance,
    momentOfTruth: tp.momentOfTruth,
    csi: tp.csi,
    baselineCsi: tp.baselineCsi,
    delta: tp.delta,
    n: tp.n,
  }));
}

export interface Movers {
  up: TouchpointInsight[];
  down: TouchpointInsight[];
}

/**
 * The touchpoints that moved most against the baseline: gains biggest first, losses biggest
 * first. On a tie the more important touchpoint comes first, then journey order.
 */
export function biggestMovers(touchpoints: readonly TouchpointInsight[], limit = 5): Movers {
  const ranked = touchpoints
    .map((tp, index) => ({ tp, index }))
    .filter((item): item is { tp: TouchpointInsight & { delta: number }; index: number } => item.tp.delta !== null);
  const tie = (a: { tp: TouchpointInsight; index: number }, b: { tp: TouchpointInsight; index: number }) =>
    b.tp.importance - a.tp.importance || a.index - b.index;
  return {
    up: ranked
      .filter((item) => item.tp.delta > 0)
      .sort((a, b) => b.tp.delta - a.tp.delta || tie(a, b))
      .slice(0, limit)
      .map((item) => item.tp),
    down: ranked
      .filter((item) => item.tp.delta < 0)
      .sort((a, b) => a.tp.delta - b.tp.delta || tie(a, b))
      .slice(0, limit)
      .map((item) => item.tp),
  };
}

export type SortKey = 'number' | 'touchpoint' | 'importance' | 'csi' | 'baselineCsi' | 'delta' | 'n';
export interface RowSort {
  key: SortKey;
  descending: boolean;
}
export const JOURNEY_ORDER: RowSort = { key: 'number', descending: false };

/** Rows in the chosen order; empty values always last, journey order on ties. */
export function sortRows(rows: readonly ReportRow[], sort: RowSort, collator: Intl.Collator): ReportRow[] {
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a[sort.key];
    const y = b[sort.key];
    if (x === null || y === null) return x === y ? a.number - b.number : x === null ? 1 : -1;
    const order = typeof x === 'string' ? collator.compare(x, y as string) : (x as number) - (y as number);
    return sign * order || a.number - b.number;
  });
}
