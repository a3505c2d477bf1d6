import {
  touchpointsByKey,
  type CsvParseResult,
  type MeasurementColumn,
  type MeasurementRow,
  type RowProblem,
  type Touchpoint,
} from '../../../shared/src/index.js';

/** How many rows the preview shows, problems it lists and unmatched keys it names. */
export const PREVIEW_ROWS = 8;
export const LISTED_PROBLEMS = 500;
export const LISTED_KEYS = 200;
export const LISTED_PERIODS = 24;

export type FileKind = 'csv' | 'json';
export type DelimiterName = 'comma' | 'semicolon' | 'tab';

/** What the browser learnt from a measurement file before anything is sent. */
export interface ImportSummary {
  kind: FileKind;
  /** CSV only: the detected separator. */
  delimiter: DelimiterName | null;
  /** CSV only: the header as found, with the measurement column each header cell feeds. */
  header: { name: string; column: MeasurementColumn | null }[];
  ignoredColumns: string[];
  /** The first valid rows, as understood. */
  preview: (MeasurementRow & { line: number })[];
  /** Rows read, good and bad. */
  rowCount: number;
  validRows: number;
  /** The first LISTED_PROBLEMS problems; problemCount has them all. */
  problems: RowProblem[];
  problemCount: number;
  /** The file cannot be imported at all (missing columns, empty, not an array): nothing to skip. */
  fatal: boolean;
  /** The first LISTED_PERIODS periods (ascending); periodCount has them all. */
  periods: { period: string; rows: number }[];
  periodCount: number;
  /** Keys that name a touchpoint, with their number of rows. */
  matchedKeys: { key: string; rows: number }[];
  /** The first LISTED_KEYS keys that name no touchpoint; unmatchedKeyCount has them all. */
  unmatchedKeys: { key: string; rows: number }[];
  unmatchedKeyCount: number;
}

/** Whether a file is read as JSON (by its name or type) or as CSV (everything else). */
export function fileKind(file: { name: string; type: string }): FileKind {
  return /\.json$/i.test(file.name) || file.type === 'application/json' ? 'json' : 'csv';
}

/** The Content-Type to upload a file of this kind with. */
export function contentTypeOf(kind: FileKind): string {
  return kind === 'json' ? 'application/json' : 'text/csv';
}

/** The separator as a word the UI can translate. */
export function delimiterName(delimiter: string): DelimiterName {
  return delimiter === ';' ? 'semicolon' : delimiter === '\t' ? 'tab' : 'comma';
}

/** Counts rows per period and per key; keys are split into those that name a touchpoint and the rest. */
export function summariseRows(
  rows: readonly (MeasurementRow & { line: number })[],
  knownKeys: ReadonlySet<string>,
): Pick<ImportSummary, 'preview' | 'validRows' | 'periods' | 'periodCount' | 'matchedKeys' | 'unmatchedKeys' | 'unmatchedKeyCount'> {
  const perPeriod = new Map<string, number>();
  const perKey = new Map<string, number>();
  for (const row of rows) {
    perPeriod.set(row.period, (perPeriod.get(row.period) ?? 0) + 1);
    perKey.set(row.touchpoint, (perKey.get(row.touchpoint) ?? 0) + 1);
  }
  const matchedKeys: { key: string; rows: number }[] = [];
  const unmatched: { key: string; rows: number }[] = [];
  for (const [key, count] of perKey) (knownKeys.has(key) ? matchedKeys : unmatched).push({ key, rows: count });
  const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return {
    preview: rows.slice(0, PREVIEW_ROWS),
    validRows: rows.length,
    periods: [...perPeriod]
      .map(([period, count]) => ({ period, rows: count }))
      .sort((a, b) => (a.period < b.period ? -1 : 1))
      .slice(0, LISTED_PERIODS),
    periodCount: perPeriod.size,
    matchedKeys: matchedKeys.sort(byKey),
    unmatchedKeys: unmatched.sort(byKey).slice(0, LISTED_KEYS),
    unmatchedKeyCount: unmatched.length,
  };
}

/** The summary of a parsed CSV file. */
export function summariseCsv(parsed: CsvParseResult, knownKeys: ReadonlySet<string>): ImportSummary {
  const columnOf = new Map<number, MeasurementColumn>();
  for (const [column, index] of Object.entries(parsed.columns) as [MeasurementColumn, number][]) columnOf.set(index, column);
  return {
    kind: 'csv',
    delimiter: delimiterName(parsed.delimiter),
    header: parsed.header.map((name, index) => ({ name, column: columnOf.get(index) ?? null })),
    ignoredColumns: parsed.ignoredColumns,
    rowCount: parsed.rowCount,
    problems: parsed.problems.slice(0, LISTED_PROBLEMS),
    problemCount: parsed.problems.length,
    // The same rule as the server's: a problem with the header or the file cannot be skipped.
    fatal: parsed.problems.some((p) => p.line === 1 || p.column === '(file)'),
    ...summariseRows(parsed.rows, knownKeys),
  };
}

/** The summary of a parsed JSON file (`[{ touchpoint, period, csi, n }]`). */
export function summariseJson(
  parsed: { rows: (MeasurementRow & { line: number })[]; problems: RowProblem[] },
  rowCount: number,
  knownKeys: ReadonlySet<string>,
): ImportSummary {
  return {
    kind: 'json',
    delimiter: null,
    header: [],
    ignoredColumns: [],
    rowCount,
    problems: parsed.problems.slice(0, LISTED_PROBLEMS),
    problemCount: parsed.problems.length,
    fatal: parsed.problems.some((p) => p.column === '(body)' || p.column === '(file)'),
    ...summariseRows(parsed.rows, knownKeys),
  };
}

/** Every key that names a touchpoint of the map: metric keys first, then ids (the server's rule). */
export function knownKeysOf(touchpoints: readonly Touchpoint[]): string[] {
  return [...touchpointsByKey(touchpoints).keys()];
}

/** For each matched key, the touchpoints it feeds and whether it matched by metric key or by id. */
export function describeMatches(
  keys: readonly { key: string; rows: number }[],
  touchpoints: readonly Touchpoint[],
): { key: string; rows: number; by: 'metricKey' | 'id'; touchpoints: Touchpoint[] }[] {
  const byKey = touchpointsByKey(touchpoints);
  return keys.flatMap(({ key, rows }) => {
    const matched = byKey.get(key);
    if (!matched) return [];
    return [{ key, rows, by: matched.some((tp) => tp.metricKey === key) ? 'metricKey' : 'id', touchpoints: matched }];
  });
}

/** Touchpoints that no key of the file measures (they stay unmeasured in its periods). */
export function unmeasuredTouchpoints(keys: readonly { key: string }[], touchpoints: readonly Touchpoint[]): Touchpoint[] {
  const byKey = touchpointsByKey(touchpoints);
  const measured = new Set<string>();
  for (const { key } of keys) for (const tp of byKey.get(key) ?? []) measured.add(tp.id);
  return touchpoints.filter((tp) => !measured.has(tp.id));
}
