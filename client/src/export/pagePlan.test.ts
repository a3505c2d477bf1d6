import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CANVAS_MAX_AREA, CANVAS_MAX_SIDE, imageFrame, pageGrid, pageTiles, phasesIn, pixelRatioFor, type PageGridInput } from './pagePlan.js';

// A4 landscape less margins, header and legend, as the PDF uses it.
const AREA = { width: 277, height: 150 };
const MIN = 0.16;
const MAX = 0.2646;

/** A map of `phases` columns 274 px apart after 200 px of lane names, `height` pixels tall. */
function map(phases: number, height: number): PageGridInput {
  const xCuts = Array.from({ length: phases }, (_, i) => 200 + (i + 1) * 274);
  return {
    width: 200 + phases * 274,
    height,
    area: AREA,
    minScale: MIN,
    maxScale: MAX,
    frozenLeft: 200,
    frozenTop: 110,
    xCuts,
    yCuts: [110, 400, 700, 1000, 1300, 1600, 1900],
  };
}

describe('imageFrame', () => {
  it('puts the content at the padding, at 100 %', () => {
    const frame = imageFrame({ x: -198, y: -20, width: 1000.4, height: 500 }, 24);
    expect(frame).toMatchObject({ width: 1049, height: 548, offsetX: 222, offsetY: 44 });
    expect(frame.transform).toBe('translate(222px, 44px) scale(1)');
  });
});

describe('pixelRatioFor', () => {
  it('keeps the preferred ratio for ordinary maps', () => {
    expect(pixelRatioFor(3500, 1800, 2)).toBe(2);
  });

  it('stays within the canvas limits of browsers for huge maps', () => {
    const wide = pixelRatioFor(40_000, 1800, 2);
    expect(40_000 * wide).toBeLessThanOrEqual(CANVAS_MAX_SIDE);
    const large = pixelRatioFor(15_000, 9000, 2);
    expect(15_000 * large * 9000 * large).toBeLessThanOrEqual(CANVAS_MAX_AREA * 1.0001);
  });
});

