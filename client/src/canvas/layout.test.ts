import { describe, expect, it } from 'vitest';
import { DEFAULT_LANES, type Card, type Lane, type Touchpoint } from '../../../shared/src/index.js';
import { emotionCurves, monotonePath } from './emotionCurve.js';
import {
  CELL_PADDING,
  COLUMN_GAP,
  COLUMN_WIDTH,
  EMOTION_LANE_HEIGHT,
  EMOTION_PADDING_BOTTOM,
  EMOTION_PADDING_TOP,
  HEADER_GAP,
  HEADER_HEIGHT,
  ITEM_GAP,
  LANE_GAP,
  VISIBILITY_GAP,
  cellAt,
  emotionAtOffset,
  emotionOffset,
  gridOf,
  layoutJourney,
  touchpointHeight,
  type LayoutInput,
} from './layout.js';
import { estimateLines } from './textMetrics.js';

function tp(id: string, phaseId: string, extra: Partial<Touchpoint> = {}): Touchpoint {
  return {
    id,
    phaseId,
    title: id,
    channel: 'web',
    importance: 3,
    momentOfTruth: false,
    metricKey: '',
    expectations: [],
    emotions: {},
    ...extra,
  };
}

function card(id: string, laneId: string, phaseId: string, text = id): Card {
  return { id, laneId, phaseId, text };
}

const lanes: Lane[] = DEFAULT_LANES.map((lane) => ({ ...lane }));

const input: LayoutInput = {
  phases: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B', width: 500 },
    { id: 'c', name: 'C' },
  ],
  // Global order interleaves phases; within a phase, array order is top to bottom.
  touchpoints: [
    tp('b1', 'b', { emotions: { pe: -2 }, channel: 'phone' }),
    tp('a1', 'a', { emotions: { pe: 1 }, expectations: [{ category: 'product', text: 'Works' }] }),
    tp('b2', 'b', { channel: 'web' }),
    tp('a2', 'a', { emotions: { pe: 2 }, channel: 'email' }),
    tp('b3', 'b', { emotions: { pe: 0 }, channel: 'phone' }),
  ],
  measures: [{ id: 'm1', title: 'Call back', touchpointIds: ['b1', 'a2'], status: 'planned' }],
  lanes,
  cards: [card('c1', 'lane-actions', 'a'), card('c2', 'lane-actions', 'a', 'A longer text '.repeat(8)), card('c3', 'lane-pain-points', 'c')],
};

describe('layoutJourney: columns', () => {
  const layout = layoutJourney(input);

  it('places phases left to right with their own widths', () => {
    expect(layout.columns.map((c) => [c.phase.id, c.x, c.width])).toEqual([
      ['a', 0, COLUMN_WIDTH],
      ['b', COLUMN_WIDTH + COLUMN_GAP, 500],
      ['c', COLUMN_WIDTH + 500 + 2 * COLUMN_GAP, COLUMN_WIDTH],
    ]);
    expect(layout.boardRight).toBe(2 * COLUMN_WIDTH + 500 + 2 * COLUMN_GAP);
    expect(layout.addPhaseX).toBe(layout.boardRight + COLUMN_GAP);
  });

  it('uses a width being dragged instead of the stored one, within the limits', () => {
    const dragged = layoutJourney(input, { phaseWidths: new Map([['a', 90]]) });
    expect(dragged.columns[0]!.width).toBe(160);
    expect(dragged.columns[1]!.x).toBe(160 + COLUMN_GAP);
  });

  it('puts touchpoints in journey order: phase by phase, then stack order', () => {
    expect(layout.touchpointOrder).toEqual(['a1', 'a2', 'b1', 'b2', 'b3']);
    expect(layout.slots.map((s) => s.touchpoint.id)).toEqual(['a1', 'a2', 'b1', 'b2', 'b3']);
    expect(layout.touchpointStoredOrder.get('b')).toEqual(['b1', 'b2', 'b3']);
  });

  it('spreads curve points across a column so they strictly increase', () => {
    const xs = layout.touchpointOrder.map((id) => layout.curveX.get(id)!);
    expect([...xs].sort((p, q) => p - q)).toEqual(xs);
    expect(new Set(xs).size).toBe(xs.length);
  });

  it('fits two touchpoint cards side by side in a wide phase', () => {
    const [b1, b2, b3] = ['b1', 'b2', 'b3'].map((id) => layout.slotById.get(id)!);
    expect(b1!.y).toBe(b2!.y);
    expect(b2!.x).toBeGreaterThan(b1!.x + b1!.width);
    expect(b3!.y).toBe(b1!.y + touchpointHeight(1) + ITEM_GAP);
    expect(gridOf(236, 210)).toEqual({ perRow: 1, itemWidth: 236 });
  });
});

