import { describe, expect, it } from 'vitest';
import type { TouchpointInsight } from '../../../shared/src/index.js';
import { JOURNEY_ORDER, biggestMovers, reportRows, sortRows } from './reportRows.js';

const insight = (id: string, delta: number | null, importance = 3, csi: number | null = 70): TouchpointInsight => ({
  id,
  title: id,
  phaseId: 'ph-1',
  metricKey: `k.${id}`,
  importance,
  momentOfTruth: false,
  csi,
  n: null,
  baselineCsi: delta === null ? null : 70 - delta,
  baselineN: null,
  delta,
  trend: [],
});

describe('biggestMovers', () => {
  it('ranks gains and losses by size, more important first on a tie, and keeps five of each', () => {
    const touchpoints = [
      insight('a', 2),
      insight('b', -8),
      insight('c', 5, 2),
      insight('d', 5, 4),
      insight('e', null),
      insight('f', 0),
      insight('g', 1),
      insight('h', 0.5),
      insight('i', 3),
      insight('j', -1),
      insight('k', -8, 5),
    ];
    const movers = biggestMovers(touchpoints);
    expect(movers.up.map((t) => t.id)).toEqual(['d', 'c', 'i', 'a', 'g']);
    expect(movers.down.map((t) => t.id)).toEqual(['k', 'b', 'j']);
    expect(biggestMovers(touchpoints, 2).up.map((t) => t.id)).toEqual(['d', 'c']);
  });
});

describe('reportRows and sortRows', () => {
  const rows = reportRows({ touchpoints: [insight('x', 3, 5, 80), insight('y', null, 2, null), insight('z', -2, 4, 60)] }, [{ id: 'ph-1', name: 'Kaufen' }]);

  it('numbers the rows in journey order and names the phase', () => {
    expect(rows.map((r) => [r.number, r.id, r.phase, r.csi, r.baselineCsi, r.delta])).toEqual([
      [1, 'x', 'Kaufen', 80, 67, 3],
      [2, 'y', 'Kaufen', null, null, null],
      [3, 'z', 'Kaufen', 60, 72, -2],
    ]);
  });

  it('sorts by a column, with empty values last either way', () => {
    const collator = new Intl.Collator('en');
    expect(sortRows(rows, { key: 'csi', descending: true }, collator).map((r) => r.id)).toEqual(['x', 'z', 'y']);
    expect(sortRows(rows, { key: 'csi', descending: false }, collator).map((r) => r.id)).toEqual(['z', 'x', 'y']);
    expect(sortRows(rows, { key: 'touchpoint', descending: true }, collator).map((r) => r.id)).toEqual(['z', 'y', 'x']);
    expect(sortRows(rows, JOURNEY_ORDER, collator).map((r) => r.id)).toEqual(['x', 'y', 'z']);
  });
});
