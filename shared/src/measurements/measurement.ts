import { z } from 'zod';

export const CSI_MIN = 0;
export const CSI_MAX = 100;
export const PERIOD_MAX_LENGTH = 64;
export const KEY_MAX_LENGTH = 200;

/** One measured value, as imported: a touchpoint's CSI in a period. */
export interface MeasurementRow {
  /** A touchpoint's metricKey (or id); unmatched keys are kept, they are a white spot. */
  touchpoint: string;
  period: string;
  csi: number;
  n?: number;
}

/** A problem in one row: `line` as a spreadsheet shows it (header = line 1). */
export interface RowProblem {
  line: number;
  column: string;
  message: string;
}

/**
 * Whether a row passes valueProblems, without building its list: the check a million-row import
 * makes per row, so it allocates nothing.
 */
export function rowIsValid(touchpoint: string, period: string, csi: number | null, n: number | null | undefined): boolean {
  return (
    touchpoint !== '' &&
    touchpoint.length <= KEY_MAX_LENGTH &&
    period !== '' &&
    period.length <= PERIOD_MAX_LENGTH &&
    csi !== null &&
    Number.isFinite(csi) &&
    csi >= CSI_MIN &&
    csi <= CSI_MAX &&
    (n === undefined || (n !== null && Number.isInteger(n) && n >= 1))
  );
}

/** Checks one parsed row's values; the same rules for CSV and JSON. */
export function valueProblems(row: {
  touchpoint: string;
  period: string;
  csi: number | null;
  n: number | null | undefined;
}): { column: 'touchpoint' | 'period' | 'csi' | 'n'; message: string }[] {
  const problems: { column: 'touchpoint' | 'period' | 'csi' | 'n'; message: string }[] = [];
  if (row.touchpoint === '') problems.push({ column: 'touchpoint', message: 'the touchpoint key is empty' });
  else if (row.touchpoint.length > KEY_MAX_LENGTH) {
    problems.push({ column: 'touchpoint', message: `the touchpoint key is longer than ${KEY_MAX_LENGTH} characters` });
  }
  if (row.period === '') problems.push({ column: 'period', message: 'the period is empty' });
  else if (row.period.length > PERIOD_MAX_LENGTH) {
    problems.push({ column: 'period', message: `the period is longer than ${PERIOD_MAX_LENGTH} characters` });
  }
  if (row.csi === null || !Number.isFinite(row.csi)) problems.push({ column: 'csi', message: 'the CSI is not a number' });
  else if (row.csi < CSI_MIN || row.csi > CSI_MAX) {
    problems.push({ column: 'csi', message: `the CSI ${row.csi} is outside ${CSI_MIN}–${CSI_MAX}` });
  }
  if (row.n === null) problems.push({ column: 'n', message: 'n is not a positive whole number' });
  else if (row.n !== undefined && (!Number.isInteger(row.n) || row.n < 1)) {
    problems.push({ column: 'n', message: 'n is not a positive whole number' });
  }
  return problems;
}

const jsonRow = z.object({
  touchpoint: z.string(),
  period: z.union([z.string(), z.number()]).transform(String),
  csi: z.union([z.number(), z.string()]),
  n: z.union([z.number(), z.string(), z.null()]).optional(),
});

/**
 * Reads measurements sent as JSON (`[{ touchpoint, period, csi, n }]`). `line` in problems is
 * the 1-based position in the array.
 */
export function parseMeasurementJson(input: unknown): { rows: (MeasurementRow & { line: number })[]; problems: RowProblem[] } {
  if (!Array.isArray(input)) {
    return { rows: [], problems: [{ line: 0, column: '(body)', message: 'expected an array of measurements' }] };
  }
  const rows: (MeasurementRow & { line: number })[] = [];
  const problems: RowProblem[] = [];
  input.forEach((item: unknown, index) => {
    const line = index + 1;
    const parsed = jsonRow.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ line, column: String(issue.path[0] ?? '(row)'), message: issue.message });
      }
      return;
    }
    const value = parsed.data;
    const csi = typeof value.csi === 'number' ? value.csi : parseDecimal(value.csi);
    const n = value.n === undefined || value.n === null || value.n === '' ? undefined : typeof value.n === 'number' ? value.n : parseCount(value.n);
    const row = { touchpoint: value.touchpoint.trim(), period: value.period.trim(), csi, n };
    const rowProblems = valueProblems(row);
    if (rowProblems.length > 0) {
      for (const p of rowProblems) problems.push({ line, ...p });
      return;
    }
    rows.push({ line, touchpoint: row.touchpoint, period: row.period, csi: csi!, ...(n === undefined ? {} : { n: n! }) });
  });
  return { rows, problems };
}

/**
 * `digits` or (with `fraction`) `digits[.,]digits` of at most 15 digits, read without a regular
 * expression or a string; -1 for anything else. The same number as Number(): an integer below
 * 2^53 divided by an exact power of ten is one correctly rounded operation.
 */
function plainNumber(raw: string, fraction: boolean): number {
  const length = raw.length;
  if (length === 0 || length > 16) return -1;
  let digits = 0;
  let scale = 1;
  let separator = -1;
  for (let i = 0; i < length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      digits = digits * 10 + (code - 48);
      if (separator >= 0) scale *= 10;
    } else if (fraction && (code === 44 || code === 46) && separator < 0 && i > 0 && i < length - 1) separator = i;
    else return -1;
  }
  if (length - (separator < 0 ? 0 : 1) > 15) return -1;
  return scale === 1 ? digits : digits / scale;
}

const PLAIN_DECIMAL = /^\d+(?:[.,]\d+)?$/;
const DIGITS = /^\d+$/;

/**
 * A decimal as people type it: `78.5`, `78,5`, `78,5 %`, `1.234,5`, `1,234.5`. The last of `.`
 * and `,` is the decimal separator when both appear. Null when it is not a number.
 */
export function parseDecimal(raw: string): number | null {
  // Most cells are plain `78.5` or `78,5`: the general path below gives the same number, slower.
  const plain = plainNumber(raw, true);
  if (plain >= 0) return plain;
  if (PLAIN_DECIMAL.test(raw)) return Number(raw.replace(',', '.'));
  let text = raw.trim().replace(/\s*%$/, '').replace(/[\s\u00a0']/g, '');
  if (text === '') return null;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    text = text.split(thousands).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    if (text.indexOf(',') !== lastComma) return null;
    text = text.replace(',', '.');
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  return Number(text);
}

/** A sample size: a whole number, possibly with thousands separators (`1.234`, `1,234`). Null if not. */
export function parseCount(raw: string): number | null {
  const plain = plainNumber(raw, false);
  if (plain >= 0) return plain;
  if (DIGITS.test(raw)) return Number(raw);
  const text = raw.trim().replace(/[\s\u00a0']/g, '');
  if (/^\d{1,3}([.,]\d{3})+$/.test(text)) return Number(text.replace(/[.,]/g, ''));
  if (/^\d+$/.test(text)) return Number(text);
  const decimal = parseDecimal(text);
  return decimal === null ? null : decimal;
}