describe('layoutJourney: lanes', () => {
  const layout = layoutJourney(input);
  const rowOf = (kind: string) => layout.lanes.find((row) => row.lane.kind === kind)!;

  it('draws the visible lanes in order, each below the previous', () => {
    expect(layout.lanes.map((row) => row.lane.kind)).toEqual(
      lanes.filter((lane) => !lane.hidden).map((lane) => lane.kind),
    );
    expect(layout.lanes[0]!.top).toBe(HEADER_HEIGHT + HEADER_GAP);
    for (let i = 1; i < layout.lanes.length; i++) {
      const above = layout.lanes[i - 1]!;
      expect(layout.lanes[i]!.top).toBe(above.top + above.height + LANE_GAP);
    }
    expect(layout.visibilityY).toBeNull();
  });

  it('makes every row as tall as its fullest cell', () => {
    const touchpoints = rowOf('touchpoints');
    // Phase a stacks two cards; phase b fits three in two rows.
    const a2 = layout.slotById.get('a2')!;
    expect(touchpoints.height).toBeGreaterThanOrEqual(a2.y + a2.height - touchpoints.top + CELL_PADDING);
    expect(rowOf('emotions').height).toBe(EMOTION_LANE_HEIGHT);
    const actions = rowOf('actions');
    const c2 = layout.cardSlotById.get('c2')!;
    expect(c2.lines).toBeGreaterThan(1);
    expect(actions.height).toBe(c2.y + c2.height + CELL_PADDING - actions.top);
  });

  it('keeps hidden lanes out, and opens a gap with the line of visibility above backstage lanes', () => {
    const shown = lanes.map((lane) => (lane.kind === 'backstage' || lane.kind === 'actions' ? { ...lane, hidden: !lane.hidden } : lane));
    const withBackstage = layoutJourney({ ...input, lanes: shown });
    expect(withBackstage.laneById.has('lane-actions')).toBe(false);
    const backstage = withBackstage.laneById.get('lane-backstage')!;
    const above = withBackstage.lanes[withBackstage.lanes.indexOf(backstage) - 1]!;
    expect(backstage.backstage).toBe(true);
    expect(backstage.top - (above.top + above.height)).toBe(VISIBILITY_GAP);
    expect(withBackstage.visibilityY).toBe(above.top + above.height + VISIBILITY_GAP / 2);
    expect(withBackstage.cardSlots.map((s) => s.card.id)).toEqual(['c3']);
  });

  it('counts channels per phase, and groups expectations by category', () => {
    expect(layout.channelChips.filter((c) => c.phaseId === 'b').map((c) => [c.channel, c.count])).toEqual([
      ['web', 1],
      ['phone', 2],
    ]);
    expect(layout.expectationGroups.map((g) => [g.phaseId, g.category, g.items.map((i) => i.touchpointId)])).toEqual([
      ['a', 'product', ['a1']],
    ]);
    expect(layout.addExpectation.map((b) => b.phaseId)).toEqual(['a', 'b']);
  });

  it('shows a measure in the opportunities lane of every phase it has a touchpoint in', () => {
    expect(layout.measureChips.map((m) => [m.measure.id, m.phaseId])).toEqual([
      ['m1', 'a'],
      ['m1', 'b'],
    ]);
    const opportunities = rowOf('opportunities');
    for (const chip of layout.measureChips) expect(chip.y).toBeGreaterThanOrEqual(opportunities.top);
  });

  it('marks empty card cells and finds the cell under a point', () => {
    const actionsB = layout.cells.find((c) => c.laneId === 'lane-actions' && c.phaseId === 'b')!;
    expect(actionsB.empty).toBe(true);
    expect(layout.cells.find((c) => c.laneId === 'lane-actions' && c.phaseId === 'a')!.empty).toBe(false);
    expect(cellAt(layout, { x: actionsB.x + 5, y: actionsB.y + 5 })).toBe(actionsB);
    expect(cellAt(layout, { x: -50, y: actionsB.y + 5 })).toBeNull();
  });

  it('groups touchpoints by channel when asked, keeping the stored order within a channel', () => {
    const grouped = layoutJourney(input, { groupByChannel: true });
    expect(grouped.columns[1]!.touchpointIds).toEqual(['b2', 'b1', 'b3']);
    expect(grouped.groupHeaders.filter((h) => h.phaseId === 'b').map((h) => h.channel)).toEqual(['web', 'phone']);
    expect(grouped.touchpointStoredOrder.get('b')).toEqual(['b1', 'b2', 'b3']);
  });

  it('makes cards taller with large type', () => {
    const large = layoutJourney(input, { typeScale: 1.25 });
    expect(large.touchpointHeight).toBeGreaterThan(layout.touchpointHeight);
    expect(large.cardSlotById.get('c2')!.height).toBeGreaterThan(layout.cardSlotById.get('c2')!.height);
  });

  it('still computes curve positions when the touchpoints lane is hidden', () => {
    const hidden = layoutJourney({ ...input, lanes: lanes.map((l) => (l.kind === 'touchpoints' ? { ...l, hidden: true } : l)) });
    expect(hidden.slots).toEqual([]);
    expect(hidden.curveX.size).toBe(5);
  });

  it('lays out an empty map', () => {
    const empty = layoutJourney({ phases: [], touchpoints: [], measures: [], lanes });
    expect(empty.columns).toEqual([]);
    expect(empty.cells).toEqual([]);
    expect(empty.addPhaseX).toBe(0);
  });
});

