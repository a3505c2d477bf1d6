import { PHASE_WIDTH_MAX, PHASE_WIDTH_MIN, type Phase } from '../../../shared/src/index.js';
import { estimateLines } from './textMetrics.js';

/* Sizes of everything on the canvas, in canvas pixels at 100 % zoom (see layout.ts). */
export const COLUMN_WIDTH = 260;
export const COLUMN_GAP = 14;
export const LANE_HEADER_WIDTH = 184;
export const BOARD_LEFT = -(LANE_HEADER_WIDTH + COLUMN_GAP);
export const HEADER_HEIGHT = 96;
export const HEADER_GAP = 12;
export const LANE_GAP = 8;
/** Extra room between the lanes above and below the line of visibility. */
export const VISIBILITY_GAP = 40;
export const CELL_PADDING = 12;
export const ITEM_GAP = 10;
export const ADD_PHASE_WIDTH = 200;

export const TOUCHPOINT_MIN_WIDTH = 210;
export const TOUCHPOINT_HEIGHT = 112;
export const ADD_TOUCHPOINT_HEIGHT = 40;
export const GROUP_HEADER_HEIGHT = 26;

export const STICKY_MIN_WIDTH = 170;
export const STICKY_FONT = 15;
export const STICKY_LINE_HEIGHT = 1.35;
export const STICKY_PADDING = 10;
export const STICKY_MAX_LINES = 8;
export const CARD_LANE_MIN_HEIGHT = 76;

export const MEASURE_FONT = 14;
export const MEASURE_LINE_HEIGHT = 1.3;
/** A measure chip: up to two lines of title and a status line. */
export const MEASURE_CHROME = 40;

export const CHANNEL_CHIP_HEIGHT = 32;
export const CHANNEL_CHIP_FONT = 14;
export const CHANNELS_MIN_HEIGHT = 56;

export const EXPECTATION_FONT = 14;
export const EXPECTATION_LINE_HEIGHT = 1.32;
export const EXPECTATION_MAX_LINES = 5;
/** The touchpoint's name under an expectation, and the item's padding. */
export const EXPECTATION_CHROME = 30;
export const EXPECTATION_HEADER_HEIGHT = 24;
export const ADD_EXPECTATION_HEIGHT = 32;
export const EXPECTATIONS_MIN_HEIGHT = 64;

export const EMOTION_LANE_HEIGHT = 252;
/** Space above +2 and below −2 inside the emotion lane, for dip markers and labels. */
export const EMOTION_PADDING_TOP = 50;
export const EMOTION_PADDING_BOTTOM = 34;

/** The height of a touchpoint card: taller with large type, so that two title lines still fit. */
export function touchpointHeight(typeScale: number): number {
  return Math.round(TOUCHPOINT_HEIGHT + (typeScale - 1) * 84);
}

/** Width of a phase column: its own (or the one being dragged), within the allowed range. */
export function phaseWidth(phase: Phase, override?: ReadonlyMap<string, number>): number {
  const width = override?.get(phase.id) ?? phase.width ?? COLUMN_WIDTH;
  return Math.min(PHASE_WIDTH_MAX, Math.max(PHASE_WIDTH_MIN, Math.round(width)));
}

/** How many items of at least `minWidth` fit side by side in `inner` pixels, and their width. */
export function gridOf(inner: number, minWidth: number): { perRow: number; itemWidth: number } {
  const perRow = Math.max(1, Math.floor((inner + ITEM_GAP) / (minWidth + ITEM_GAP)));
  return { perRow, itemWidth: (inner - (perRow - 1) * ITEM_GAP) / perRow };
}

/** Lines of text a sticky card shows, and its height. */
export function stickyMetrics(text: string, width: number, typeScale: number): { lines: number; height: number } {
  const font = STICKY_FONT * typeScale;
  // Sticky text is semi-bold: measured like bold text.
  const lines = Math.min(STICKY_MAX_LINES, estimateLines(text, width - 2 * STICKY_PADDING - 2, font, 'bold'));
  const height = Math.max(56 * typeScale, Math.ceil(2 * STICKY_PADDING + lines * font * STICKY_LINE_HEIGHT + 4));
  return { lines, height };
}

interface Sized {
  height: number;
}

/** Places items of one width and varying height in rows; returns their offsets and the total height. */
export function flowGrid<T extends Sized>(items: readonly T[], inner: number, minWidth: number): {
  placed: { item: T; dx: number; dy: number; width: number }[];
  height: number;
} {
  const { perRow, itemWidth } = gridOf(inner, minWidth);
  const placed: { item: T; dx: number; dy: number; width: number }[] = [];
  let dy = 0;
  for (let start = 0; start < items.length; start += perRow) {
    const row = items.slice(start, start + perRow);
    row.forEach((item, i) => placed.push({ item, dx: i * (itemWidth + ITEM_GAP), dy, width: itemWidth }));
    dy += Math.max(...row.map((item) => item.height)) + ITEM_GAP;
  }
  return { placed, height: items.length > 0 ? dy - ITEM_GAP : 0 };
}

