import * as Y from 'yjs';
import {
  LIMITS,
  applyMapDocument,
  docToMapDocument,
  newId,
  setTitle,
  type MapDocument,
} from '../../shared/src/index.js';
import type { DocStore, MapRecord } from './store/DocStore.js';
import type { Rooms } from './sync/rooms.js';

const COPY_SUFFIX = ' (copy)';

/** "<title> (copy)", shortening the title so that the result still fits the title limit. */
export function copyTitle(title: string): string {
  const base = title.trim().slice(0, LIMITS.nameLength - COPY_SUFFIX.length);
  return `${base}${COPY_SUFFIX}`.trim();
}

/**
 * The map operations behind the HTTP API. Reads and writes of a map that is open in browsers go
 * through its live room, so that they see a change at once and nothing is written twice.
 * Maps in the trash are out of reach of all of them except restore and permanent delete.
 */
export class MapService {
  constructor(
    private readonly store: DocStore,
    private readonly rooms: Rooms,
    /** How long a map stays in the trash before it is deleted for good. */
    readonly trashRetentionMs: number,
  ) {}

  list(): MapRecord[] {
    return this.store.listMaps();
  }

  get(id: string): MapRecord | undefined {
    return this.store.getMap(id);
  }

  /** Maps in the trash, most recently trashed first. */
  listTrash(): MapRecord[] {
    return this.store.listTrash();
  }

  /** Creates a map holding `content` (already validated) and returns its record. */
  create(content: MapDocument): MapRecord {
    const doc = new Y.Doc();
    applyMapDocument(doc, content);
    const now = Date.now();
    const record: MapRecord = { id: newId('map', 16), title: content.title, createdAt: now, updatedAt: now, deletedAt: null };
    this.store.createMap(record, Y.encodeStateAsUpdate(doc));
    doc.destroy();
    return record;
  }

  /** The map as a JSON document, from the live room if loaded, else from the store. */
  read(id: string): MapDocument | undefined {
    const live = this.rooms.loaded(id);
    if (live) {
      // What is answered must be committed: updates of this tick are committed first.
      live.flush();
      return docToMapDocument(live.doc);
    }
    if (!this.store.getMap(id)) return undefined;
    const doc = new Y.Doc();
    doc.transact(() => {
      for (const update of this.store.loadUpdates(id)) Y.applyUpdate(doc, update);
    });
    const map = docToMapDocument(doc);
    doc.destroy();
    return map;
  }

  /** Replaces the content of a map in one transaction on its live document. */
  replace(id: string, content: MapDocument): MapDocument | undefined {
    return this.rooms.withRoom(id, (room) => {
      applyMapDocument(room.doc, content, 'http');
      return docToMapDocument(room.doc);
    });
  }

  /**
   * Runs `change` on the live document of a map (loading it if needed), so that every open
   * editor sees the result at once; undefined when there is no such map.
   */
  change<T>(id: string, change: (doc: Y.Doc) => T): T | undefined {
    return this.rooms.withRoom(id, (room) => change(room.doc));
  }

  /**
   * Retitles a map on its live document, so that open editors see the new title at once; the
   * room mirrors it to the map's record.
   */
  rename(id: string, title: string): MapRecord | undefined {
    const renamed = this.rooms.withRoom(id, (room) => {
      setTitle(room.doc, title, 'http');
      return true;
    });
    return renamed ? this.store.getMap(id) : undefined;
  }

  /** A new map with the content of `id` under `title` (default "<title> (copy)"). */
  duplicate(id: string, title?: string): MapRecord | undefined {
    const content = this.read(id);
    if (!content) return undefined;
    return this.create({ ...content, title: title ?? copyTitle(content.title) });
  }

  /** Moves a live map to the trash and disconnects its editors (close code 4410). */
  moveToTrash(id: string): boolean {
    if (!this.store.trashMap(id, Date.now())) return false;
    this.rooms.drop(id);
    return true;
  }

  /** Takes a map out of the trash; a map that is not in the trash stays as it is. */
  restore(id: string): MapRecord | undefined {
    this.store.restoreMap(id);
    return this.store.getMap(id);
  }

  /** Deletes a map for good, live or trashed. */
  deletePermanently(id: string): boolean {
    this.rooms.drop(id);
    return this.store.deleteMap(id);
  }

  /** Deletes for good every map that has been in the trash longer than the retention time. */
  purgeTrash(now: number = Date.now()): string[] {
    const purged = this.store.purgeTrash(now - this.trashRetentionMs);
    for (const id of purged) this.rooms.drop(id);
    return purged;
  }
}
