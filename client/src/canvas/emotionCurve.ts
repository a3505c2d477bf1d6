import { PERSONA_COLORS, type Persona, type Touchpoint } from '../../../shared/src/index.js';
import { emotionOffset, type JourneyLayout } from './layout.js';

export interface CurvePoint {
  x: number;
  y: number;
}

export interface EmotionPoint extends CurvePoint {
  touchpointId: string;
  touchpointTitle: string;
  emotion: number;
  /** A point where the journey hurts (emotion −1 or below). */
  dip: boolean;
}

export interface EmotionCurve {
  personaId: string;
  name: string;
  color: string;
  points: EmotionPoint[];
  /** SVG path data through the points. */
  path: string;
}

/** Emotions at or below this mark a dip. */
export const DIP_THRESHOLD = -1;

/** The colour a persona is drawn in: its own, else one from the palette by position. */
export function personaColor(persona: Persona, index: number): string {
  return persona.color ?? PERSONA_COLORS[index % PERSONA_COLORS.length]!;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * A smooth path through points with increasing x that never overshoots between them
 * (monotone cubic interpolation, Fritsch–Carlson), so a curve never suggests an emotion
 * beyond the ones recorded.
 */
export function monotonePath(points: readonly CurvePoint[]): string {
  const n = points.length;
  if (n === 0) return '';
  const start = `M${round(points[0]!.x)},${round(points[0]!.y)}`;
  if (n === 1) return start;
  const secants: number[] = [];
  for (let k = 0; k < n - 1; k++) {
    const h = points[k + 1]!.x - points[k]!.x;
    secants.push(h > 0 ? (points[k + 1]!.y - points[k]!.y) / h : 0);
  }
  const tangents: number[] = points.map((_, k) => {
    if (k === 0) return secants[0]!;
    if (k === n - 1) return secants[n - 2]!;
    const before = secants[k - 1]!;
    const after = secants[k]!;
    return before * after <= 0 ? 0 : (before + after) / 2;
  });
  for (let k = 0; k < n - 1; k++) {
    const d = secants[k]!;
    if (d === 0) {
      tangents[k] = 0;
      tangents[k + 1] = 0;
      continue;
    }
    const a = tangents[k]! / d;
    const b = tangents[k + 1]! / d;
    const s = a * a + b * b;
    if (s > 9) {
      const t = 3 / Math.sqrt(s);
      tangents[k] = t * a * d;
      tangents[k + 1] = t * b * d;
    }
  }
  let path = start;
  for (let k = 0; k < n - 1; k++) {
    const p = points[k]!;
    const q = points[k + 1]!;
    const h = q.x - p.x;
    if (h <= 0) {
      path += `L${round(q.x)},${round(q.y)}`;
      continue;
    }
    path +=
      `C${round(p.x + h / 3)},${round(p.y + (tangents[k]! * h) / 3)} ` +
      `${round(q.x - h / 3)},${round(q.y - (tangents[k + 1]! * h) / 3)} ${round(q.x)},${round(q.y)}`;
  }
  return path;
}

/** A point being dragged: shown at `value` until it is dropped. */
export interface EmotionPreview {
  personaId: string;
  touchpointId: string;
  value: number;
}

/**
 * One curve per shown persona through the touchpoints in the order the map shows them, in
 * coordinates relative to the emotion lane (whose left edge is at x = 0 of the canvas).
 * Touchpoints without an emotion for a persona are left out of that persona's curve.
 */
export function emotionCurves(
  personas: readonly Persona[],
  touchpoints: readonly Touchpoint[],
  layout: Pick<JourneyLayout, 'touchpointOrder' | 'curveX'>,
  options: { hidden?: ReadonlySet<string>; preview?: EmotionPreview | null } = {},
): EmotionCurve[] {
  const byId = new Map(touchpoints.map((tp) => [tp.id, tp]));
  const curves: EmotionCurve[] = [];
  personas.forEach((persona, index) => {
    if (options.hidden?.has(persona.id)) return;
    const points: EmotionPoint[] = [];
    for (const id of layout.touchpointOrder) {
      const touchpoint = byId.get(id);
      if (!touchpoint) continue;
      const preview = options.preview;
      const emotion =
        preview && preview.personaId === persona.id && preview.touchpointId === id ? preview.value : touchpoint.emotions[persona.id];
      if (emotion === undefined) continue;
      points.push({
        touchpointId: id,
        touchpointTitle: touchpoint.title,
        emotion,
        dip: emotion <= DIP_THRESHOLD,
        x: layout.curveX.get(id) ?? 0,
        y: emotionOffset(emotion),
      });
    }
    curves.push({ personaId: persona.id, name: persona.name, color: personaColor(persona, index), points, path: monotonePath(points) });
  });
  return curves;
}
