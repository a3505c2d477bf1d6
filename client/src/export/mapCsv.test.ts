import { describe, expect, it } from 'vitest';
import type { Touchpoint } from '../../../shared/src/index.js';
import { translate } from '../i18n/translate.js';
import { mapFileName } from '../report/download.js';
import { mapCsv, mapCsvLabels, mapCsvRows } from './mapCsv.js';

function touchpoint(id: string, phaseId: string, title: string, extra: Partial<Touchpoint> = {}): Touchpoint {
  return { id, phaseId, title, channel: 'web', importance: 3, momentOfTruth: false, metricKey: '', expectations: [], emotions: {}, ...extra };
}

const phases = [
  { id: 'p1', name: 'Informieren' },
  { id: 'p2', name: 'Kaufen; vor Ort' },
];
const touchpoints = [
  // Out of journey order on purpose: the second phase's touchpoint comes first in the document.
  touchpoint('b', 'p2', 'Beratung "Premium"', { channel: 'store', importance: 5, momentOfTruth: true, metricKey: 'store.sales' }),
  touchpoint('a', 'p1', 'Website', { metricKey: 'web.home' }),
  touchpoint('c', 'p1', '=HYPERLINK("x")', { channel: 'email', importance: 1 }),
  touchpoint('d', 'gone', 'Orphan'),
];
const insights = {
  period: '2026',
  baseline: '2025',
  touchpoints: [
    { id: 'a', csi: 74.456, delta: -4.7 },
    { id: 'b', csi: 81, delta: 2.25 },
    { id: 'c', csi: null, delta: null },
  ],
};

describe('mapCsvRows', () => {
  it('lists the touchpoints in journey order with their CSI', () => {
    const rows = mapCsvRows({ phases, touchpoints }, insights as never);
    expect(rows.map((r) => [r.number, r.touchpoint, r.phase])).toEqual([
      [1, 'Website', 'Informieren'],
      [2, '=HYPERLINK("x")', 'Informieren'],
      [3, 'Beratung "Premium"', 'Kaufen; vor Ort'],
      [4, 'Orphan', ''],
    ]);
    expect(rows[0]).toMatchObject({ channel: 'web', importance: 3, momentOfTruth: false, metricKey: 'web.home', csi: 74.456, delta: -4.7 });
    expect(rows[2]).toMatchObject({ channel: 'store', importance: 5, momentOfTruth: true, csi: 81, delta: 2.25 });
    expect(rows[3]).toMatchObject({ csi: null, delta: null });
  });

  it('leaves the CSI empty while there are no insights', () => {
    const rows = mapCsvRows({ phases, touchpoints }, null);
    expect(rows.every((r) => r.csi === null && r.delta === null)).toBe(true);
  });
});

describe('mapCsv', () => {
  it('German: semicolons, decimal commas, German headers and channel names, one line per touchpoint', () => {
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('de', key, params);
    const rows = mapCsvRows({ phases, touchpoints }, insights as never);
    const text = mapCsv(rows, mapCsvLabels(t, insights), 'de');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual([
      'Nr.;Phase;Touchpoint;Kanal;Bedeutung;Moment of Truth;Kennzahl-Schlüssel;CSI 2026;Delta zu 2025',
      '1;Informieren;Website;Website;3;nein;web.home;74,46;-4,7',
      `2;Informieren;"'=HYPERLINK(""x"")";E-Mail;1;nein;;;`,
      '3;"Kaufen; vor Ort";"Beratung ""Premium""";Filiale / Shop;5;ja;store.sales;81;2,25',
      '4;;Orphan;Website;3;nein;;;',
      '',
    ]);
  });

  it('English: commas and decimal points; headers without periods when nothing is measured', () => {
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('en', key, params);
    const text = mapCsv(mapCsvRows({ phases, touchpoints: touchpoints.slice(0, 2) }, null), mapCsvLabels(t, null), 'en');
    expect(text.slice(1).split('\r\n')).toEqual([
      '#,Phase,Touchpoint,Channel,Importance,Moment of truth,Metric key,CSI,Delta',
      '1,Informieren,Website,Website,3,no,web.home,,',
      '2,Kaufen; vor Ort,"Beratung ""Premium""",Store / branch,5,yes,store.sales,,',
      '',
    ]);
  });
});

describe('mapFileName', () => {
  it('names the file after the map and the day', () => {
    expect(mapFileName('Kauf eines Neuwagens / Händler', new Date(2026, 2, 5, 23, 59), 'pdf')).toBe('Kauf-eines-Neuwagens-Handler-2026-03-05.pdf');
    expect(mapFileName('  ', new Date(2026, 11, 31), 'png')).toBe('map-2026-12-31.png');
  });
});
