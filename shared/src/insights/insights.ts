import type { MapDocument, Touchpoint } from '../map/format.js';

/** A stored measurement: the CSI of one metric key in one period. */
export interface Measurement {
  metricKey: string;
  period: string;
  csi: number;
  n?: number | null;
}

export interface InsightSettings {
  /** CSI a touchpoint should reach (0–100). */
  csiTarget: number;
  /** A drop of at least this many points against the baseline counts as declining. */
  declineThreshold: number;
}

export const DEFAULT_INSIGHT_SETTINGS: InsightSettings = { csiTarget: 70, declineThreshold: 5 };

export const WHITE_SPOT_KINDS = [
  'moment-of-truth-at-risk',
  'underperforming',
  'declining',
  'emotion-dip-without-measure',
  'empty-phase',
  'unmeasured',
  'unmapped-measurement',
] as const;
export type WhiteSpotKind = (typeof WHITE_SPOT_KINDS)[number];
export type Severity = 'high' | 'medium' | 'low';
const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export interface WhiteSpot {
  kind: WhiteSpotKind;
  touchpointId?: string;
  phaseId?: string;
  metricKey?: string;
  severity: Severity;
  /** The white spot explained in words (English; the UI translates from kind and params). */
  message: string;
  params: Record<string, string | number | null>;
}

export interface TrendPoint {
  period: string;
  csi: number;
  n: number | null;
}

export interface TouchpointInsight {
  id: string;
  title: string;
  phaseId: string;
  metricKey: string;
  importance: number;
  momentOfTruth: boolean;
  csi: number | null;
  n: number | null;
  baselineCsi: number | null;
  baselineN: number | null;
  /** csi − baselineCsi, rounded to hundredths so that a drop of exactly the threshold counts. */
  delta: number | null;
  trend: TrendPoint[];
}

