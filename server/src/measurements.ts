import type { Statement } from 'better-sqlite3';
import { and, asc, eq } from 'drizzle-orm';
import {
  bumpMeasurementsRevision,
  computeInsights,
  type Insights,
  type Measurement,
  type MeasurementRow,
} from '../../shared/src/index.js';
import type { WaymarkDatabase } from './db/open.js';
import { measurements } from './db/schema.js';
import type { MapService } from './maps.js';
import type { Rooms } from './sync/rooms.js';

/** From this many rows, an import's checkpoint is left for after the response. */
const LARGE_IMPORT_ROWS = 10_000;
/** Long enough for the response to be written before the checkpoint takes the thread. */
const CHECKPOINT_DELAY_MS = 50;

/**
 * The rows grouped by period, periods in order, rows of a period in file order (so the last row
 * of a key and period still wins). The table's key starts with the period: inserts then go to the
 * few pages of one period at a time instead of all over the B-tree. A stable bucket pass, not a
 * sort: a full sort of a million rows cost more than it saved.
 */
function byPeriod(rows: readonly MeasurementRow[]): readonly MeasurementRow[] {
  let ordered = true;
  for (let i = 1; i < rows.length && ordered; i++) ordered = rows[i - 1]!.period <= rows[i]!.period;
  if (ordered) return rows;
  const buckets = new Map<string, MeasurementRow[]>();
  for (const row of rows) {
    const bucket = buckets.get(row.period);
    if (bucket) bucket.push(row);
    else buckets.set(row.period, [row]);
  }
  return [...buckets.keys()].sort().flatMap((period) => buckets.get(period)!);
}

export interface StoredMeasurement extends Measurement {
  source: string;
  importedAt: string;
}

export interface ImportSummary {
  imported: number;
  periods: string[];
  /** Keys of the import that match no touchpoint (stored anyway: a white spot). */
  unmatchedKeys: string[];
}

/**
 * Measured CSI per map, metric key and period, stored in SQLite. Changing them bumps the map's
 * measurements revision in its live document, so that every open editor reloads its overlay.
 */
export class MeasurementService {
  /** better-sqlite3's own statement: drizzle's placeholder filling cost more than SQLite per row. */
  private readonly upsert: Statement<[string, string, string, number, number | null, string, number]>;

  constructor(
    private readonly db: WaymarkDatabase,
    private readonly maps: MapService,
    private readonly rooms: Rooms,
  ) {
    this.upsert = db.$client.prepare(
      `INSERT INTO measurements (map_id, metric_key, period, csi, n, source, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (map_id, metric_key, period) DO UPDATE SET
         csi = excluded.csi, n = excluded.n, source = excluded.source, imported_at = excluded.imported_at`,
    );
  }

  /**
   * Stores rows (already validated) in one transaction: all or nothing. The WAL checkpoint of a
   * large import (tens of MB) runs after the response: the commit is in the WAL, which is what
   * makes it survive a crash; copying it into the database file is not the client's to wait for.
   */
  import(mapId: string, rows: readonly MeasurementRow[], source: string): ImportSummary {
    const importedAt = Date.now();
    const upsert = this.upsert;
    const keys = new Set<string>();
    const periods = new Set<string>();
    const sqlite = this.db.$client;
    const ordered = byPeriod(rows);
    const large = ordered.length >= LARGE_IMPORT_ROWS;
    const autoCheckpoint = large ? (sqlite.pragma('wal_autocheckpoint', { simple: true }) as number) : 0;
    if (large) sqlite.pragma('wal_autocheckpoint = 0');
    try {
      sqlite.transaction(() => {
        for (const row of ordered) {
          upsert.run(mapId, row.touchpoint, row.period, row.csi, row.n ?? null, source, importedAt);
          keys.add(row.touchpoint);
          periods.add(row.period);
        }
      })();
    } finally {
      if (large) {
        sqlite.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);
        // PASSIVE: never waits for readers; whatever it cannot copy now the next checkpoint will.
        setTimeout(() => {
          if (sqlite.open) sqlite.pragma('wal_checkpoint(PASSIVE)');
        }, CHECKPOINT_DELAY_MS).unref();
      }
    }
    const map = this.maps.read(mapId);
    const known = new Set<string>();
    for (const tp of map?.touchpoints ?? []) {
      known.add(tp.id);
      if (tp.metricKey !== '') known.add(tp.metricKey);
    }
    this.announce(mapId);
    return {
      imported: rows.length,
      periods: [...periods].sort(),
      unmatchedKeys: [...keys].filter((k) => !known.has(k)).sort(),
    };
  }

  list(mapId: string, filter: { period?: string; key?: string } = {}): StoredMeasurement[] {
    const conditions = [eq(measurements.mapId, mapId)];
    if (filter.period !== undefined) conditions.push(eq(measurements.period, filter.period));
    if (filter.key !== undefined) conditions.push(eq(measurements.metricKey, filter.key));
    return this.db
      .select()
      .from(measurements)
      .where(and(...conditions))
      .orderBy(asc(measurements.period), asc(measurements.metricKey))
      .all()
      .map((row) => ({
        metricKey: row.metricKey,
        period: row.period,
        csi: row.csi,
        n: row.n,
        source: row.source,
        importedAt: new Date(row.importedAt).toISOString(),
      }));
  }

  /** Deletes the measurements of one period; returns how many there were. */
  deletePeriod(mapId: string, period: string): number {
    const deleted = this.db
      .delete(measurements)
      .where(and(eq(measurements.mapId, mapId), eq(measurements.period, period)))
      .run().changes;
    if (deleted > 0) this.announce(mapId);
    return deleted;
  }

  insights(mapId: string, options: { period?: string; baseline?: string | null }): Insights | undefined {
    const map = this.maps.read(mapId);
    if (!map) return undefined;
    const rows = this.db
      .select({ metricKey: measurements.metricKey, period: measurements.period, csi: measurements.csi, n: measurements.n })
      .from(measurements)
      .where(eq(measurements.mapId, mapId))
      .all();
    return computeInsights(map, rows, { ...options, settings: map.settings });
  }

  private announce(mapId: string): void {
    this.rooms.withRoom(mapId, (room) => bumpMeasurementsRevision(room.doc, 'http'));
  }
}
