import { describe, expect, it } from 'vitest';
import { computeInsights, type MapDocument, type Touchpoint } from '../../../shared/src/index.js';
import { translate } from '../i18n/translate.js';
import { whiteSpotText } from '../measurements/whiteSpotText.js';
import { periodsOf, resolveComparison } from './comparison.js';
import { CSI_SCALE, csiColor, csiPaint, legendGradient, legendRange, luminance, mix } from './csiScale.js';
import { carriesFiles, droppedFile } from './fileDrop.js';
import { measureEffect, measureEffects } from './measureEffect.js';
import { bySeverity, canvasOverlay, severityCounts } from './overlay.js';

function touchpoint(id: string, phaseId: string, extra: Partial<Touchpoint> = {}): Touchpoint {
  return {
    id,
    phaseId,
    title: id,
    channel: 'web',
    importance: 3,
    momentOfTruth: false,
    metricKey: id,
    expectations: [],
    emotions: {},
    ...extra,
  };
}

const map: MapDocument = {
  format: 'waymark.map',
  version: 1,
  title: 'Insights',
  personas: [{ id: 'pe-a', name: 'Anna', color: '#0072B2' }],
  phases: [
    { id: 'ph-1', name: 'Inform' },
    { id: 'ph-2', name: 'Buy' },
    { id: 'ph-3', name: 'Use' },
  ],
  touchpoints: [
    touchpoint('tp-web', 'ph-1', { importance: 4 }),
    touchpoint('tp-shop', 'ph-2', { importance: 5, momentOfTruth: true }),
    touchpoint('tp-invoice', 'ph-2', { importance: 2, emotions: { 'pe-a': -2 } }),
  ],
  measures: [{ id: 'me-1', title: 'Clear invoices', touchpointIds: ['tp-invoice', 'tp-shop'], status: 'planned' }],
};

const measurements = [
  { metricKey: 'tp-web', period: '2025', csi: 80 },
  { metricKey: 'tp-web', period: '2026', csi: 82.5 },
  { metricKey: 'tp-invoice', period: '2025', csi: 58 },
  { metricKey: 'tp-invoice', period: '2026', csi: 66 },
  { metricKey: 'tp-shop', period: '2025', csi: 75 },
];

describe('the CSI colour scale', () => {
  it('is warm below the target and cool from it on, with a step at the target', () => {
    expect(csiColor(40, 70)).toBe(CSI_SCALE.below[0].color);
    expect(csiColor(10, 70)).toBe(CSI_SCALE.below[0].color);
    expect(csiColor(69.9, 70)).not.toBe(csiColor(70, 70));
    expect(csiColor(70, 70)).toBe(CSI_SCALE.above[0].color);
    expect(csiColor(100, 70)).toBe(CSI_SCALE.above[1].color);
    const warm = (hex: string) => parseInt(hex.slice(1, 3), 16) > parseInt(hex.slice(5, 7), 16);
    for (const csi of [30, 45, 55, 62, 69]) expect(warm(csiColor(csi, 70))).toBe(true);
    for (const csi of [70, 75, 85, 95]) expect(warm(csiColor(csi, 70))).toBe(false);
  });

  it('gets lighter as the CSI rises, so that it reads in greyscale too', () => {
    let previous = -1;
    for (let csi = 30; csi <= 100; csi += 1) {
      const value = luminance(csiColor(csi, 70));
      expect(value).toBeGreaterThanOrEqual(previous);
      previous = value;
    }
    expect(luminance(csiColor(90, 70)) - luminance(csiColor(40, 70))).toBeGreaterThan(0.6);
  });

  it('follows the target: the same CSI is warm against a high target and cool against a low one', () => {
    expect(csiPaint(65, 70).below).toBe(true);
    expect(csiPaint(65, 60).below).toBe(false);
  });

  it('picks readable text and a light tint for the card', () => {
    expect(csiPaint(35, 70).ink).toBe('#ffffff');
    expect(csiPaint(85, 70).ink).toBe('#172033');
    for (const csi of [20, 50, 69, 70, 100]) expect(luminance(csiPaint(csi, 70).tint)).toBeGreaterThan(0.6);
  });

  it('mixes colours and draws the legend from the lower to the upper end of the range', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(legendRange(70)).toEqual({ low: 40, high: 90 });
    expect(legendRange(90)).toEqual({ low: 60, high: 100 });
    const gradient = legendGradient(70);
    expect(gradient).toMatch(/^linear-gradient\(90deg, /);
    // The hard step: both sides of the target sit at the same position.
    expect(gradient).toContain(`${CSI_SCALE.below[2].color} 60.00%`);
    expect(gradient).toContain(`${CSI_SCALE.above[0].color} 60.00%`);
  });
});

