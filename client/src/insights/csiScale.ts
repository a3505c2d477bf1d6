import { textColorOn } from '../canvas/cardColors.js';

/**
 * The colour of a CSI on the map, relative to the CSI target. Below the target the colours are
 * warm (dark vermillion far below, amber just below), at and above it cool (sky blue to pale
 * blue): the hue says "below or above the target" to every common colour-vision deficiency
 * (the orange–blue axis survives them all), and the lightness rises steadily with the CSI, so
 * that the scale still reads in greyscale and on a washed-out projector. The worst touchpoints
 * are the darkest and draw the eye first. The number is always printed as well.
 */
export const CSI_SCALE = {
  /** Colour stops below the target, by points below it (0 = just below). */
  below: [
    { offset: -30, color: '#8a3206' },
    { offset: -15, color: '#d55e00' },
    { offset: 0, color: '#e69f00' },
  ],
  /** Colour stops at and above the target, by points above it. */
  above: [
    { offset: 0, color: '#7fbbe3' },
    { offset: 20, color: '#d3e9f7' },
  ],
} as const;

/** The CSI range the legend shows around the target: the scale is flat beyond it. */
export function legendRange(target: number): { low: number; high: number } {
  return { low: Math.max(0, target + CSI_SCALE.below[0].offset), high: Math.min(100, target + CSI_SCALE.above[1].offset) };
}

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function hex([r, g, b]: readonly number[]): string {
  return `#${[r, g, b].map((c) => Math.round(Math.min(255, Math.max(0, c!))).toString(16).padStart(2, '0')).join('')}`;
}

/** `a` blended towards `b` by `amount` (0: a, 1: b), in sRGB. */
export function mix(a: string, b: string, amount: number): string {
  const from = rgb(a);
  const to = rgb(b);
  return hex(from.map((c, i) => c + (to[i]! - c) * amount));
}

function along(stops: readonly { offset: number; color: string }[], offset: number): string {
  const first = stops[0]!;
  const last = stops[stops.length - 1]!;
  if (offset <= first.offset) return first.color;
  if (offset >= last.offset) return last.color;
  for (let i = 1; i < stops.length; i++) {
    const high = stops[i]!;
    const low = stops[i - 1]!;
    if (offset <= high.offset) return mix(low.color, high.color, (offset - low.offset) / (high.offset - low.offset));
  }
  return last.color;
}

/** The scale colour (#rrggbb) of a CSI against the target. */
export function csiColor(csi: number, target: number): string {
  const offset = csi - target;
  return offset < 0 ? along(CSI_SCALE.below, offset) : along(CSI_SCALE.above, offset);
}

export interface CsiPaint {
  /** The scale colour: the CSI chip and the card's edge. */
  color: string;
  /** Text on the scale colour. */
  ink: string;
  /** A light wash of the colour for the card's background, dark text stays readable on it. */
  tint: string;
  /** Whether the CSI is below the target. */
  below: boolean;
}

/** Everything a card needs to show a CSI in its colour. */
export function csiPaint(csi: number, target: number): CsiPaint {
  const color = csiColor(csi, target);
  const below = csi < target;
  return { color, ink: textColorOn(color), tint: mix('#ffffff', color, below ? 0.2 : 0.3), below };
}

/** Relative luminance (0–1) of a #rrggbb colour: the scale's greyscale order is tested with it. */
export function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** A CSS gradient of the scale between `low` and `high`, with the hard step at the target. */
export function legendGradient(target: number): string {
  const { low, high } = legendRange(target);
  const span = high - low;
  const at = (csi: number) => `${(((csi - low) / span) * 100).toFixed(2)}%`;
  const parts: string[] = [];
  for (const stop of CSI_SCALE.below) {
    const csi = target + stop.offset;
    if (csi >= low) parts.push(`${stop.color} ${at(csi)}`);
  }
  for (const stop of CSI_SCALE.above) {
    const csi = target + stop.offset;
    if (csi <= high) parts.push(`${stop.color} ${at(csi)}`);
  }
  return `linear-gradient(90deg, ${csiColor(low, target)} 0%, ${parts.join(', ')}, ${csiColor(high, target)} 100%)`;
}
