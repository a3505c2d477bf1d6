import Database from 'better-sqlite3';
import { join } from 'node:path';
import { parseMeasurementCsv } from '../../shared/src/index.js';
import { knownKeysOf, summariseCsv } from '../../client/src/measurements/importSummary.js';
import { DEFAULTS } from '../../server/src/config.js';
import type { ServerProcess } from '../../server/test/harness.js';
import type { BenchContext, Figure } from '../lib/figures.js';
import { dailyPeriods, measurementCsv, metricKeys, scaledMap } from './data.js';

/** The budget of issue 7: a 1,000,000-row CSV imported in at most 10 s. */
const IMPORT_BUDGET_MS = 10_000;

/** Sizes of the import: keys × periods rows, every (key, period) once so that every row lands. */
export interface ImportSize {
  touchpoints: number;
  periods: number;
}

/** Creates a map over the HTTP API; resolves to its id. */
export async function createMap(url: string, map: unknown): Promise<string> {
  const response = await fetch(`${url}/api/maps/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(map),
  });
  if (response.status !== 201) throw new Error(`creating the map failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/**
 * The import as the UI makes it: the worker decodes the file, runs the shared parser and
 * summarises for the preview; then the file's bytes (not the rows) go to POST /measurements,
 * where the server parses them again and stores them in one transaction.
 */
export async function measureCsvImport(
  server: ServerProcess,
  dataDir: string,
  size: ImportSize,
  context: BenchContext,
): Promise<Figure[]> {
  const rows = size.touchpoints * size.periods;
  const map = scaledMap(size.touchpoints);
  const mapId = await createMap(server.url, map);
  const keys = metricKeys(map);
  // The browser holds the file as bytes; encoding is not part of the import.
  const file = Buffer.from(measurementCsv(keys, dailyPeriods(size.periods), 'german'));
  context.log(`CSV: ${rows.toLocaleString('en-US')} rows, ${(file.byteLength / 2 ** 20).toFixed(1)} MiB (German Excel dialect)`);
  if (file.byteLength > DEFAULTS.maxUploadBytes) {
    throw new Error(`the file (${file.byteLength} bytes) is over the default upload limit ${DEFAULTS.maxUploadBytes}`);
  }

  // What csvWorker.ts does with the file, on this thread.
  const parseStarted = performance.now();
  let progressReports = 0;
  const parsed = parseMeasurementCsv(new TextDecoder().decode(file), () => progressReports++);
  const summary = summariseCsv(parsed, new Set(knownKeysOf(map.touchpoints)));
  const parseMs = performance.now() - parseStarted;
  if (summary.validRows !== rows || summary.problemCount !== 0) {
    throw new Error(`the parser read ${summary.validRows} good rows and ${summary.problemCount} problems, expected ${rows} and 0`);
  }
  context.log(`parsed in ${parseMs.toFixed(0)} ms with ${progressReports} progress reports; uploading`);

  const uploadStarted = performance.now();
  const response = await fetch(`${server.url}/api/maps/${mapId}/measurements`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv' },
    body: file,
  });
  const result = (await response.json()) as { imported?: number; periods?: string[]; unmatchedKeys?: string[] };
  const uploadMs = performance.now() - uploadStarted;
  if (response.status !== 200 || result.imported !== rows) {
    throw new Error(`the upload answered ${response.status}: ${JSON.stringify(result).slice(0, 500)}`);
  }
  const stored = storedRows(join(dataDir, 'waymark.db'), mapId);
  if (stored !== rows) throw new Error(`${stored} rows are stored, expected ${rows}`);
  context.log(`uploaded and imported in ${uploadMs.toFixed(0)} ms; ${stored} rows in SQLite`);

  const label = rows >= 1_000_000 ? `${rows / 1_000_000}M` : rows.toLocaleString('en-US');
  const budget = rows >= 1_000_000 ? { max: IMPORT_BUDGET_MS, text: '≤ 10 s' } : undefined;
  return [
    {
      name: `CSV ${label} rows: parse (worker's code)`,
      value: parseMs,
      unit: 'ms',
      note: `decode + shared parser + preview summary, ${progressReports} progress reports`,
    },
    {
      name: `CSV ${label} rows: upload + server import`,
      value: uploadMs,
      unit: 'ms',
      note: `${(file.byteLength / 2 ** 20).toFixed(1)} MiB over HTTP, parsed again and stored in one transaction`,
    },
    {
      name: `CSV ${label} rows: total`,
      value: parseMs + uploadMs,
      unit: 'ms',
      ...(budget ? { budget } : {}),
      note: `${size.touchpoints} keys × ${size.periods} periods, all ${stored} rows stored; upload limit ${DEFAULTS.maxUploadBytes / 2 ** 20} MiB`,
    },
  ];
}

/** Rows of a map in the server's SQLite file, read beside the running server (WAL allows it). */
function storedRows(dbPath: string, mapId: string): number {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT count(*) AS count FROM measurements WHERE map_id = ?').get(mapId) as { count: number };
    return row.count;
  } finally {
    db.close();
  }
}
