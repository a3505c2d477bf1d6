import { describe, expect, it } from 'vitest';
import { computeInsights, parseMeasurementCsv, type MapDocument } from '../../../shared/src/index.js';
import { translate, type Language } from '../i18n/translate.js';
import { problemText } from './problemText.js';
import { whiteSpotText } from './whiteSpotText.js';

const t = (language: Language) => (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
  translate(language, key, params);

describe('problemText', () => {
  it('translates the parser’s problems and keeps unknown ones as they are', () => {
    const parsed = parseMeasurementCsv('touchpoint;period;csi;n\n;2025;abc;x\nk;;120;5\n');
    const de = parsed.problems.map((p) => problemText(p, t('de')));
    expect(de).toEqual([
      'der Touchpoint-Schlüssel ist leer',
      'der CSI „abc“ ist keine Zahl',
      'n „x“ ist keine positive ganze Zahl',
      'der Zeitraum ist leer',
      'der CSI 120 liegt außerhalb von 0–100',
    ]);
    const missing = parseMeasurementCsv('touchpoint,csi\nk,50\n').problems[0]!;
    expect(problemText(missing, t('en'))).toMatch(/^the column for the period is missing \(accepted headers: period, /);
    expect(problemText({ line: 3, column: 'x', message: 'Invalid input' }, t('de'))).toBe('Invalid input');
  });
});

describe('whiteSpotText', () => {
  const map: MapDocument = {
    format: 'waymark.map',
    version: 1,
    title: 'T',
    personas: [{ id: 'pe-a', name: 'Anna' }],
    phases: [
      { id: 'ph-1', name: 'Kaufen' },
      { id: 'ph-2', name: 'Leer' },
    ],
    touchpoints: [
      { id: 'tp-1', phaseId: 'ph-1', title: 'Beratung', channel: 'store', importance: 5, momentOfTruth: true, metricKey: 'k1', expectations: [], emotions: { 'pe-a': -2 } },
      { id: 'tp-2', phaseId: 'ph-1', title: 'Rechnung', channel: 'letter', importance: 2, momentOfTruth: false, metricKey: 'k2', expectations: [], emotions: {} },
    ],
    measures: [],
  };

  it('explains every kind in German from its params, with decimal commas', () => {
    const insights = computeInsights(map, [
      { metricKey: 'k1', period: '2025', csi: 80 },
      { metricKey: 'k1', period: '2026', csi: 62.5 },
      { metricKey: 'zz', period: '2026', csi: 55 },
    ]);
    const texts = Object.fromEntries(insights.whiteSpots.map((s) => [s.kind, whiteSpotText(s, t('de'), 'de')]));
    expect(texts).toEqual({
      'moment-of-truth-at-risk': 'Der Moment of Truth „Beratung“ hat einen CSI von 62,5, unter dem Ziel 70.',
      underperforming: '„Beratung“ ist wichtig (Bedeutung 5), aber sein CSI 62,5 liegt unter dem Ziel 70.',
      declining: '„Beratung“ ist um 17,5 Punkte gefallen (von 80 auf 62,5).',
      'emotion-dip-without-measure': 'Bei „Beratung“ tut die Reise weh (Anna), und keine Maßnahme kümmert sich darum.',
      'empty-phase': 'Die Phase „Leer“ hat keinen Touchpoint: Wie kommt der Kunde durch sie hindurch?',
      unmeasured: '„Rechnung“ hat im Zeitraum 2026 keinen gemessenen CSI.',
      'unmapped-measurement': '„zz“ wurde im Zeitraum 2026 gemessen (CSI 55), aber kein Touchpoint hat diesen Kennzahl-Schlüssel.',
    });
  });

  it('matches the server’s English message where the wording is the same', () => {
    const insights = computeInsights(map, []);
    for (const spot of insights.whiteSpots) expect(whiteSpotText(spot, t('en'), 'en').replace(/[“”]/g, '"')).toBe(spot.message);
  });
});
