import { describe, expect, it } from 'vitest';
import type { MapDocument, Touchpoint } from '../../../shared/src/index.js';
import { emotionCurves, monotonePath } from './emotionCurve.js';
import {
  CARD_PITCH,
  COLUMN_PITCH,
  LANE_HEIGHT,
  LANE_PADDING_BOTTOM,
  LANE_PADDING_TOP,
  cardY,
  dropTarget,
  emotionOffset,
  isSamePlace,
  layoutJourney,
} from './layout.js';

function tp(id: string, phaseId: string, emotions: Record<string, number> = {}): Touchpoint {
  return { id, phaseId, title: id, channel: 'web', importance: 3, momentOfTruth: false, metricKey: '', expectations: [], emotions };
}

const map: Pick<MapDocument, 'phases' | 'touchpoints' | 'personas'> = {
  personas: [{ id: 'pe', name: 'P' }],
  phases: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
    { id: 'c', name: 'C' },
  ],
  // Global order interleaves phases; within a phase, array order is top to bottom.
  touchpoints: [tp('b1', 'b', { pe: -2 }), tp('a1', 'a', { pe: 1 }), tp('b2', 'b'), tp('a2', 'a', { pe: 2 }), tp('b3', 'b', { pe: 0 })],
};

describe('layoutJourney', () => {
  const layout = layoutJourney(map);

  it('puts touchpoints in journey order: phase by phase, then stack order', () => {
    expect(layout.slots.map((s) => s.touchpoint.id)).toEqual(['a1', 'a2', 'b1', 'b2', 'b3']);
    expect(layout.slotById.get('b3')).toMatchObject({ phaseIndex: 1, indexInPhase: 2, y: cardY(2) });
    expect(layout.columns[2]).toMatchObject({ touchpointIds: [], x: 2 * COLUMN_PITCH });
  });

  it('spreads curve points across a column so they strictly increase', () => {
    const xs = layout.slots.map((s) => s.curveX);
    expect([...xs].sort((p, q) => p - q)).toEqual(xs);
    expect(new Set(xs).size).toBe(xs.length);
  });

  it('puts the lane below the tallest column', () => {
    expect(layout.laneTop).toBeGreaterThan(cardY(3));
    expect(layoutJourney({ phases: [], touchpoints: [] }).columns).toEqual([]);
  });
});

describe('dropTarget', () => {
  const layout = layoutJourney(map);

  it('finds the column by x and the index by y', () => {
    const target = dropTarget(layout, 'a1', { x: COLUMN_PITCH + 20, y: cardY(1) - 10 });
    expect(target).toMatchObject({ phaseId: 'b', index: 1 });
    expect(dropTarget(layout, 'a1', { x: COLUMN_PITCH, y: -500 })).toMatchObject({ phaseId: 'b', index: 0 });
    expect(dropTarget(layout, 'a1', { x: COLUMN_PITCH, y: 5000 })).toMatchObject({ phaseId: 'b', index: 3 });
  });

  it('clamps to the first and last column', () => {
    expect(dropTarget(layout, 'b1', { x: -900, y: 0 })).toMatchObject({ phaseId: 'a', index: 0 });
    expect(dropTarget(layout, 'b1', { x: 9000, y: 0 })).toMatchObject({ phaseId: 'c', index: 0 });
  });

  it('counts indexes among the other cards when moving within a phase', () => {
    // b1 dragged just below b2's centre: it goes after b2, index 1 among [b2, b3].
    const target = dropTarget(layout, 'b1', { x: COLUMN_PITCH, y: cardY(1) + 1 });
    expect(target).toMatchObject({ phaseId: 'b', index: 1 });
    expect(isSamePlace(layout, 'b1', target!)).toBe(false);
    const stay = dropTarget(layout, 'b2', { x: COLUMN_PITCH + 5, y: cardY(1) + 5 })!;
    expect(isSamePlace(layout, 'b2', stay)).toBe(true);
    expect(stay.markY).toBeGreaterThan(cardY(0));
    expect(stay.markY).toBeLessThan(cardY(1) + CARD_PITCH);
  });
});

describe('emotion curves', () => {
  it('maps +2 to the top and −2 to the bottom of the plot', () => {
    expect(emotionOffset(2)).toBe(LANE_PADDING_TOP);
    expect(emotionOffset(-2)).toBe(LANE_HEIGHT - LANE_PADDING_BOTTOM);
    expect(emotionOffset(7)).toBe(emotionOffset(2));
  });

  it('draws one curve per persona through the touchpoints with an emotion, marking dips', () => {
    const [curve] = emotionCurves(map.personas, layoutJourney(map), 0);
    expect(curve!.points.map((p) => [p.touchpointId, p.dip])).toEqual([
      ['a1', false],
      ['a2', false],
      ['b1', true],
      ['b3', false],
    ]);
    expect(curve!.path.startsWith('M')).toBe(true);
    expect(curve!.path.match(/C/g)).toHaveLength(3);
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
