/** A map as listed: the document itself lives in its update log. */
export interface MapRecord {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  /** When the map was moved to the trash; null while it is live. */
  deletedAt: number | null;
}

/**
 * Where map documents live. Synchronous on purpose: an update is committed before the call
 * returns, so the room can broadcast it knowing that it is durable.
 *
 * A map in the trash keeps its document but is invisible to everything that reads or edits
 * maps: `listMaps` and `getMap` see live maps only, the trash has its own calls.
 */
export interface DocStore {
  /** Live maps, most recently changed first. */
  listMaps(): MapRecord[];
  /** A live map; undefined when unknown or in the trash. */
  getMap(id: string): MapRecord | undefined;
  /** Maps in the trash, most recently trashed first. */
  listTrash(): MapRecord[];
  /** Creates a map whose document starts as `initialUpdate`. */
  createMap(record: MapRecord, initialUpdate: Uint8Array): void;
  /** Moves a live map to the trash; false when there is no such live map. */
  trashMap(id: string, at: number): boolean;
  /** Takes a map out of the trash; false when there is no such map in the trash. */
  restoreMap(id: string): boolean;
  /** Deletes a map and its document for good, live or trashed. */
  deleteMap(id: string): boolean;
  /** Deletes for good every map trashed before `before`; returns their ids. */
  purgeTrash(before: number): string[];
  /** The update log of a map in the order it was written. */
  loadUpdates(id: string): Uint8Array[];
  /**
   * Appends updates in their order and touches the map (and its title when given), all in one
   * transaction: a burst of edits costs one commit, and either all of it is stored or none.
   */
  appendUpdates(id: string, updates: readonly Uint8Array[], title?: string): void;
  /** Replaces the whole update log of a map by one snapshot, in one transaction. */
  compact(id: string, snapshot: Uint8Array): void;
  updateCount(id: string): number;
  close(): void;
}
