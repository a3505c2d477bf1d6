import Papa from 'papaparse';
import {
  parseCount,
  parseDecimal,
  rowIsValid,
  valueProblems,
  type MeasurementRow,
  type RowProblem,
} from './measurement.js';

/** The columns a measurement file needs, and the header names accepted for each (lower case). */
export const COLUMN_ALIASES = {
  touchpoint: ['touchpoint', 'metrickey', 'metric key', 'metric_key', 'kontaktpunkt', 'touchpoint id', 'key', 'schlüssel'],
  period: ['period', 'periode', 'zeitraum'],
  csi: ['csi', 'csi (0-100)', 'customer satisfaction index', 'kundenzufriedenheitsindex'],
  n: ['n', 'stichprobe', 'anzahl', 'sample', 'sample size', 'stichprobengröße'],
} as const;
export type MeasurementColumn = keyof typeof COLUMN_ALIASES;
const REQUIRED: MeasurementColumn[] = ['touchpoint', 'period', 'csi'];

export interface CsvParseResult {
  /** The detected separator: `,`, `;` or a tab. */
  delimiter: string;
  /** The header as found in the file. */
  header: string[];
  /** Which header column (index) holds each field; n may be missing. */
  columns: Partial<Record<MeasurementColumn, number>>;
  /** Header columns that are not used. */
  ignoredColumns: string[];
  rows: (MeasurementRow & { line: number })[];
  problems: RowProblem[];
  /** Data rows read (not counting empty lines). */
  rowCount: number;
}

function isBlank(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false;
  return true;
}

