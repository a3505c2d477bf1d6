import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/open.js';
import type { RunningServer } from '../src/server.js';
import { api, startTestServer, tempDir } from './harness.js';

const MIGRATIONS = fileURLToPath(new URL('../drizzle', import.meta.url));
/** The last migration before measurements became a WITHOUT ROWID table keyed by map, period, key. */
const BEFORE = '0005_history';

/** A copy of the migrations folder that ends at `lastTag`: a database as an older release left it. */
function migrationsUpTo(dir: string, lastTag: string): string {
  const out = join(dir, 'migrations');
  mkdirSync(join(out, 'meta'), { recursive: true });
  const journal = JSON.parse(readFileSync(join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as {
    entries: { idx: number; tag: string }[];
  };
  const last = journal.entries.findIndex((entry) => entry.tag === lastTag);
  journal.entries = journal.entries.slice(0, last + 1);
  writeFileSync(join(out, 'meta', '_journal.json'), JSON.stringify(journal));
  for (const entry of journal.entries) copyFileSync(join(MIGRATIONS, `${entry.tag}.sql`), join(out, `${entry.tag}.sql`));
  return out;
}

const MAP = 'oldmap';
const PERIODS = ['2024', '2025', '2026'];
const KEYS = ['web.homepage', 'dealer.visit', 'not.on.the.map'];

describe('migration 0006: measurements keyed by (map, period, key)', () => {
  let temp: ReturnType<typeof tempDir>;
  let server: RunningServer | undefined;
  const dbPath = () => join(temp.dir, 'waymark.db');

  beforeAll(() => {
    temp = tempDir();
    const old = new Database(dbPath());
    old.pragma('journal_mode = WAL');
    migrate(drizzle(old), { migrationsFolder: migrationsUpTo(temp.dir, BEFORE) });
    expect(readdirSync(join(temp.dir, 'migrations')).filter((f) => f.endsWith('.sql'))).toHaveLength(6);
    old.prepare('INSERT INTO maps (id, title, created_at, updated_at) VALUES (?, ?, 1, 1)').run(MAP, 'Old map');
    const insert = old.prepare(
      'INSERT INTO measurements (map_id, metric_key, period, csi, n, source, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    // Inserted out of key order, as an older release stored them.
    for (const key of KEYS) PERIODS.forEach((period, i) => insert.run(MAP, key, period, 60 + i, i === 0 ? null : 100 * i, 'csv', 1_700_000_000_000));
    old.close();
  });
  afterAll(async () => {
    await server?.close();
    temp.remove();
  });

  it('keeps every row, and the queries of the service use the key', () => {
    const db = openDatabase(dbPath());
    try {
      const sqlite = db.$client;
      expect(sqlite.prepare('SELECT count(*) AS c FROM measurements').get()).toEqual({ c: 9 });
      const ddl = (sqlite.prepare("SELECT sql FROM sqlite_master WHERE name = 'measurements'").get() as { sql: string }).sql;
      expect(ddl).toMatch(/WITHOUT ROWID/);
      expect(sqlite.prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'measurements' AND type = 'index' AND sql IS NOT NULL").all()).toEqual([]);
      const plan = (query: string, ...params: string[]) =>
        (sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all(MAP, ...params) as { detail: string }[]).map((r) => r.detail).join(' | ');
      // list (with and without a period), deletePeriod, insights and the overlay: a search, never a scan or a sort.
      expect(plan('SELECT * FROM measurements WHERE map_id = ? AND period = ? ORDER BY period, metric_key', '2025')).toBe(
        'SEARCH measurements USING PRIMARY KEY (map_id=? AND period=?)',
      );
      expect(plan('SELECT * FROM measurements WHERE map_id = ? ORDER BY period, metric_key')).toBe(
        'SEARCH measurements USING PRIMARY KEY (map_id=?)',
      );
      expect(plan('DELETE FROM measurements WHERE map_id = ? AND period = ?', '2025')).toBe(
        'SEARCH measurements USING PRIMARY KEY (map_id=? AND period=?)',
      );
      expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.$client.close();
    }
  });

  it('answers list, filters, insights, re-import and delete on the migrated rows', async () => {
    server = await startTestServer(temp.dir);
    const base = server.url;
    const all = (await api(base, 'GET', `/api/maps/${MAP}/measurements`)).json as { metricKey: string; period: string; csi: number; n: number | null }[];
    expect(all.map((m) => `${m.period}:${m.metricKey}`)).toEqual(
      PERIODS.flatMap((period) => [...KEYS].sort().map((key) => `${period}:${key}`)),
    );
    expect(all[0]).toMatchObject({ csi: 60, n: null, source: 'csv', importedAt: new Date(1_700_000_000_000).toISOString() });
    expect((await api(base, 'GET', `/api/maps/${MAP}/measurements?period=2025`)).json).toHaveLength(3);
    expect((await api(base, 'GET', `/api/maps/${MAP}/measurements?key=dealer.visit`)).json).toHaveLength(3);
    const insights = (await api(base, 'GET', `/api/maps/${MAP}/insights`)).json as { periods: string[]; period: string };
    expect(insights).toMatchObject({ periods: PERIODS, period: '2026' });

    const csv = 'touchpoint,period,csi,n\nweb.homepage,2026,99,5\nweb.homepage,2027,50,5\n';
    const res = await fetch(`${base}/api/maps/${MAP}/measurements`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv });
    expect(res.status).toBe(200);
    const after = (await api(base, 'GET', `/api/maps/${MAP}/measurements?key=web.homepage`)).json as { period: string; csi: number }[];
    expect(after.map((m) => `${m.period}=${m.csi}`)).toEqual(['2024=60', '2025=61', '2026=99', '2027=50']);

    expect((await api(base, 'DELETE', `/api/maps/${MAP}/measurements?period=2024`)).json).toEqual({ deleted: 3 });
    expect((await api(base, 'GET', `/api/maps/${MAP}/measurements`)).json).toHaveLength(7);
  });
});
