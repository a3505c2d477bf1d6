import { describe, expect, it } from 'vitest';
import { parseMeasurementCsv, parseMeasurementJson, type Touchpoint } from '../../../shared/src/index.js';
import {
  LISTED_KEYS,
  PREVIEW_ROWS,
  contentTypeOf,
  delimiterName,
  describeMatches,
  fileKind,
  knownKeysOf,
  summariseCsv,
  summariseJson,
  summariseRows,
  unmeasuredTouchpoints,
} from './importSummary.js';

const tp = (id: string, metricKey: string, title = id): Touchpoint => ({
  id,
  phaseId: 'ph',
  title,
  channel: 'web',
  importance: 3,
  momentOfTruth: false,
  metricKey,
  expectations: [],
  emotions: {},
});
const touchpoints = [tp('tp-home', 'web.homepage', 'Homepage'), tp('tp-shop', '', 'Shop'), tp('tp-call', 'phone.hotline', 'Hotline')];

describe('fileKind and delimiterName', () => {
  it('reads .json and application/json as JSON, everything else as CSV', () => {
    expect(fileKind({ name: 'Messwerte.JSON', type: '' })).toBe('json');
    expect(fileKind({ name: 'data', type: 'application/json' })).toBe('json');
    expect(fileKind({ name: 'export.csv', type: 'application/vnd.ms-excel' })).toBe('csv');
    expect(fileKind({ name: 'export.txt', type: 'text/plain' })).toBe('csv');
    expect(contentTypeOf('json')).toBe('application/json');
    expect(contentTypeOf('csv')).toBe('text/csv');
  });

  it('names the separators', () => {
    expect(delimiterName(';')).toBe('semicolon');
    expect(delimiterName('\t')).toBe('tab');
    expect(delimiterName(',')).toBe('comma');
  });
});

describe('summariseCsv', () => {
  it('understands a German Excel export and matches keys by metric key, then id', () => {
    const text = '\uFEFFKontaktpunkt;Zeitraum;CSI;Stichprobe;Kommentar\r\nweb.homepage;2025;78,5;1.200;gut\r\ntp-shop;2025;61;87;\r\nweb.unknown;2026;70;10;\r\nweb.homepage;2026;80;1.300;\r\n';
    const summary = summariseCsv(parseMeasurementCsv(text), new Set(knownKeysOf(touchpoints)));
    expect(summary.kind).toBe('csv');
    expect(summary.delimiter).toBe('semicolon');
    expect(summary.header.map((h) => h.column)).toEqual(['touchpoint', 'period', 'csi', 'n', null]);
    expect(summary.ignoredColumns).toEqual(['Kommentar']);
    expect(summary.rowCount).toBe(4);
    expect(summary.validRows).toBe(4);
    expect(summary.problemCount).toBe(0);
    expect(summary.fatal).toBe(false);
    expect(summary.preview[0]).toEqual({ line: 2, touchpoint: 'web.homepage', period: '2025', csi: 78.5, n: 1200 });
    expect(summary.periods).toEqual([
      { period: '2025', rows: 2 },
      { period: '2026', rows: 2 },
    ]);
    expect(summary.matchedKeys).toEqual([
      { key: 'tp-shop', rows: 1 },
      { key: 'web.homepage', rows: 2 },
    ]);
    expect(summary.unmatchedKeys).toEqual([{ key: 'web.unknown', rows: 1 }]);
    const matches = describeMatches(summary.matchedKeys, touchpoints);
    expect(matches.map((m) => [m.key, m.by, m.touchpoints.map((t) => t.id)])).toEqual([
      ['tp-shop', 'id', ['tp-shop']],
      ['web.homepage', 'metricKey', ['tp-home']],
    ]);
    expect(unmeasuredTouchpoints(summary.matchedKeys, touchpoints).map((t) => t.id)).toEqual(['tp-call']);
  });

  it('keeps the good rows, lists the bad ones by line and marks header problems as fatal', () => {
    const bad = summariseCsv(parseMeasurementCsv('touchpoint,period,csi\nweb.homepage,2025,abc\nweb.homepage,2026,71\n'), new Set());
    expect(bad.problems).toEqual([{ line: 2, column: 'csi', message: 'the CSI is not a number: "abc"' }]);
    expect(bad.validRows).toBe(1);
    expect(bad.fatal).toBe(false);
    const missing = summariseCsv(parseMeasurementCsv('touchpoint,period\nx,2025\n'), new Set());
    expect(missing.fatal).toBe(true);
    expect(summariseCsv(parseMeasurementCsv(''), new Set()).fatal).toBe(true);
  });
});

describe('summariseJson and summariseRows', () => {
  it('summarises JSON rows; a body that is not an array is fatal', () => {
    const rows = [{ touchpoint: 'web.homepage', period: 2025, csi: '77,5' }, { touchpoint: '', period: '2025', csi: 50 }];
    const summary = summariseJson(parseMeasurementJson(rows), rows.length, new Set(['web.homepage']));
    expect(summary.validRows).toBe(1);
    expect(summary.problems[0]).toMatchObject({ line: 2, column: 'touchpoint' });
    expect(summary.fatal).toBe(false);
    expect(summariseJson(parseMeasurementJson({}), 0, new Set()).fatal).toBe(true);
  });

  it('caps the preview and the listed unmatched keys but counts them all', () => {
    const rows = Array.from({ length: LISTED_KEYS + 50 }, (_, i) => ({ line: i + 2, touchpoint: `k${i}`, period: '2025', csi: 50 }));
    const summary = summariseRows(rows, new Set(['k0']));
    expect(summary.preview).toHaveLength(PREVIEW_ROWS);
    expect(summary.matchedKeys).toEqual([{ key: 'k0', rows: 1 }]);
    expect(summary.unmatchedKeys).toHaveLength(LISTED_KEYS);
    expect(summary.unmatchedKeyCount).toBe(LISTED_KEYS + 49);
  });
});