function normaliseHeader(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Maps a header row to the measurement columns. */
export function mapColumns(header: string[]): {
  columns: Partial<Record<MeasurementColumn, number>>;
  ignored: string[];
  problems: RowProblem[];
} {
  const columns: Partial<Record<MeasurementColumn, number>> = {};
  const ignored: string[] = [];
  const problems: RowProblem[] = [];
  header.forEach((name, index) => {
    const key = normaliseHeader(name);
    const column = (Object.keys(COLUMN_ALIASES) as MeasurementColumn[]).find((c) =>
      (COLUMN_ALIASES[c] as readonly string[]).includes(key),
    );
    if (column && columns[column] === undefined) columns[column] = index;
    else if (column) problems.push({ line: 1, column: name, message: `the column "${column}" appears twice` });
    else if (key !== '') ignored.push(name.trim());
  });
  for (const column of REQUIRED) {
    if (columns[column] === undefined) {
      problems.push({
        line: 1,
        column,
        message: `missing column "${column}" (accepted headers: ${COLUMN_ALIASES[column].join(', ')})`,
      });
    }
  }
  return { columns, ignored, problems };
}

/**
 * Parses a measurement export as people really have it (survey tools, Excel in English or German
 * locale): BOM or not, `,` `;` or tab (detected), decimal comma or point, quotes, CRLF, empty
 * lines. Every problem is reported with its line as a spreadsheet shows it (header = line 1).
 */
export function parseMeasurementCsv(
  text: string,
  onProgress?: (fraction: number) => void,
  /** Tests turn the plain split off to compare it with Papa reading everything. */
  options: { plainSplit?: boolean } = {},
): CsvParseResult {
  const input = text.replace(/^\uFEFF/, '');
  const result: CsvParseResult = {
    delimiter: ',',
    header: [],
    columns: {},
    ignoredColumns: [],
    rows: [],
    problems: [],
    rowCount: 0,
  };
  let headerSeen = false;
  // Set once: a header problem (missing or doubled column) stops reading rows, whatever follows.
  let headerBroken = false;
  // Line numbers: count the newlines up to the start of each row (quoted fields may span lines).
  let counted = 0;
  let line = 1;
  let rowStart = 0;
  const lineAt = (offset: number) => {
    for (let i = counted; i < offset; i++) if (input.charCodeAt(i) === 10) line++;
    counted = Math.max(counted, offset);
    return line;
  };
  const progressEvery = 50_000;
  // Column indexes, read once the header is known (not looked up per row: a file has a million).
  let touchpointAt = -1;
  let periodAt = -1;
  let csiAt = -1;
  let nAt = -1;
  const cell = (fields: string[], index: number) => (fields[index] ?? '').trim();

  /** One row of fields starting at `rowLine`; `rowEnd` is the offset after it (for progress). */
  const handleRow = (fields: string[], rowLine: number, rowEnd: number): void => {
    if (isBlank(fields)) return;
    if (headerBroken) return;
    result.rowCount++;
    if (onProgress && result.rowCount % progressEvery === 0) onProgress(rowEnd / input.length);
    const touchpoint = cell(fields, touchpointAt);
    const period = cell(fields, periodAt);
    const rawCsi = cell(fields, csiAt);
    const rawN = nAt < 0 ? undefined : cell(fields, nAt);
    const csi = parseDecimal(rawCsi);
    const n = rawN === undefined || rawN === '' ? undefined : parseCount(rawN);
    // The common case, a good row, checked inline; valueProblems words the rest.
    if (csi !== null && rowIsValid(touchpoint, period, csi, n)) {
      result.rows.push(n === undefined || n === null ? { line: rowLine, touchpoint, period, csi } : { line: rowLine, touchpoint, period, csi, n });
      return;
    }
    for (const problem of valueProblems({ touchpoint, period, csi, n })) {
      const index = result.columns[problem.column];
      const header = index === undefined ? problem.column : (result.header[index] ?? problem.column);
      const raw = problem.column === 'csi' ? rawCsi : problem.column === 'n' ? rawN : undefined;
      result.problems.push({
        line: rowLine,
        column: header,
        message: raw !== undefined && raw !== '' && /not a/.test(problem.message) ? `${problem.message}: "${raw}"` : problem.message,
      });
    }
  };

  // Without a quote anywhere, Papa splits lines and fields with plain split() (its "fast mode");
  // the rows after the header are split here the same way, without Papa's per-row step objects,
  // which cost about as much as the checks themselves. Papa still finds the header, the
  // delimiter and the line break.
  const plain = options.plainSplit !== false && input.indexOf('"') === -1;
  // Where the plain split takes over from Papa (-1: Papa reads the whole file).
  let plainFrom = -1;
  let plainNewline = '\n';
  Papa.parse<string[]>(input, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
    step: (step, parser) => {
      const fields = step.data;
      const rowLine = lineAt(rowStart);
      const rowEnd = step.meta.cursor;
      rowStart = rowEnd;
      // The line break after the row belongs to it.
      if (input.charCodeAt(rowStart) === 13) rowStart++;
      if (input.charCodeAt(rowStart) === 10) rowStart++;
      if (headerSeen || isBlank(fields)) {
        handleRow(fields, rowLine, rowEnd);
        return;
      }
      headerSeen = true;
      result.delimiter = step.meta.delimiter;
      result.header = fields.map((f) => f.trim());
      const mapped = mapColumns(fields);
      result.columns = mapped.columns;
      result.ignoredColumns = mapped.ignored;
      result.problems.push(...mapped.problems);
      headerBroken = mapped.problems.length > 0;
      touchpointAt = mapped.columns.touchpoint ?? -1;
      periodAt = mapped.columns.period ?? -1;
      csiAt = mapped.columns.csi ?? -1;
      nAt = mapped.columns.n ?? -1;
      const newline = step.meta.linebreak;
      if (plain && !headerBroken && (newline === '\n' || newline === '\r\n') && rowEnd < input.length) {
        plainFrom = rowStart;
        plainNewline = newline;
        parser.abort();
      }
    },
  });
  if (plainFrom >= 0) splitPlainRows(input, plainFrom, plainNewline, result.delimiter, lineAt(plainFrom), handleRow);
  if (!headerSeen) result.problems.push({ line: 1, column: '(file)', message: 'the file is empty' });
  onProgress?.(1);
  return result;
}

/**
 * The rows of quote-free text from `from` on, split as Papa's fast mode splits them (lines at
 * `newline`, fields at `delimiter`). Line numbers count every `\n`, as `lineAt` does.
 */
function splitPlainRows(
  input: string,
  from: number,
  newline: string,
  delimiter: string,
  firstLine: number,
  onRow: (fields: string[], rowLine: number, rowEnd: number) => void,
): void {
  let line = firstLine;
  let start = from;
  const crlf = newline === '\r\n';
  for (;;) {
    let end = input.indexOf(newline, start);
    if (end < 0) end = input.length;
    const text = input.slice(start, end);
    onRow(text.split(delimiter), line, end);
    line++;
    // A lone \n inside a CRLF file stays in its row (as in Papa) but is a line of the spreadsheet.
    if (crlf) for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) line++;
    if (end >= input.length) return;
    start = end + newline.length;
  }
}
