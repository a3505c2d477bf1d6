import * as Y from 'yjs';
import {
  applyMapDocument,
  docToMapDocument,
  newId,
  type MapDocument,
} from '../../shared/src/index.js';
import type { DocStore, MapRecord } from './store/DocStore.js';
import type { Rooms } from './sync/rooms.js';

/**
 * The map operations behind the HTTP API. Reads and writes of a map that is open in browsers go
 * through its live room, so that they see a change at once and nothing is written twice.
 */
export class MapService {
  constructor(
    private readonly store: DocStore,
    private readonly rooms: Rooms,
  ) {}

  list(): MapRecord[] {
    return this.store.listMaps();
  }

  get(id: string): MapRecord | undefined {
    return this.store.getMap(id);
  }

  /** Creates a map holding `content` (already validated) and returns its record. */
  create(content: MapDocument): MapRecord {
    const doc = new Y.Doc();
    applyMapDocument(doc, content);
    const now = Date.now();
    const record: MapRecord = { id: newId('map', 16), title: content.title, createdAt: now, updatedAt: now };
    this.store.createMap(record, Y.encodeStateAsUpdate(doc));
    doc.destroy();
    return record;
  }

  /** The map as a JSON document, from the live room if loaded, else from the store. */
  read(id: string): MapDocument | undefined {
    const live = this.rooms.loaded(id);
    if (live) return docToMapDocument(live.doc);
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

  delete(id: string): boolean {
    this.rooms.drop(id);
    return this.store.deleteMap(id);
  }
}
