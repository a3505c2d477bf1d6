import { and, count, desc, eq } from 'drizzle-orm';
import {
  csiSnapshot,
  docToMapDocument,
  newId,
  restoreVersion,
  validateMapDocument,
  type CsiSnapshot,
  type MapDocument,
} from '../../shared/src/index.js';
import type { WaymarkDatabase } from './db/open.js';
import { versions } from './db/schema.js';
import { AttributedWrite, type Actor } from './history/ActivityLog.js';
import type { MapService } from './maps.js';
import type { MeasurementService } from './measurements.js';
import type { Rooms } from './sync/rooms.js';

/** A saved version as listed (without its document). */
export interface VersionRecord {
  id: string;
  mapId: string;
  name: string;
  author: string | null;
  createdAt: number;
  csi: CsiSnapshot;
}

/** A saved version with the map as it was. */
export interface Version extends VersionRecord {
  map: MapDocument;
}

/** More versions than this per map are refused: old ones have to be deleted first. */
export const MAX_VERSIONS_PER_MAP = 500;

/** The stored version is unreadable (a damaged database, or a format this server cannot read). */
export class DamagedVersionError extends Error {
  override name = 'DamagedVersionError';
}

export type CreateResult = { ok: true; version: VersionRecord } | { ok: false; reason: 'no-map' | 'too-many' };

const listed = {
  id: versions.id,
  mapId: versions.mapId,
  name: versions.name,
  author: versions.author,
  createdAt: versions.createdAt,
  csi: versions.csi,
};

function parseCsi(text: string): CsiSnapshot {
  const value = JSON.parse(text) as Partial<CsiSnapshot>;
  return { period: typeof value.period === 'string' ? value.period : null, values: value.values ?? {} };
}

/**
 * Named versions of a map: the map document as it was, saved under a name, to look at again,
 * compare and restore. A restore writes the version into the live document as one change, so
 * that everyone on the map sees it at once (and the activity list names who did it).
 */
export class VersionService {
  constructor(
    private readonly db: WaymarkDatabase,
    private readonly maps: MapService,
    private readonly measurements: MeasurementService,
    private readonly rooms: Rooms,
  ) {}

  /** The versions of a map, newest first. */
  list(mapId: string): VersionRecord[] {
    return this.db
      .select(listed)
      .from(versions)
      .where(eq(versions.mapId, mapId))
      .orderBy(desc(versions.createdAt), desc(versions.id))
      .all()
      .map((row) => ({ ...row, csi: parseCsi(row.csi) }));
  }

  /** Saves the map as it is now, with the CSI of the latest measured period. */
  create(mapId: string, name: string, author: string | null): CreateResult {
    const map = this.maps.read(mapId);
    if (!map) return { ok: false, reason: 'no-map' };
    const csi = csiSnapshot(map, this.measurements.list(mapId));
    const record: VersionRecord = { id: newId('ver', 16), mapId, name, author, createdAt: Date.now(), csi };
    // Counted and written in one transaction: two saves at once cannot both pass the limit.
    const created = this.db.transaction((tx) => {
      const existing = tx.select({ n: count() }).from(versions).where(eq(versions.mapId, mapId)).get()?.n ?? 0;
      if (existing >= MAX_VERSIONS_PER_MAP) return false;
      tx.insert(versions)
        .values({ ...record, document: JSON.stringify(map), csi: JSON.stringify(csi) })
        .run();
      return true;
    });
    return created ? { ok: true, version: record } : { ok: false, reason: 'too-many' };
  }

  /** A version with its document; undefined when the map has no such version. */
  get(mapId: string, versionId: string): Version | undefined {
    const row = this.db
      .select()
      .from(versions)
      .where(and(eq(versions.mapId, mapId), eq(versions.id, versionId)))
      .get();
    if (!row) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(row.document);
    } catch {
      throw new DamagedVersionError(`version ${versionId} of map ${mapId} is not JSON`);
    }
    const result = validateMapDocument(parsed);
    if (!result.ok) throw new DamagedVersionError(`version ${versionId} of map ${mapId} is not a valid map document`);
    const { document: _document, ...record } = row;
    return { ...record, csi: parseCsi(row.csi), map: result.map };
  }

  /** Makes the live map exactly the version, as one change; the map afterwards (undefined: no map). */
  restore(mapId: string, version: Version, actor: Actor): MapDocument | undefined {
    return this.rooms.withRoom(mapId, (room) => {
      restoreVersion(room.doc, version.map, version, new AttributedWrite(actor));
      return docToMapDocument(room.doc);
    });
  }

  delete(mapId: string, versionId: string): boolean {
    return this.db.delete(versions).where(and(eq(versions.mapId, mapId), eq(versions.id, versionId))).run().changes > 0;
  }
}
