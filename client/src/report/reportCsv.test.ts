import { describe, expect, it } from 'vitest';
import { csvNumber, csvText, reportCsv, type CsvLabels } from './reportCsv.js';
import type { ReportRow } from './reportRows.js';

const labels: CsvLabels = {
  headers: {
    number: '#',
    phase: 'Phase',
    touchpoint: 'Touchpoint',
    metricKey: 'Key',
    importance: 'Importance',
    momentOfTruth: 'MoT',
    csi: 'CSI 2026',
    baseline: 'CSI 2025',
    delta: 'Delta',
    n: 'n',
  },
  yes: 'yes',
  no: 'no',
};
const rows: ReportRow[] = [
  { number: 1, id: 'a', phase: 'Kaufen; vor Ort', touchpoint: 'Beratung "Premium"', metricKey: 'store.sales', importance: 5, momentOfTruth: true, csi: 78.456, baselineCsi: 80, delta: -1.54, n: 1200 },
  { number: 2, id: 'b', phase: 'Service', touchpoint: '=SUM(A1)', metricKey: '', importance: 2, momentOfTruth: false, csi: null, baselineCsi: null, delta: null, n: null },
];

describe('csvNumber and csvText', () => {
  it('writes decimals the way each Excel reads them, without grouping', () => {
    expect(csvNumber(78.456, 'de')).toBe('78,46');
    expect(csvNumber(78.456, 'en')).toBe('78.46');
    expect(csvNumber(1200, 'de')).toBe('1200');
    expect(csvNumber(-1.5, 'de')).toBe('-1,5');
    expect(csvNumber(null, 'en')).toBe('');
  });

  it('quotes when needed and never lets a cell run as a formula', () => {
    expect(csvText('a;b', ';')).toBe('"a;b"');
    expect(csvText('a;b', ',')).toBe('a;b');
    expect(csvText('say "hi"', ',')).toBe('"say ""hi"""');
    expect(csvText('=1+2', ',')).toBe("'=1+2");
    expect(csvText('-x', ';')).toBe("'-x");
  });
});

describe('reportCsv', () => {
  it('German: BOM, semicolons, decimal commas, CRLF', () => {
    const text = reportCsv(rows, labels, 'de');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual([
      '#;Phase;Touchpoint;Key;Importance;MoT;CSI 2026;CSI 2025;Delta;n',
      '1;"Kaufen; vor Ort";"Beratung ""Premium""";store.sales;5;yes;78,46;80;-1,54;1200',
      "2;Service;'=SUM(A1);;2;no;;;;",
      '',
    ]);
  });

  it('English: commas and decimal points', () => {
    const lines = reportCsv(rows, labels, 'en').slice(1).split('\r\n');
    expect(lines[0]).toBe('#,Phase,Touchpoint,Key,Importance,MoT,CSI 2026,CSI 2025,Delta,n');
    expect(lines[1]).toBe('1,Kaufen; vor Ort,"Beratung ""Premium""",store.sales,5,yes,78.46,80,-1.54,1200');
  });
});
