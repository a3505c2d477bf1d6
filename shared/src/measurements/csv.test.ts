import { describe, expect, it } from 'vitest';
import { parseMeasurementCsv } from './csv.js';
import { parseCount, parseDecimal, parseMeasurementJson, rowIsValid, valueProblems } from './measurement.js';

describe('parseMeasurementCsv', () => {
  it('reads a German Excel export: BOM, semicolons, decimal commas, CRLF, German headers', () => {
    const csv = '\uFEFFKontaktpunkt;Zeitraum;CSI;Stichprobe\r\nweb.home;2025;78,5;1.234\r\nstore.reception;2025;61;87\r\n';
    const result = parseMeasurementCsv(csv);
    expect(result.delimiter).toBe(';');
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      { line: 2, touchpoint: 'web.home', period: '2025', csi: 78.5, n: 1234 },
      { line: 3, touchpoint: 'store.reception', period: '2025', csi: 61, n: 87 },
    ]);
  });

  it('reads comma and tab files with quoted separators, case-insensitive English headers and no n', () => {
    const comma = 'TouchPoint,PERIOD,Csi,Comment\n"web,home",2026-Q1,"71.25","Good, overall"\n';
    expect(parseMeasurementCsv(comma)).toMatchObject({
      delimiter: ',',
      ignoredColumns: ['Comment'],
      problems: [],
      rows: [{ line: 2, touchpoint: 'web,home', period: '2026-Q1', csi: 71.25 }],
    });
    const tab = 'metricKey\tperiod\tcsi\tn\nweb.home\t2026-03\t80\t\n';
    expect(parseMeasurementCsv(tab)).toMatchObject({
      delimiter: '\t',
      problems: [],
      rows: [{ line: 2, touchpoint: 'web.home', period: '2026-03', csi: 80 }],
    });
  });

  it('numbers lines as a spreadsheet does, across empty lines and quoted line breaks', () => {
    const csv = 'touchpoint;period;csi\n\na;2025;50\n"multi\nline";2025;x\n\n\nb;;101\n';
    const result = parseMeasurementCsv(csv);
    expect(result.rows).toEqual([{ line: 3, touchpoint: 'a', period: '2025', csi: 50 }]);
    expect(result.problems).toEqual([
      { line: 4, column: 'csi', message: 'the CSI is not a number: "x"' },
      { line: 8, column: 'period', message: 'the period is empty' },
      { line: 8, column: 'csi', message: 'the CSI 101 is outside 0–100' },
    ]);
  });

  it('reports every bad value: CSI out of range or not a number, empty key, bad n', () => {
    const csv = ['touchpoint,period,csi,n', ',2025,50,10', 'a,2025,-1,10', 'b,2025,100,0', 'c,2025,0,2.5', 'd,2025,100,1'].join('\n');
    const result = parseMeasurementCsv(csv);
    expect(result.problems.map((p) => [p.line, p.column])).toEqual([
      [2, 'touchpoint'],
      [3, 'csi'],
      [4, 'n'],
      [5, 'n'],
    ]);
    expect(result.rows.map((r) => r.touchpoint)).toEqual(['d']);
  });

  it('refuses a file with wrong columns, saying which are missing', () => {
    const result = parseMeasurementCsv('name;value\nx;1\n');
    expect(result.rows).toEqual([]);
    expect(result.problems.map((p) => p.column)).toEqual(['touchpoint', 'period', 'csi']);
    expect(result.problems[0]!.message).toMatch(/missing column "touchpoint".*Kontaktpunkt/i);
    expect(parseMeasurementCsv('').problems).toEqual([{ line: 1, column: '(file)', message: 'the file is empty' }]);
  });
});

