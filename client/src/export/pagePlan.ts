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
  /** Where a page ends best: the gaps between phases (x) and between lanes (y). */
  xCuts: readonly number[];
  yCuts: readonly number[];
  /** Where a page may also end without cutting through anything: gaps between cards inside a lane. */
  yGaps?: readonly number[];
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
  const at = (scale: number) => {
    const across = splitAxis(width, area.width / scale, input.frozenLeft, input.xCuts, []);
    const down = splitAxis(height, area.height / scale, input.frozenTop, input.yCuts, input.yGaps ?? []);
    const grid: PageGrid = { scale, columns: across.spans, rows: down.spans, frozenLeft: across.frozen, frozenTop: down.frozen };
    return { grid, pages: across.spans.length * down.spans.length, penalty: across.penalty + down.penalty };
  };
  // The fewest pages at a readable scale; then as large as that many pages allow without ending
  // a page anywhere worse (through a card rather than between lanes).
  const base = at(Math.max(minScale, Math.min(maxScale, area.height / height)));
  let best = base;
  let high = maxScale;
  for (let step = 0; step < 10 && high - best.grid.scale > 0.002; step++) {
    const larger = at((best.grid.scale + high) / 2);
    if (larger.pages <= base.pages && larger.penalty <= base.penalty + 1e-9) best = larger;
    else high = larger.grid.scale;
  }
  return best.grid;
}

/** What a page end costs beyond the paper it leaves blank: nothing between phases or lanes, a little between cards, much through a card. */
const GAP_PENALTY = 0.3;
const THROUGH_PENALTY = 3;

/**
 * Splits one axis into as few slices as fit, then as evenly as possible, preferring to end pages
 * between phases or lanes, then between cards; only when that would take more pages does a page
 * end through a card. Pages after the first lose `frozen` pixels to the repeated names. A small
 * dynamic program over the places a page may end, one layer per page.
 */
function splitAxis(
  length: number,
  capacity: number,
  frozenWanted: number,
  cuts: readonly number[],
  gaps: readonly number[],
): { spans: Span[]; frozen: number; penalty: number } {
  if (length <= capacity) return { spans: [{ start: 0, end: length }], frozen: 0, penalty: 0 };
  // Repeated names may take at most a third of a page; beyond that they crowd out the map.
  const frozen = frozenWanted > 0 && frozenWanted <= capacity / 3 ? frozenWanted : 0;
  const roomOf = (page: number) => (page === 0 ? capacity : capacity - frozen);
  const points = endPoints(length, cuts, gaps);

  type Step = { cost: number; previous: number } | null;
  const steps: Step[][] = [points.map((_, i) => (i === 0 ? { cost: 0, previous: -1 } : null))];
  for (let page = 0; page < points.length; page++) {
    const before = steps[page]!;
    const reach: Step[] = points.map(() => null);
    const room = roomOf(page);
    before.forEach((from, j) => {
      if (!from) return;
      for (let i = j + 1; i < points.length && points[i]!.at - points[j]!.at <= room; i++) {
        const slack = (room - (points[i]!.at - points[j]!.at)) / room;
        const cost = from.cost + slack * slack + points[i]!.penalty;
        if (!reach[i] || cost < reach[i]!.cost) reach[i] = { cost, previous: j };
      }
    });
    steps.push(reach);
    if (reach[points.length - 1]) break;
  }
  const spans: Span[] = [];
  let penalty = 0;
  for (let page = steps.length - 1, i = points.length - 1; page > 0; page--) {
    const previous = steps[page]![i]!.previous;
    spans.unshift({ start: points[previous]!.at, end: points[i]!.at });
    penalty += points[i]!.penalty;
    i = previous;
  }
  return { spans, frozen, penalty };
}

/** Every place a page may end, with its penalty: the cuts, the gaps, and a fine grid through everything else. */
function endPoints(length: number, cuts: readonly number[], gaps: readonly number[]): { at: number; penalty: number }[] {
  const penalty = new Map<number, number>();
  const add = (at: number, cost: number) => {
    if (at > 0 && at < length && cost < (penalty.get(at) ?? Infinity)) penalty.set(at, cost);
  };
  const step = Math.max(8, Math.ceil(length / 800));
  for (let at = step; at < length; at += step) add(at, THROUGH_PENALTY);
  for (const at of gaps) add(Math.round(at), GAP_PENALTY);
  for (const at of cuts) add(at, 0);
  const points = [...penalty].map(([at, cost]) => ({ at, penalty: cost }));
  points.push({ at: 0, penalty: 0 }, { at: length, penalty: 0 });
  return points.sort((a, b) => a.at - b.at);
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