export interface Insights {
  period: string | null;
  baseline: string | null;
  /** Every period with data for this map, ascending (periods sort as text). */
  periods: string[];
  settings: InsightSettings;
  touchpoints: TouchpointInsight[];
  whiteSpots: WhiteSpot[];
  summary: {
    /** Importance-weighted average CSI of the measured touchpoints, or null. */
    weightedCsi: number | null;
    baselineWeightedCsi: number | null;
    delta: number | null;
    measured: number;
    touchpoints: number;
    whiteSpotsByKind: Record<WhiteSpotKind, number>;
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Which touchpoints each metric key measures: a key matches touchpoints' metricKey first, then a
 * touchpoint id (when no touchpoint has it as metric key).
 */
export function touchpointsByKey(touchpoints: readonly Touchpoint[]): Map<string, Touchpoint[]> {
  const byKey = new Map<string, Touchpoint[]>();
  for (const tp of touchpoints) {
    if (tp.metricKey === '') continue;
    const list = byKey.get(tp.metricKey);
    if (list) list.push(tp);
    else byKey.set(tp.metricKey, [tp]);
  }
  for (const tp of touchpoints) if (!byKey.has(tp.id)) byKey.set(tp.id, [tp]);
  return byKey;
}

/** Several values for one touchpoint and period (two matching keys) average, weighted by n. */
function combine(values: { csi: number; n: number | null }[]): { csi: number; n: number | null } {
  if (values.length === 1) return values[0]!;
  let weight = 0;
  let sum = 0;
  let n = 0;
  let allN = true;
  for (const value of values) {
    const w = value.n ?? 1;
    weight += w;
    sum += value.csi * w;
    if (value.n === null) allN = false;
    else n += value.n;
  }
  return { csi: round2(sum / weight), n: allN ? n : null };
}

function weightedCsi(items: { importance: number; csi: number | null }[]): number | null {
  let weight = 0;
  let sum = 0;
  for (const item of items) {
    if (item.csi === null) continue;
    weight += item.importance;
    sum += item.importance * item.csi;
  }
  return weight === 0 ? null : round2(sum / weight);
}

/**
 * CSI per touchpoint for a period against a baseline, and the white spots of the journey. Pure:
 * the browser overlay and the HTTP API run the same code. `period` defaults to the latest period
 * with data, `baseline` to the period before it.
 */
export function computeInsights(
  map: MapDocument,
  measurements: readonly Measurement[],
  options: { period?: string | null; baseline?: string | null; settings?: Partial<InsightSettings> } = {},
): Insights {
  const settings = { ...DEFAULT_INSIGHT_SETTINGS, ...options.settings };
  const periods = [...new Set(measurements.map((m) => m.period))].sort();
  const period = options.period ?? periods.at(-1) ?? null;
  const baseline =
    options.baseline !== undefined
      ? options.baseline
      : period === null
        ? null
        : ([...periods].reverse().find((p) => p < period) ?? null);

  const byKey = touchpointsByKey(map.touchpoints);
  // touchpoint id → period → values
  const values = new Map<string, Map<string, { csi: number; n: number | null }[]>>();
  const unmapped = new Map<string, { csi: number; n: number | null }>();
  for (const m of measurements) {
    const matched = byKey.get(m.metricKey);
    if (!matched) {
      if (m.period === period) unmapped.set(m.metricKey, { csi: m.csi, n: m.n ?? null });
      continue;
    }
    for (const tp of matched) {
      let perPeriod = values.get(tp.id);
      if (!perPeriod) values.set(tp.id, (perPeriod = new Map()));
      const list = perPeriod.get(m.period);
      if (list) list.push({ csi: m.csi, n: m.n ?? null });
      else perPeriod.set(m.period, [{ csi: m.csi, n: m.n ?? null }]);
    }
  }

  const touchpoints: TouchpointInsight[] = map.touchpoints.map((tp) => {
    const perPeriod = values.get(tp.id);
    const at = (p: string | null) => {
      const list = p === null ? undefined : perPeriod?.get(p);
      return list ? combine(list) : null;
    };
    const current = at(period);
    const base = at(baseline);
    const trend = perPeriod
      ? [...perPeriod.keys()].sort().map((p) => ({ period: p, ...combine(perPeriod.get(p)!) }))
      : [];
    return {
      id: tp.id,
      title: tp.title,
      phaseId: tp.phaseId,
      metricKey: tp.metricKey,
      importance: tp.importance,
      momentOfTruth: tp.momentOfTruth,
      csi: current?.csi ?? null,
      n: current?.n ?? null,
      baselineCsi: base?.csi ?? null,
      baselineN: base?.n ?? null,
      delta: current && base ? round2(current.csi - base.csi) : null,
      trend,
    };
  });

  const whiteSpots = findWhiteSpots(map, touchpoints, unmapped, settings, period);
  const whiteSpotsByKind = Object.fromEntries(WHITE_SPOT_KINDS.map((k) => [k, 0])) as Record<WhiteSpotKind, number>;
  for (const spot of whiteSpots) whiteSpotsByKind[spot.kind]++;
  const current = weightedCsi(touchpoints);
  const before = weightedCsi(touchpoints.map((t) => ({ importance: t.importance, csi: t.baselineCsi })));
  return {
    period,
    baseline,
    periods,
    settings,
    touchpoints,
    whiteSpots,
    summary: {
      weightedCsi: current,
      baselineWeightedCsi: before,
      delta: current !== null && before !== null ? round2(current - before) : null,
      measured: touchpoints.filter((t) => t.csi !== null).length,
      touchpoints: touchpoints.length,
      whiteSpotsByKind,
    },
  };
}

function findWhiteSpots(
  map: MapDocument,
  insights: TouchpointInsight[],
  unmapped: Map<string, { csi: number; n: number | null }>,
  settings: InsightSettings,
  period: string | null,
): WhiteSpot[] {
  const spots: WhiteSpot[] = [];
  const phasesWithTouchpoints = new Set(map.touchpoints.map((tp) => tp.phaseId));
  for (const phase of map.phases) {
    if (!phasesWithTouchpoints.has(phase.id)) {
      spots.push({
        kind: 'empty-phase',
        phaseId: phase.id,
        severity: 'medium',
        message: `The phase "${phase.name}" has no touchpoint: how does the customer get through it?`,
        params: { phase: phase.name },
      });
    }
  }
  const linked = new Set(map.measures.flatMap((m) => m.touchpointIds));
  const personaName = new Map(map.personas.map((p) => [p.id, p.name]));
  const { csiTarget: target, declineThreshold: threshold } = settings;
  map.touchpoints.forEach((tp, index) => {
    const insight = insights[index]!;
    const title = tp.title;
    const csi = insight.csi;
    if (csi === null) {
      spots.push({
        kind: 'unmeasured',
        touchpointId: tp.id,
        severity: tp.importance >= 4 ? 'medium' : 'low',
        message:
          period === null
            ? `"${title}" has no measured CSI yet.`
            : `"${title}" has no measured CSI in ${period}.`,
        params: { touchpoint: title, period },
      });
    }
    if (csi !== null && tp.importance >= 4 && csi < target) {
      spots.push({
        kind: 'underperforming',
        touchpointId: tp.id,
        severity: 'high',
        message: `"${title}" matters (importance ${tp.importance}) but its CSI ${csi} is below the target ${target}.`,
        params: { touchpoint: title, importance: tp.importance, csi, target },
      });
    }
    if (insight.delta !== null && insight.delta <= -threshold) {
      spots.push({
        kind: 'declining',
        touchpointId: tp.id,
        severity: insight.delta <= -2 * threshold ? 'high' : 'medium',
        message: `"${title}" fell by ${Math.abs(insight.delta)} points (from ${insight.baselineCsi} to ${csi}).`,
        params: { touchpoint: title, delta: insight.delta, baselineCsi: insight.baselineCsi, csi },
      });
    }
    if (tp.momentOfTruth && (csi === null || csi < target)) {
      spots.push({
        kind: 'moment-of-truth-at-risk',
        touchpointId: tp.id,
        severity: 'high',
        message:
          csi === null
            ? `The moment of truth "${title}" is not measured.`
            : `The moment of truth "${title}" has a CSI of ${csi}, below the target ${target}.`,
        params: { touchpoint: title, csi, target },
      });
    }
    const dips = Object.entries(tp.emotions).filter(([, value]) => value <= -1);
    if (dips.length > 0 && !linked.has(tp.id)) {
      const worst = Math.min(...dips.map(([, v]) => v));
      const names = dips.map(([id]) => personaName.get(id) ?? id).join(', ');
      spots.push({
        kind: 'emotion-dip-without-measure',
        touchpointId: tp.id,
        severity: worst <= -2 ? 'high' : 'medium',
        message: `At "${title}" the journey hurts (${names}) and no measure addresses it.`,
        params: { touchpoint: title, personas: names, emotion: worst },
      });
    }
  });
  for (const [metricKey, value] of [...unmapped.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    spots.push({
      kind: 'unmapped-measurement',
      metricKey,
      severity: 'low',
      message: `"${metricKey}" was measured in ${period} (CSI ${value.csi}) but no touchpoint has this metric key.`,
      params: { metricKey, period, csi: value.csi },
    });
  }
  // Stable order: severity, then the kind's rank, then position in the journey.
  return spots
    .map((spot, index) => ({ spot, index }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.spot.severity] - SEVERITY_RANK[b.spot.severity] ||
        WHITE_SPOT_KINDS.indexOf(a.spot.kind) - WHITE_SPOT_KINDS.indexOf(b.spot.kind) ||
        a.index - b.index,
    )
    .map(({ spot }) => spot);
}
