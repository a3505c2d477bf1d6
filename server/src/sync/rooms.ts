import type { ActivityLog } from '../history/ActivityLog.js';
import type { Logger } from '../logger.js';
import type { SessionStore } from '../facilitation/SessionStore.js';
import type { DocStore } from '../store/DocStore.js';
import { IdleCollector, type IdleCollectorOptions } from './idleCollector.js';
import { CloseCode, Room, type ConnectionRights, type SyncSocket } from './Room.js';

export interface RoomsOptions {
  compactAfter: number;
  /** How long an unused room stays in memory (a page reload should not reload the map). */
  unloadDelayMs: number;
  logger: Logger;
  sessions: SessionStore;
  /** Who changed what; written when a room is unloaded or dropped. */
  activity?: ActivityLog;
  /**
   * The full garbage collection once the server is quiet after many unloads (see IdleCollector);
   * on by default, `false` turns it off.
   */
  idleCollect?: Partial<IdleCollectorOptions> | false;
}

/** Defaults of the idle collection: 5 s of quiet after at least 100 unloaded rooms. */
export const IDLE_COLLECT = { idleMs: 5_000, minUnloads: 100 } as const;

/**
 * Loads each map into at most one Room, and unloads it (after compaction, which commits what is
 * pending) once its last connection has left and no HTTP request holds it.
 */
export class Rooms {
  private readonly rooms = new Map<string, Room>();
  private readonly holds = new Map<string, number>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  private readonly collector: IdleCollector | null;

  constructor(
    private readonly store: DocStore,
    private readonly options: RoomsOptions,
  ) {
    const { idleCollect = {} } = options;
    if (idleCollect === false) {
      this.collector = null;
    } else {
      const idleMs = idleCollect.idleMs ?? IDLE_COLLECT.idleMs;
      this.collector = new IdleCollector({
        minUnloads: IDLE_COLLECT.minUnloads,
        ...idleCollect,
        idleMs,
        // A room someone still edits or moves a pointer in: a pause of the collection would show.
        busy: () => [...this.rooms.values()].some((room) => room.receivedWithin(idleMs)),
      });
    }
  }

  /** The live room of a map, loading it; undefined when the map does not exist. */
  private open(mapId: string): Room | undefined {
    const timer = this.unloadTimers.get(mapId);
    if (timer) {
      clearTimeout(timer);
      this.unloadTimers.delete(mapId);
    }
    const existing = this.rooms.get(mapId);
    if (existing && !existing.isFailed) return existing;
    if (existing) this.unload(mapId);
    if (!this.store.getMap(mapId)) return undefined;
    const { compactAfter, logger, sessions, activity } = this.options;
    const room = new Room(mapId, this.store, { compactAfter, logger, sessions, activity });
    this.rooms.set(mapId, room);
    this.collector?.roomLoaded();
    return room;
  }

  /** Adds a connection to a map's room; undefined when the map does not exist. */
  connect(mapId: string, socket: SyncSocket, rights?: ConnectionRights): Room | undefined {
    const room = this.open(mapId);
    if (!room) return undefined;
    room.join(socket, rights);
    return room;
  }

  disconnect(room: Room, socket: SyncSocket): void {
    room.leave(socket);
    this.scheduleUnload(room.mapId);
  }

  /** Runs `fn` on the live document of a map (loading it if needed); undefined if no such map. */
  withRoom<T>(mapId: string, fn: (room: Room) => T): T | undefined {
    const room = this.open(mapId);
    if (!room) return undefined;
    this.holds.set(mapId, (this.holds.get(mapId) ?? 0) + 1);
    try {
      const result = fn(room);
      // The request is answered only once its change is committed (and relayed).
      room.flush();
      if (room.isFailed) throw new Error(`could not store the change to map ${mapId}`);
      return result;
    } finally {
      const remaining = (this.holds.get(mapId) ?? 1) - 1;
      if (remaining > 0) this.holds.set(mapId, remaining);
      else this.holds.delete(mapId);
      this.scheduleUnload(mapId);
    }
  }

  /** The room of a map if it is in memory, without loading it. */
  loaded(mapId: string): Room | undefined {
    return this.rooms.get(mapId);
  }

  /** A map's presenter lock: from its room when loaded, else as stored (no need to load the map). */
  lockOf(mapId: string): Room['session']['lock'] {
    const room = this.rooms.get(mapId);
    return room ? room.session.lock : this.options.sessions.load(mapId).lock;
  }

  get loadedCount(): number {
    return this.rooms.size;
  }

  /** Closes the connections of a deleted map and forgets its room without writing. */
  drop(mapId: string): void {
    const room = this.rooms.get(mapId);
    if (!room) return;
    room.closeAll(CloseCode.mapDeleted, 'map deleted');
    // Before the map's rows go (a permanent delete drops the room first), and while the room's
    // document can still name what was changed.
    this.options.activity?.close(mapId);
    room.destroy();
    this.rooms.delete(mapId);
    const timer = this.unloadTimers.get(mapId);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(mapId);
  }

  /** Compacts and unloads every room (graceful shutdown). */
  closeAll(): void {
    this.collector?.stop();
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    for (const mapId of [...this.rooms.keys()]) {
      this.rooms.get(mapId)?.closeAll(1001, 'server shutting down');
      this.unload(mapId);
    }
  }

  private scheduleUnload(mapId: string): void {
    const room = this.rooms.get(mapId);
    if (!room || room.connectionCount > 0 || this.holds.has(mapId) || this.unloadTimers.has(mapId)) return;
    if (this.options.unloadDelayMs <= 0) {
      this.unload(mapId);
      return;
    }
    const timer = setTimeout(() => {
      this.unloadTimers.delete(mapId);
      const current = this.rooms.get(mapId);
      if (current && current.connectionCount === 0 && !this.holds.has(mapId)) this.unload(mapId);
    }, this.options.unloadDelayMs);
    timer.unref();
    this.unloadTimers.set(mapId, timer);
  }

  private unload(mapId: string): void {
    const room = this.rooms.get(mapId);
    if (!room) return;
    this.rooms.delete(mapId);
    try {
      room.compact();
    } catch (error) {
      // The log is still complete without compaction; it will be tried again next time.
      this.options.logger.error('compaction failed', { mapId, error: String(error) });
    }
    this.options.activity?.flush(mapId);
    room.destroy();
    this.collector?.roomUnloaded();
  }
}
