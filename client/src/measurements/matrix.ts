import type { TouchpointInsight } from '../../../shared/src/index.js';

/** The four fields of an importance–performance analysis. */
export const QUADRANTS = ['concentrate', 'keep-up', 'low-priority', 'overkill'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** Importance above this counts as high: 4 and 5 on the 1–5 scale (the white-spot rules use ≥ 4 too). */
export const IMPORTANCE_SPLIT = 3.5;
export const IMPORTANCE_MIN = 1;
export const IMPORTANCE_MAX = 5;

/**
 * Where a touchpoint stands: high importance and a CSI below the target needs attention first
 * ("concentrate here"); low importance and a CSI above the target may get more than it needs.
 */
export function quadrantOf(csi: number, importance: number, csiTarget: number): Quadrant {
  const high = importance > IMPORTANCE_SPLIT;
  const good = csi >= csiTarget;
  if (high) return good ? 'keep-up' : 'concentrate';
  return good ? 'overkill' : 'low-priority';
}

export interface MatrixPoint {
  id: string;
  title: string;
  /** Position in the journey, 1-based: the label on the point and the # column of the table. */
  number: number;
  csi: number;
  importance: number;
  /** The plotted importance: moved a little up or down so that equal points do not hide each other. */
  y: number;
  delta: number | null;
  momentOfTruth: boolean;
  quadrant: Quadrant;
}

/** Points closer than this (CSI points, importance steps) would overlap on a typical chart. */
const NEAR_CSI = 3;
const NEAR_IMPORTANCE = 0.16;
const OFFSETS = [0, 0.2, -0.2, 0.4, -0.4, 0.1, -0.1, 0.3, -0.3];

const outside = (y: number) => y < IMPORTANCE_MIN || y > IMPORTANCE_MAX;

/**
 * The measured touchpoints as matrix points. Equal (or nearly equal) points are spread vertically
 * within their importance band, deterministically, so the chart looks the same on every screen.
 */
export function matrixPoints(touchpoints: readonly TouchpointInsight[], csiTarget: number): MatrixPoint[] {
  const placed: MatrixPoint[] = [];
  touchpoints.forEach((tp, index) => {
    if (tp.csi === null) return;
    const csi = tp.csi;
    // Offsets that stay inside the 1–5 scale come first: a point of importance 5 moves down.
    const candidates = OFFSETS.map((offset) => tp.importance + offset).sort(
      (a, b) => Number(outside(a)) - Number(outside(b)),
    );
    const y =
      candidates.find(
        (candidate) => !placed.some((p) => Math.abs(p.csi - csi) < NEAR_CSI && Math.abs(p.y - candidate) < NEAR_IMPORTANCE),
      ) ?? tp.importance;
    placed.push({
      id: tp.id,
      title: tp.title,
      number: index + 1,
      csi,
      importance: tp.importance,
      y,
      delta: tp.delta,
      momentOfTruth: tp.momentOfTruth,
      quadrant: quadrantOf(csi, tp.importance, csiTarget),
    });
  });
  return placed;
}
