import { describe, expect, it } from 'vitest';
import { emptyMapDocument, type MapDocument, type Touchpoint } from '../map/format.js';
import { computeInsights, type Measurement } from './insights.js';

function tp(id: string, fields: Partial<Touchpoint> = {}): Touchpoint {
  return {
    id,
    phaseId: 'p1',
    title: id.toUpperCase(),
    channel: 'web',
    importance: 3,
    momentOfTruth: false,
    metricKey: `k.${id}`,
    expectations: [],
    emotions: {},
    ...fields,
  };
}

function mapWith(touchpoints: Touchpoint[], extra: Partial<MapDocument> = {}): MapDocument {
  return {
    ...emptyMapDocument('Test'),
    personas: [{ id: 'anna', name: 'Anna' }],
    phases: [
      { id: 'p1', name: 'One' },
      { id: 'p2', name: 'Two' },
    ],
    touchpoints,
    ...extra,
  };
}

const m = (metricKey: string, period: string, csi: number, n?: number): Measurement => ({ metricKey, period, csi, n });
const kinds = (map: MapDocument, ms: Measurement[], opts = {}) =>
  computeInsights(map, ms, opts).whiteSpots.map((s) => `${s.kind}:${s.touchpointId ?? s.phaseId ?? s.metricKey}`);

describe('periods', () => {
  it('defaults to the latest period with data and the one before as baseline (text order)', () => {
    const map = mapWith([tp('a'), tp('b', { phaseId: 'p2' })]);
    const ms = [m('k.a', '2025', 60), m('k.a', '2026-Q1', 70), m('k.a', '2025-Q4', 65), m('k.b', '2026-Q1', 80)];
    const result = computeInsights(map, ms);
    expect(result.periods).toEqual(['2025', '2025-Q4', '2026-Q1']);
    expect(result.period).toBe('2026-Q1');
    expect(result.baseline).toBe('2025-Q4');
    expect(result.touchpoints[0]).toMatchObject({ csi: 70, baselineCsi: 65, delta: 5 });
    expect(result.touchpoints[0]!.trend.map((t) => t.period)).toEqual(['2025', '2025-Q4', '2026-Q1']);
  });

  it('has no baseline for the first period, and null everywhere without data', () => {
    const map = mapWith([tp('a')]);
    const first = computeInsights(map, [m('k.a', '2025', 50)]);
    expect(first.baseline).toBeNull();
    expect(first.touchpoints[0]!.delta).toBeNull();
    const none = computeInsights(map, []);
    expect(none.period).toBeNull();
    expect(none.summary.weightedCsi).toBeNull();
    expect(none.touchpoints[0]!.csi).toBeNull();
  });

  it('takes explicit period and baseline, even without data', () => {
    const map = mapWith([tp('a')]);
    const result = computeInsights(map, [m('k.a', '2024', 40), m('k.a', '2026', 60)], { period: '2026', baseline: '2024' });
    expect(result.touchpoints[0]).toMatchObject({ csi: 60, baselineCsi: 40, delta: 20 });
    expect(computeInsights(map, [m('k.a', '2024', 40)], { period: '2030' }).touchpoints[0]!.csi).toBeNull();
  });
});

describe('matching keys', () => {
  it('matches metric keys first, then touchpoint ids; other keys are unmapped', () => {
    const map = mapWith([tp('a', { metricKey: 'web.home' }), tp('b', { metricKey: '' })]);
    const result = computeInsights(map, [m('web.home', '2025', 71), m('b', '2025', 66), m('ghost', '2025', 50)]);
    expect(result.touchpoints.map((t) => t.csi)).toEqual([71, 66]);
    expect(result.whiteSpots.filter((s) => s.kind === 'unmapped-measurement').map((s) => s.metricKey)).toEqual(['ghost']);
    // A metric key wins over an id: a touchpoint whose metric key is another's id takes that key.
    const clash = mapWith([tp('a', { metricKey: 'x' }), tp('b', { metricKey: 'a', phaseId: 'p2' })]);
    expect(computeInsights(clash, [m('a', '2025', 55)]).touchpoints.map((t) => t.csi)).toEqual([null, 55]);
  });
});

