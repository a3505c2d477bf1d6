// The geometry of exporting a journey map: how large the image is, how many pixels a PNG can
// take, and how a wide (or tall) map is cut into printed pages. Pure, so that it is tested alone.

/** A range of image pixels along one axis, [start, end). */
export interface Span {
  start: number;
  end: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where the map's content sits in the exported image, and how to move the canvas there. */
export interface ImageFrame {
  width: number;
  height: number;
  /** The canvas transform that puts the content's top left corner at (padding, padding), at 100 %. */
  transform: string;
  /** Converts a canvas x (or y) to an image x (or y). */
  offsetX: number;
  offsetY: number;
}

/** The image around the content's bounds at 100 % zoom, with `padding` pixels on every side. */
export function imageFrame(bounds: Rect, padding: number): ImageFrame {
  const width = Math.ceil(bounds.width + 2 * padding);
  const height = Math.ceil(bounds.height + 2 * padding);
  const offsetX = padding - bounds.x;
  const offsetY = padding - bounds.y;
  return { width, height, offsetX, offsetY, transform: `translate(${offsetX}px, ${offsetY}px) scale(1)` };
}

/** Browsers refuse canvases beyond 16384 pixels a side (Safari and Chromium alike) or very large areas. */
export const CANVAS_MAX_SIDE = 16_384;
/** A quarter of Chromium's area limit: 256 MB of pixels is already a lot for a tab. */
export const CANVAS_MAX_AREA = 64 * 1024 * 1024;

/** The pixel ratio for an image of this size: `preferred` (sharp on retina screens) unless the canvas would be too large. */
export function pixelRatioFor(width: number, height: number, preferred: number): number {
  if (width <= 0 || height <= 0) return preferred;
  return Math.min(preferred, CANVAS_MAX_SIDE / width, CANVAS_MAX_SIDE / height, Math.sqrt(CANVAS_MAX_AREA / (width * height)));
}

export interface PageGrid {
  /** Millimetres per image pixel, the same on every page. */
  scale: number;
  /** Column ranges of the image, left to right, and row ranges, top to bottom. */
  columns: Span[];
  rows: Span[];
  /** Image pixels repeated at the left of every page after the first column (the lane names) and at the top of every row after the first (the phase names). */
  frozenLeft: number;
  frozenTop: number;
}

export interface PageGridInput {
  /** The image in pixels. */
  width: number;
  height: number;
  /** The room for the map on a page, in millimetres. */
  area: { width: number; height: number };
  /** The smallest scale at which the map stays readable on paper, and the largest worth printing (mm per pixel). */
  minScale: number;
  maxScale: number;
  /** Image pixels of the lane names at the left and the phase names at the top, repeated on later pages. */
  frozenLeft: number;
  frozenTop: number;
  /** Where a page may end without cutting through a column or a lane (the gaps between phases and lanes), ascending. */
  xCuts: readonly number[];
  yCuts: readonly number[];
}

/**
 * How the map is laid on pages: on one page when it stays readable, otherwise at a readable scale
 * (the full height when that is readable) in columns of phases, and rows of lanes only if even
 * that does not fit, with the lane and phase names repeated on every page.
 */
export function pageGrid(input: PageGridInput): PageGrid {
  const { width, height, area, minScale, maxScale } = input;
  const fitAll = Math.min(area.width / width, area.height / height);
  if (fitAll >= minScale) {
    return { scale: Math.min(fitAll, maxScale), columns: [{ start: 0, end: width }], rows: [{ start: 0, end: height }], frozenLeft: 0, frozenTop: 0 };
  }
  const scale = Math.max(minScale, Math.min(maxScale, area.height / height));
  const across = splitAxis(width, area.width / scale, input.frozenLeft, input.xCuts);
  const down = splitAxis(height, area.height / scale, input.frozenTop, input.yCuts);
  return { scale, columns: across.spans, rows: down.spans, frozenLeft: across.frozen, frozenTop: down.frozen };
}

/** A slice no narrower than this share of a page: a cut further back leaves too much paper blank. */
const MIN_FILL = 0.4;

function splitAxis(length: number, capacity: number, frozenWanted: number, cuts: readonly number[]): { spans: Span[]; frozen: number } {
  if (length <= capacity) return { spans: [{ start: 0, end: length }], frozen: 0 };
  // Repeated names may take at most a third of a page; beyond that they crowd out the map.
  const frozen = frozenWanted > 0 && frozenWanted <= capacity / 3 ? frozenWanted : 0;
  const spans: Span[] = [];
  let start = 0;
  while (start < length) {
    const room = spans.length === 0 ? capacity : capacity - frozen;
    let end = start + room;
    if (end >= length) {
      end = length;
    } else {
      const cut = [...cuts].reverse().find((c) => c > start + room * MIN_FILL && c <= end);
      if (cut !== undefined) end = cut;
    }
    spans.push({ start, end });
    start = end;
  }
  return { spans, frozen };
}

/** One printed page: which parts of the image it shows, left to right and top to bottom, and where it sits in the grid. */
export interface PageTile {
  column: number;
  row: number;
  xs: Span[];
  ys: Span[];
  /** The page's image in pixels (the parts put together). */
  width: number;
  height: number;
}

/** The pages of a grid in reading order: down each column of phases first, then the next column. */
export function pageTiles(grid: PageGrid): PageTile[] {
  const tiles: PageTile[] = [];
  const withFrozen = (span: Span, index: number, frozen: number): Span[] =>
    index > 0 && frozen > 0 ? [{ start: 0, end: frozen }, span] : [span];
  const total = (spans: Span[]) => spans.reduce((sum, s) => sum + (s.end - s.start), 0);
  grid.columns.forEach((column, c) => {
    grid.rows.forEach((row, r) => {
      const xs = withFrozen(column, c, grid.frozenLeft);
      const ys = withFrozen(row, r, grid.frozenTop);
      tiles.push({ column: c, row: r, xs, ys, width: total(xs), height: total(ys) });
    });
  });
  return tiles;
}

/** The indexes (0-based) of the phases whose middle lies in `span`, as "first–last" for the page heading. */
export function phasesIn(span: Span, phaseSpans: readonly Span[]): { first: number; last: number } | null {
  let first = -1;
  let last = -1;
  phaseSpans.forEach((phase, index) => {
    const middle = (phase.start + phase.end) / 2;
    if (middle >= span.start && middle < span.end) {
      if (first < 0) first = index;
      last = index;
    }
  });
  return first < 0 ? null : { first, last };
}