describe('pageGrid', () => {
  it('puts a small map on one page, never larger than on screen', () => {
    const grid = pageGrid(map(2, 500));
    expect(grid.columns).toEqual([{ start: 0, end: 748 }]);
    expect(grid.rows).toEqual([{ start: 0, end: 500 }]);
    expect(grid.scale).toBe(MAX);
    expect(pageTiles(grid)).toHaveLength(1);
  });

  it('shrinks a map that fits readably onto one page', () => {
    const grid = pageGrid(map(5, 800));
    expect(pageTiles(grid)).toHaveLength(1);
    expect(grid.scale).toBeCloseTo(277 / 1570);
    expect(grid.scale).toBeGreaterThanOrEqual(MIN);
  });

  it('splits a wide map between phases, at one scale, with the lane names repeated', () => {
    const input = map(12, 900);
    const grid = pageGrid(input);
    // The full height fits at a readable scale.
    expect(grid.scale).toBeCloseTo(150 / 900);
    expect(grid.rows).toEqual([{ start: 0, end: 900 }]);
    expect(grid.columns.length).toBeGreaterThanOrEqual(2);
    expect(grid.frozenLeft).toBe(200);
    // Contiguous, covering the whole width, every inner cut between two phases.
    expect(grid.columns[0]!.start).toBe(0);
    expect(grid.columns.at(-1)!.end).toBe(input.width);
    for (let i = 1; i < grid.columns.length; i++) {
      expect(grid.columns[i]!.start).toBe(grid.columns[i - 1]!.end);
      expect(input.xCuts).toContain(grid.columns[i]!.start);
    }
    // Every page fits its area at the grid's scale, the repeated names included.
    for (const tile of pageTiles(grid)) {
      expect(tile.width * grid.scale).toBeLessThanOrEqual(AREA.width + 1e-9);
      expect(tile.height * grid.scale).toBeLessThanOrEqual(AREA.height + 1e-9);
    }
    const [first, second] = pageTiles(grid);
    expect(first!.xs).toHaveLength(1);
    expect(second!.xs[0]).toEqual({ start: 0, end: 200 });
  });

  it('splits a very tall map into rows of lanes too, and reads down each column first', () => {
    const grid = pageGrid(map(12, 2100));
    // Readable, and as large as three rows of pages allow.
    expect(grid.scale).toBeGreaterThanOrEqual(MIN);
    expect(grid.scale).toBeLessThan(MAX);
    expect(grid.rows.length).toBe(3);
    expect(grid.frozenTop).toBe(110);
    const tiles = pageTiles(grid);
    expect(tiles).toHaveLength(grid.columns.length * 3);
    expect(tiles.slice(0, 3).map((t) => [t.column, t.row])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
    ]);
    expect(tiles[1]!.ys[0]).toEqual({ start: 0, end: 110 });
    for (const tile of tiles) expect(tile.height * grid.scale).toBeLessThanOrEqual(AREA.height + 1e-9);
  });

  it('evens the pages out instead of leaving a sliver for the last one', () => {
    // 7 phases: 2 pages; greedy filling would put 6 phases on the first and 1 on the second.
    const grid = pageGrid(map(7, 900));
    expect(grid.columns).toHaveLength(2);
    const [first, second] = pageTiles(grid);
    expect(Math.abs(first!.width - second!.width)).toBeLessThanOrEqual(274 + 200);
  });

  it('ends pages between lanes when that needs no more pages', () => {
    // The shape of the demo map: a tall expectations lane from 800 to 1620.
    const lanes = [120, 230, 560, 650, 800, 1620, 1700, 2092];
    const grid = pageGrid({ ...map(7, 2092), yCuts: lanes });
    expect(grid.rows).toEqual([
      { start: 0, end: 800 },
      { start: 800, end: 1620 },
      { start: 1620, end: 2092 },
    ]);
  });

  it('rather cuts through a tall lane than print a page more, between its cards when it can', () => {
    // The demo map's lanes at 0.15 mm/px: lane by lane it takes four rows of pages, three suffice.
    const lanes = [220, 658, 760, 1020, 1788, 1872, 2067];
    const input = { ...map(7, 2092), minScale: 0.15, frozenTop: 135, yCuts: lanes };
    expect(pageGrid(input).rows).toHaveLength(3);
    const withGaps = pageGrid({ ...input, yGaps: [1100, 1390, 1500, 1650] });
    expect(withGaps.rows).toHaveLength(3);
    const inner = withGaps.rows.slice(1).map((row) => row.start);
    for (const start of inner) expect([...lanes, 1100, 1390, 1500, 1650]).toContain(start);
  });

  it('cuts through a phase wider than a page rather than giving up', () => {
    const grid = pageGrid({ ...map(3, 900), width: 6000, xCuts: [5800] });
    for (const tile of pageTiles(grid)) expect(tile.width * grid.scale).toBeLessThanOrEqual(AREA.width + 1e-9);
    expect(grid.columns.at(-1)!.end).toBe(6000);
  });

  it('drops repeated names that would take more than a third of a page', () => {
    const grid = pageGrid({ ...map(12, 900), frozenLeft: 900 });
    expect(grid.frozenLeft).toBe(0);
    expect(pageTiles(grid)[1]!.xs).toHaveLength(1);
  });
});

describe('pageGrid on any map', () => {
  it('covers the whole image without gaps, and every page fits its area at one scale', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.integer({ min: 40, max: 1400 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 400 }),
        (phases, laneHeights, frozen) => {
          const yCuts = laneHeights.map((_, i) => 110 + laneHeights.slice(0, i + 1).reduce((a, b) => a + b, 0));
          const input = { ...map(phases, yCuts.at(-1)!), yCuts, frozenLeft: frozen };
          const grid = pageGrid(input);
          for (const [spans, length] of [
            [grid.columns, input.width],
            [grid.rows, input.height],
          ] as const) {
            expect(spans[0]!.start).toBe(0);
            expect(spans.at(-1)!.end).toBe(length);
            spans.forEach((span, i) => {
              expect(span.end).toBeGreaterThan(span.start);
              if (i > 0) expect(span.start).toBe(spans[i - 1]!.end);
            });
          }
          expect(grid.scale).toBeGreaterThanOrEqual(MIN);
          for (const tile of pageTiles(grid)) {
            expect(tile.width * grid.scale).toBeLessThanOrEqual(AREA.width + 1e-6);
            expect(tile.height * grid.scale).toBeLessThanOrEqual(AREA.height + 1e-6);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('phasesIn', () => {
  it('names the phases whose middle is on the page', () => {
    const phases = [
      { start: 200, end: 460 },
      { start: 474, end: 734 },
      { start: 748, end: 1008 },
    ];
    expect(phasesIn({ start: 0, end: 740 }, phases)).toEqual({ first: 0, last: 1 });
    expect(phasesIn({ start: 740, end: 2000 }, phases)).toEqual({ first: 2, last: 2 });
    expect(phasesIn({ start: 0, end: 150 }, phases)).toBeNull();
  });
});