describe('white-spot rules at their edges', () => {
  const settings = { csiTarget: 70, declineThreshold: 5 };

  it('empty-phase: a phase without touchpoints', () => {
    expect(kinds(mapWith([tp('a')]), [m('k.a', '2025', 90)])).toEqual(['empty-phase:p2']);
  });

  it('unmeasured: no CSI in the period', () => {
    const map = mapWith([tp('a'), tp('b', { phaseId: 'p2' })]);
    expect(kinds(map, [m('k.a', '2025', 90), m('k.b', '2024', 90)])).toEqual(['unmeasured:b']);
  });

  it('underperforming: importance ≥ 4 and CSI below the target, not at it', () => {
    const map = mapWith([
      tp('at', { importance: 4 }),
      tp('below', { importance: 4, phaseId: 'p2' }),
      tp('minor', { importance: 3 }),
    ]);
    const spots = kinds(map, [m('k.at', '2025', 70), m('k.below', '2025', 69.99), m('k.minor', '2025', 10)], { settings });
    expect(spots).toEqual(['underperforming:below']);
  });

  it('declining: delta at exactly −threshold counts, one hundredth less does not', () => {
    const map = mapWith([tp('exact'), tp('almost', { phaseId: 'p2' }), tp('nobase')]);
    const ms = [
      m('k.exact', '2024', 80.3),
      m('k.exact', '2025', 75.3),
      m('k.almost', '2024', 80),
      m('k.almost', '2025', 75.01),
      m('k.nobase', '2025', 20),
    ];
    const spots = computeInsights(map, ms, { settings }).whiteSpots.filter((s) => s.kind === 'declining');
    expect(spots.map((s) => s.touchpointId)).toEqual(['exact']);
    expect(spots[0]!.severity).toBe('medium');
    const steep = computeInsights(mapWith([tp('x')]), [m('k.x', '2024', 90), m('k.x', '2025', 80)]);
    expect(steep.whiteSpots.find((s) => s.kind === 'declining')!.severity).toBe('high');
  });

  it('moment-of-truth-at-risk: below target or unmeasured; at the target is fine', () => {
    const map = mapWith([
      tp('ok', { momentOfTruth: true }),
      tp('low', { momentOfTruth: true, phaseId: 'p2' }),
      tp('none', { momentOfTruth: true }),
    ]);
    const spots = kinds(map, [m('k.ok', '2025', 70), m('k.low', '2025', 69)]).filter((s) => s.startsWith('moment'));
    expect(spots.sort()).toEqual(['moment-of-truth-at-risk:low', 'moment-of-truth-at-risk:none']);
  });

  it('emotion-dip-without-measure: emotion ≤ −1 and no linked measure', () => {
    const map = mapWith(
      [
        tp('dip', { emotions: { anna: -1 } }),
        tp('shallow', { emotions: { anna: -0.5 }, phaseId: 'p2' }),
        tp('covered', { emotions: { anna: -2 } }),
      ],
      { measures: [{ id: 'm1', title: 'Fix', touchpointIds: ['covered'], status: 'planned' }] },
    );
    const all = [m('k.dip', '2025', 90), m('k.shallow', '2025', 90), m('k.covered', '2025', 90)];
    expect(kinds(map, all)).toEqual(['emotion-dip-without-measure:dip']);
  });

  it('unmapped-measurement: only keys measured in the chosen period', () => {
    const map = mapWith([tp('a'), tp('b', { phaseId: 'p2' })]);
    const ms = [m('k.a', '2025', 90), m('k.b', '2025', 90), m('old', '2024', 50), m('new', '2025', 50)];
    expect(kinds(map, ms)).toEqual(['unmapped-measurement:new']);
  });

  it('orders white spots by severity and carries a message', () => {
    const map = mapWith([tp('a', { momentOfTruth: true, importance: 5 })]);
    const spots = computeInsights(map, [m('k.a', '2025', 40), m('zzz', '2025', 1)]).whiteSpots;
    expect(spots.map((s) => s.severity)).toEqual(['high', 'high', 'medium', 'low']);
    for (const spot of spots) expect(spot.message.length).toBeGreaterThan(10);
  });
});

describe('summary', () => {
  it('weights CSI by importance and compares with the baseline', () => {
    const map = mapWith([tp('a', { importance: 1 }), tp('b', { importance: 3, phaseId: 'p2' })]);
    const result = computeInsights(map, [m('k.a', '2024', 50), m('k.a', '2025', 60), m('k.b', '2024', 80), m('k.b', '2025', 80)]);
    expect(result.summary).toMatchObject({ weightedCsi: 75, baselineWeightedCsi: 72.5, delta: 2.5, measured: 2 });
  });

  it('averages two values for one touchpoint by sample size', () => {
    const map = mapWith([tp('a', { metricKey: 'web' })]);
    const result = computeInsights(map, [m('web', '2025', 60, 100), m('a', '2025', 90, 300)]);
    expect(result.touchpoints[0]).toMatchObject({ csi: 82.5, n: 400 });
  });
});