describe('text estimates', () => {
  it('wraps words and breaks words longer than a line', () => {
    expect(estimateLines('', 200, 15)).toBe(1);
    expect(estimateLines('short', 200, 15)).toBe(1);
    expect(estimateLines('word '.repeat(40), 200, 15)).toBeGreaterThan(5);
    expect(estimateLines('x'.repeat(100), 100, 15)).toBeGreaterThanOrEqual(8);
    expect(estimateLines('one\ntwo\nthree', 200, 15)).toBe(3);
  });
});

describe('emotion curves', () => {
  it('maps +2 to the top and −2 to the bottom of the plot, and back in whole steps', () => {
    expect(emotionOffset(2)).toBe(EMOTION_PADDING_TOP);
    expect(emotionOffset(-2)).toBe(EMOTION_LANE_HEIGHT - EMOTION_PADDING_BOTTOM);
    expect(emotionOffset(7)).toBe(emotionOffset(2));
    for (const value of [-2, -1, 0, 1, 2]) expect(emotionAtOffset(emotionOffset(value) + 3)).toBe(value);
    expect(emotionAtOffset(-500)).toBe(2);
    expect(emotionAtOffset(5000)).toBe(-2);
  });

  const personas = [{ id: 'pe', name: 'P' }];

  it('draws one curve per shown persona through the touchpoints with an emotion, marking dips', () => {
    const [curve] = emotionCurves(personas, input.touchpoints, layoutJourney(input));
    expect(curve!.points.map((p) => [p.touchpointId, p.dip])).toEqual([
      ['a1', false],
      ['a2', false],
      ['b1', true],
      ['b3', false],
    ]);
    expect(curve!.path.startsWith('M')).toBe(true);
    expect(curve!.path.match(/C/g)).toHaveLength(3);
    expect(emotionCurves(personas, input.touchpoints, layoutJourney(input), { hidden: new Set(['pe']) })).toEqual([]);
  });

  it('shows a dragged point at its new value', () => {
    const preview = { personaId: 'pe', touchpointId: 'b1', value: 1 };
    const [curve] = emotionCurves(personas, input.touchpoints, layoutJourney(input), { preview });
    expect(curve!.points.find((p) => p.touchpointId === 'b1')).toMatchObject({ emotion: 1, dip: false, y: emotionOffset(1) });
  });
});

describe('monotonePath', () => {
  it('never overshoots the points', () => {
    const path = monotonePath([
      { x: 0, y: 0 },
      { x: 10, y: 100 },
      { x: 20, y: 100 },
      { x: 30, y: 0 },
    ]);
    const numbers = path.match(/-?\d+(\.\d+)?/g)!.map(Number);
    const ys = numbers.filter((_, i) => i % 2 === 1);
    expect(Math.max(...ys)).toBeLessThanOrEqual(100);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
  });

  it('handles zero and one point', () => {
    expect(monotonePath([])).toBe('');
    expect(monotonePath([{ x: 1, y: 2 }])).toBe('M1,2');
  });
});
