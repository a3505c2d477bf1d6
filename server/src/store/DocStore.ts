/** A map as listed: the document itself lives in its update log. */
export interface MapRecord {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
}

/**
 * Where map documents live. Synchronous on purpose: an update is committed before the call
 * returns, so the room can broadcast it knowing that it is durable.
 */
export interface DocStore {
  listMaps(): MapRecord[];
  getMap(id: string): MapRecord | undefined;
  /** Creates a map whose document starts as `initialUpdate`. */
  createMap(record: MapRecord, initialUpdate: Uint8Array): void;
  deleteMap(id: string): boolean;
  /** The update log of a map in the order it was written. */
  loadUpdates(id: string): Uint8Array[];
  /** Appends one update and touches the map (and its title when given), in one transaction. */
  appendUpdate(id: string, update: Uint8Array, title?: string): void;
  /** Replaces the whole update log of a map by one snapshot, in one transaction. */
  compact(id: string, snapshot: Uint8Array): void;
  updateCount(id: string): number;
  close(): void;
}
