import { and, asc, desc, eq, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { WaymarkDatabase } from '../db/open.js';
import { mapUpdates, maps } from '../db/schema.js';
import type { DocStore, MapRecord } from './DocStore.js';

/** DocStore on SQLite through drizzle; statements on the hot path are prepared once. */
export class SqliteDocStore implements DocStore {
  private readonly insertUpdate;
  private readonly touchMap;
  private readonly touchMapWithTitle;

  constructor(private readonly db: WaymarkDatabase) {
    this.insertUpdate = db
      .insert(mapUpdates)
      .values({
        mapId: sql.placeholder('mapId'),
        data: sql.placeholder('data'),
        createdAt: sql.placeholder('now'),
      })
      .prepare();
    // Every change moves updatedAt forward, even two in one millisecond: thumbnails are
    // revalidated by it (their ETag).
    const touched = sql`max(${sql.placeholder('now')}, ${maps.updatedAt} + 1)`;
    this.touchMap = db
      .update(maps)
      .set({ updatedAt: touched })
      .where(eq(maps.id, sql.placeholder('mapId')))
      .prepare();
    this.touchMapWithTitle = db
      .update(maps)
      .set({ updatedAt: touched, title: sql`${sql.placeholder('title')}` })
      .where(eq(maps.id, sql.placeholder('mapId')))
      .prepare();
  }

  listMaps(): MapRecord[] {
    return this.db.select().from(maps).where(isNull(maps.deletedAt)).orderBy(desc(maps.updatedAt)).all();
  }

  getMap(id: string): MapRecord | undefined {
    return this.db
      .select()
      .from(maps)
      .where(and(eq(maps.id, id), isNull(maps.deletedAt)))
      .get();
  }

  listTrash(): MapRecord[] {
    return this.db.select().from(maps).where(isNotNull(maps.deletedAt)).orderBy(desc(maps.deletedAt)).all();
  }

  createMap(record: MapRecord, initialUpdate: Uint8Array): void {
    this.db.transaction((tx) => {
      tx.insert(maps).values(record).run();
      tx.insert(mapUpdates)
        .values({ mapId: record.id, data: Buffer.from(initialUpdate), createdAt: record.createdAt })
        .run();
    });
  }

  trashMap(id: string, at: number): boolean {
    return (
      this.db
        .update(maps)
        .set({ deletedAt: at })
        .where(and(eq(maps.id, id), isNull(maps.deletedAt)))
        .run().changes > 0
    );
  }

  restoreMap(id: string): boolean {
    return (
      this.db
        .update(maps)
        .set({ deletedAt: null })
        .where(and(eq(maps.id, id), isNotNull(maps.deletedAt)))
        .run().changes > 0
    );
  }

  deleteMap(id: string): boolean {
    // The update log goes with it (ON DELETE CASCADE).
    return this.db.delete(maps).where(eq(maps.id, id)).run().changes > 0;
  }

  purgeTrash(before: number): string[] {
    return this.db
      .delete(maps)
      .where(lt(maps.deletedAt, before))
      .returning({ id: maps.id })
      .all()
      .map((row) => row.id);
  }

  loadUpdates(id: string): Uint8Array[] {
    return this.db
      .select({ data: mapUpdates.data })
      .from(mapUpdates)
      .where(eq(mapUpdates.mapId, id))
      .orderBy(asc(mapUpdates.id))
      .all()
      .map((row) => new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength));
  }

  appendUpdates(id: string, updates: readonly Uint8Array[], title?: string): void {
    if (updates.length === 0) return;
    const now = Date.now();
    this.db.transaction(() => {
      for (const update of updates) {
        this.insertUpdate.run({ mapId: id, data: Buffer.from(update.buffer, update.byteOffset, update.byteLength), now });
      }
      if (title === undefined) this.touchMap.run({ mapId: id, now });
      else this.touchMapWithTitle.run({ mapId: id, now, title });
    });
  }

  compact(id: string, snapshot: Uint8Array): void {
    this.db.transaction((tx) => {
      tx.delete(mapUpdates).where(eq(mapUpdates.mapId, id)).run();
      tx.insert(mapUpdates)
        .values({ mapId: id, data: Buffer.from(snapshot), createdAt: Date.now() })
        .run();
    });
  }

  updateCount(id: string): number {
    const row = this.db
      .select({ count: sql<number>`count(*)` })
      .from(mapUpdates)
      .where(eq(mapUpdates.mapId, id))
      .get();
    return row?.count ?? 0;
  }

  close(): void {
    this.db.$client.close();
  }
}