describe('the comparison', () => {
  it('defaults like the API and falls back when a chosen period has no data', () => {
    const periods = periodsOf([{ period: '2026' }, { period: '2024' }, { period: '2025' }, { period: '2026' }]);
    expect(periods).toEqual(['2024', '2025', '2026']);
    expect(resolveComparison(periods, { period: null, baseline: undefined })).toEqual({ period: null, baseline: undefined });
    expect(resolveComparison(periods, { period: '2025', baseline: '2024' })).toEqual({ period: '2025', baseline: '2024' });
    expect(resolveComparison(periods, { period: '2023', baseline: null })).toEqual({ period: null, baseline: null });
    // A baseline that is gone, or the period itself, goes back to "the one before".
    expect(resolveComparison(periods, { period: '2025', baseline: '2019' })).toEqual({ period: '2025', baseline: undefined });
    expect(resolveComparison(periods, { period: null, baseline: '2026' })).toEqual({ period: null, baseline: undefined });
  });
});

describe('the canvas overlay', () => {
  const insights = computeInsights(map, measurements);
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('de', key, params);
  const overlay = canvasOverlay(insights, (spot) => whiteSpotText(spot, t, 'de'));

  it('gives every card its CSI, delta and colour, and "no data" where there is none', () => {
    expect(overlay.period).toBe('2026');
    expect(overlay.baseline).toBe('2025');
    expect(overlay.cards.get('tp-web')).toMatchObject({ csi: 82.5, baselineCsi: 80, delta: 2.5 });
    expect(overlay.cards.get('tp-web')!.paint!.below).toBe(false);
    expect(overlay.cards.get('tp-invoice')!.paint!.color).toBe(csiColor(66, 70));
    expect(overlay.cards.get('tp-shop')).toMatchObject({ csi: null, delta: null, paint: null });
  });

  it('hangs the white spots on their touchpoints and phases, worded in the reader’s language', () => {
    expect(overlay.phaseSpots.get('ph-3')).toEqual([
      { kind: 'empty-phase', severity: 'medium', text: 'Die Phase „Use“ hat keinen Touchpoint: Wie kommt der Kunde durch sie hindurch?' },
    ]);
    expect(overlay.touchpointSpots.get('tp-shop')!.map((s) => s.kind)).toEqual(['moment-of-truth-at-risk', 'unmeasured']);
    expect(overlay.touchpointSpots.get('tp-web')).toBeUndefined();
    // Linked to a measure: the emotion dip at the invoice is taken care of.
    expect(overlay.touchpointSpots.get('tp-invoice')).toBeUndefined();
  });

  it('counts and groups white spots by severity', () => {
    const spots = [{ severity: 'low' as const }, { severity: 'high' as const }, { severity: 'low' as const }];
    expect(severityCounts(spots)).toEqual({ high: 1, medium: 0, low: 2 });
    expect(bySeverity(spots).map((g) => [g.severity, g.spots.length])).toEqual([
      ['high', 1],
      ['low', 2],
    ]);
  });
});

describe('the effect of a measure', () => {
  it('shows each linked touchpoint before and after, leaving out the unmeasured ones', () => {
    const effects = measureEffects(computeInsights(map, measurements))!;
    expect(effects.period).toBe('2026');
    expect(effects.baseline).toBe('2025');
    expect(measureEffect(['tp-invoice', 'tp-shop', 'tp-gone'], effects.byId)).toEqual([
      { touchpointId: 'tp-invoice', title: 'tp-invoice', baselineCsi: 58, csi: 66, delta: 8 },
      { touchpointId: 'tp-shop', title: 'tp-shop', baselineCsi: 75, csi: null, delta: null },
    ]);
    expect(measureEffects(computeInsights(map, []))).toBeNull();
    expect(measureEffects(null)).toBeNull();
  });
});

describe('dropping a file on the map', () => {
  it('takes drags that carry files, and the first file of a drop', () => {
    expect(carriesFiles(['text/plain'])).toBe(false);
    expect(carriesFiles(['Files', 'application/x-moz-file'])).toBe(true);
    expect(carriesFiles(undefined)).toBe(false);
    const file = { name: 'barometer.csv' } as File;
    expect(droppedFile([file, { name: 'other.csv' } as File])).toBe(file);
    expect(droppedFile([])).toBeNull();
    expect(droppedFile(null)).toBeNull();
  });
});
