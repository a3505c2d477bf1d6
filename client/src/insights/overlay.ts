import type { Insights, Severity, WhiteSpot, WhiteSpotKind } from '../../../shared/src/index.js';
import { csiPaint, type CsiPaint } from './csiScale.js';

/** A white spot as a marker on the map shows it: its kind, severity and explanation. */
export interface SpotMark {
  kind: WhiteSpotKind;
  severity: Severity;
  text: string;
}

/** A touchpoint card's measured CSI in the period, against the baseline. */
export interface CardCsi {
  csi: number | null;
  baselineCsi: number | null;
  delta: number | null;
  n: number | null;
  /** Null when the touchpoint has no CSI in the period ("no data"). */
  paint: CsiPaint | null;
}

/** What the CSI overlay draws on the canvas. */
export interface CanvasOverlay {
  period: string | null;
  baseline: string | null;
  csiTarget: number;
  cards: ReadonlyMap<string, CardCsi>;
  touchpointSpots: ReadonlyMap<string, SpotMark[]>;
  phaseSpots: ReadonlyMap<string, SpotMark[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The overlay of some insights: each card's CSI, delta and colour, and the white spots by the
 * touchpoint or phase they are about (most severe first). `describe` words a white spot.
 */
export function canvasOverlay(insights: Insights, describe: (spot: WhiteSpot) => string): CanvasOverlay {
  const target = insights.settings.csiTarget;
  const cards = new Map<string, CardCsi>();
  for (const tp of insights.touchpoints) {
    cards.set(tp.id, {
      csi: tp.csi,
      baselineCsi: tp.baselineCsi,
      delta: tp.delta,
      n: tp.n,
      paint: tp.csi === null ? null : csiPaint(tp.csi, target),
    });
  }
  const touchpointSpots = new Map<string, SpotMark[]>();
  const phaseSpots = new Map<string, SpotMark[]>();
  for (const spot of insights.whiteSpots) {
    const mark = { kind: spot.kind, severity: spot.severity, text: describe(spot) };
    if (spot.touchpointId !== undefined) push(touchpointSpots, spot.touchpointId, mark);
    else if (spot.phaseId !== undefined) push(phaseSpots, spot.phaseId, mark);
  }
  return { period: insights.period, baseline: insights.baseline, csiTarget: target, cards, touchpointSpots, phaseSpots };
}

export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

/** White spots grouped by severity, most severe first, each group in the order given. */
export function bySeverity<T extends { severity: Severity }>(spots: readonly T[]): { severity: Severity; spots: T[] }[] {
  return SEVERITIES.map((severity) => ({ severity, spots: spots.filter((s) => s.severity === severity) })).filter(
    (group) => group.spots.length > 0,
  );
}

/** How many white spots of each severity, for the badge on the overlay toggle. */
export function severityCounts(spots: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const spot of spots) counts[spot.severity]++;
  return counts;
}
