import { describe, expect, it } from 'vitest';
import type { TouchpointInsight } from '../../../shared/src/index.js';
import { matrixPoints, quadrantOf } from './matrix.js';

const insight = (id: string, importance: number, csi: number | null, extra: Partial<TouchpointInsight> = {}): TouchpointInsight => ({
  id,
  title: id,
  phaseId: 'ph',
  metricKey: id,
  importance,
  momentOfTruth: false,
  csi,
  n: null,
  baselineCsi: null,
  baselineN: null,
  delta: null,
  trend: [],
  ...extra,
});

describe('quadrantOf', () => {
  it('splits at the CSI target and between importance 3 and 4', () => {
    expect(quadrantOf(60, 5, 70)).toBe('concentrate');
    expect(quadrantOf(69.9, 4, 70)).toBe('concentrate');
    expect(quadrantOf(70, 4, 70)).toBe('keep-up');
    expect(quadrantOf(90, 5, 70)).toBe('keep-up');
    expect(quadrantOf(50, 3, 70)).toBe('low-priority');
    expect(quadrantOf(50, 1, 70)).toBe('low-priority');
    expect(quadrantOf(85, 3, 70)).toBe('overkill');
    expect(quadrantOf(85, 2, 80)).toBe('overkill');
  });
});

describe('matrixPoints', () => {
  it('numbers points by journey position and leaves out the unmeasured', () => {
    const points = matrixPoints([insight('a', 5, 60), insight('b', 3, null), insight('c', 2, 90, { momentOfTruth: true, delta: 3 })], 70);
    expect(points.map((p) => [p.id, p.number, p.quadrant, p.momentOfTruth, p.delta])).toEqual([
      ['a', 1, 'concentrate', false, null],
      ['c', 3, 'overkill', true, 3],
    ]);
  });

  it('spreads equal points apart within their importance band, the same way every time', () => {
    const same = [insight('a', 4, 75), insight('b', 4, 75), insight('c', 4, 76), insight('d', 4, 90)];
    const points = matrixPoints(same, 70);
    const ys = points.map((p) => p.y);
    expect(ys[0]).toBe(4);
    expect(ys[3]).toBe(4);
    expect(new Set(ys.slice(0, 3)).size).toBe(3);
    for (const y of ys) expect(Math.abs(y - 4)).toBeLessThan(0.5);
    expect(matrixPoints(same, 70)).toEqual(points);
  });
});