describe('the per-row fast paths of a large import', () => {
  it('splits quote-free files exactly as Papa does: rows, lines, problems, blank and odd line breaks', () => {
    let seed = 1;
    const pick = <T>(items: readonly T[]): T => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return items[seed % items.length]!;
    };
    const headers = ['touchpoint;period;csi;n', 'touchpoint,period,csi', 'Kontaktpunkt\tZeitraum\tCSI\tStichprobe', '\uFEFFkey;periode;csi', 'a;b', ''];
    const bits = ['web.home', '2025', '78,5', '1.234', '50', '101', 'x', '', ' ', ';', ',', '\t', '\r\n', '\n', '\r', '0', '99.9'];
    for (let i = 0; i < 3000; i++) {
      const newline = pick(['\n', '\r\n']);
      let text = pick(['', '', newline]) + pick(headers) + newline;
      for (let row = pick([0, 1, 3, 8]); row > 0; row--) {
        for (let part = pick([1, 3, 5, 7]); part > 0; part--) text += pick(bits);
        text += pick([newline, newline, '']);
      }
      expect(parseMeasurementCsv(text), JSON.stringify(text)).toEqual(parseMeasurementCsv(text, undefined, { plainSplit: false }));
    }
  });

  it('rowIsValid agrees with valueProblems', () => {
    const keys = ['', 'web.homepage', 'k'.repeat(200), 'k'.repeat(201)];
    const periods = ['', '2025-01', 'p'.repeat(64), 'p'.repeat(65)];
    const csis = [null, Number.NaN, Number.POSITIVE_INFINITY, -0.1, 0, 78.5, 100, 100.01];
    const ns = [undefined, null, 0, 1, 2.5, 87, -3];
    for (const touchpoint of keys)
      for (const period of periods)
        for (const csi of csis)
          for (const n of ns) {
            const row = { touchpoint, period, csi, n };
            expect(rowIsValid(touchpoint, period, csi, n), JSON.stringify(row)).toBe(valueProblems(row).length === 0);
          }
  });

  it('reads plain decimals and counts as the general rules do', () => {
    for (const [raw, value] of [['78', 78], ['78.5', 78.5], ['78,5', 78.5], ['0078,50', 78.5], ['1,234', 1.234]] as const) {
      expect(parseDecimal(raw)).toBe(value);
    }
    expect(parseCount('0087')).toBe(87);
    expect(parseCount('1.234')).toBe(1234);
    // The digit scan gives exactly Number()'s double, up to 15 digits and beyond.
    for (const raw of ['0,1', '0.3', '99.99', '33,333333', '123456789012345', '1234567.12345678', '12345678901234.5', '9007199254740993']) {
      expect(parseDecimal(raw)).toBe(Number(raw.replace(',', '.')));
    }
  });

  it('lists every bad row of a long file, and reads none once the header is wrong', () => {
    const bad = Array.from({ length: 20_000 }, (_, i) => `k${i};2025;x`).join('\n');
    const result = parseMeasurementCsv(`touchpoint;period;csi\n${bad}\nk;2025;70`);
    expect(result.problems).toHaveLength(20_000);
    expect(result.problems[19_999]).toEqual({ line: 20_001, column: 'csi', message: 'the CSI is not a number: "x"' });
    expect(result.rows).toEqual([{ line: 20_002, touchpoint: 'k', period: '2025', csi: 70 }]);
    const broken = parseMeasurementCsv(`touchpoint;csi\n${bad}`);
    expect(broken.rows).toEqual([]);
    expect(broken.rowCount).toBe(0);
    expect(broken.problems.map((p) => p.line)).toEqual([1]);
  });
});

describe('number formats', () => {
  it('parses decimals in both locales', () => {
    expect(parseDecimal('78,5')).toBe(78.5);
    expect(parseDecimal(' 78.5 ')).toBe(78.5);
    expect(parseDecimal('78,5 %')).toBe(78.5);
    expect(parseDecimal('1.234,5')).toBe(1234.5);
    expect(parseDecimal('1,234.5')).toBe(1234.5);
    expect(parseDecimal('7,8,9')).toBeNull();
    expect(parseDecimal('abc')).toBeNull();
    expect(parseDecimal('')).toBeNull();
  });

  it('parses counts with thousands separators', () => {
    expect(parseCount('1.234')).toBe(1234);
    expect(parseCount('1,234')).toBe(1234);
    expect(parseCount('87')).toBe(87);
    expect(parseCount('2.5')).toBe(2.5);
    expect(parseCount('x')).toBeNull();
  });
});

describe('parseMeasurementJson', () => {
  it('reads valid rows and reports bad ones by position', () => {
    const result = parseMeasurementJson([
      { touchpoint: 'a', period: '2025', csi: 70, n: 12 },
      { touchpoint: 'b', period: 2026, csi: '65,5' },
      { touchpoint: '', period: '2025', csi: 150 },
      { period: '2025', csi: 1 },
    ]);
    expect(result.rows).toEqual([
      { line: 1, touchpoint: 'a', period: '2025', csi: 70, n: 12 },
      { line: 2, touchpoint: 'b', period: '2026', csi: 65.5 },
    ]);
    expect(result.problems.map((p) => [p.line, p.column])).toEqual([
      [3, 'touchpoint'],
      [3, 'csi'],
      [4, 'touchpoint'],
    ]);
    expect(parseMeasurementJson({}).problems[0]!.message).toMatch(/array/);
  });
});
