import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { FacilitationSession } from '../facilitation/FacilitationSession.js';
import type { SessionStore } from '../facilitation/SessionStore.js';
import { entityLabel, metaOf, transactionChanges, type DocChanges } from '../../../shared/src/index.js';
import { AttributedWrite, type Actor, type ActivityLog } from '../history/ActivityLog.js';
import type { Logger } from '../logger.js';
import type { DocStore } from '../store/DocStore.js';
import { encodeAwareness, encodeSyncStep1, encodeUpdate, handleMessage } from './protocol.js';

/** What the room needs of a connection; the WebSocket layer supplies it. */
export interface SyncSocket {
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
}

export interface RoomOptions {
  /** Merge the update log into one snapshot once it has this many rows. */
  compactAfter: number;
  logger: Logger;
  /** Where the map's facilitation session (timer, vote, lock) is kept. */
  sessions: SessionStore;
  /** Where the room reports who changed what (coarse; see ActivityLog). */
  activity?: ActivityLog;
}

/** Close codes the client understands (4000–4999 are free for applications). */
export const CloseCode = {
  unsupportedData: 1003,
  invalidPayload: 1007,
  policyViolation: 1008,
  serverError: 1011,
  /** The share link of the connection was revoked or has expired. */
  accessRevoked: 4401,
  mapNotFound: 4404,
  mapDeleted: 4410,
} as const;

/** A connection may speak for at most this many awareness client ids (a browser uses one). */
const MAX_CLIENTS_PER_CONNECTION = 4;
/**
 * How often the session is published again with the server's clock, so that a countdown never
 * runs on a stale `serverTime` (and before y-protocols' own 15 s renewal would resend it as is).
 */
const SESSION_REFRESH_MS = 10_000;

interface Connection {
  /** The awareness client ids this connection controls, removed when it leaves. */
  clients: Set<number>;
  canWrite: boolean;
  /** The role of the connection's token, stamped into its awareness states. */
  role: string;
  /** The share link's label, naming the connection in the activity list when its person does not. */
  label: string | null;
}

/** What a connection may do, from its token. */
export interface ConnectionRights {
  canWrite: boolean;
  role: string;
  label?: string | null;
}

/** Longest participant name the activity list takes from a presence state. */
const MAX_NAME_LENGTH = 100;

/** Updates merged at once by `mergeMany`: Y.mergeUpdates re-sorts its inputs for every struct. */
const MERGE_FAN_IN = 8;
/**
 * Senders in one batch up to which each gets the others' updates merged. Merging costs about as
 * much CPU per update as a socket write (measured: a batch of 1,000 updates from 20 senders,
 * 21 merges, 62 ms), so it pays only while few merges serve many sockets.
 */
const MAX_MERGED_SENDERS = 4;

/**
 * Y.mergeUpdates over many updates in rounds of MERGE_FAN_IN: one call sorts all its inputs again
 * for every struct it writes, rounds keep each sort small.
 */
export function mergeMany(updates: readonly Uint8Array[]): Uint8Array {
  let round = updates;
  while (round.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < round.length; i += MERGE_FAN_IN) {
      const group = round.slice(i, i + MERGE_FAN_IN);
      next.push(group.length === 1 ? group[0]! : Y.mergeUpdates(group));
    }
    round = next;
  }
  if (round.length === 0) throw new Error('nothing to merge');
  return round[0]!;
}

/** An update applied to the room's document, waiting for its commit before it is relayed. */
interface PendingUpdate {
  update: Uint8Array;
  origin: unknown;
  /** Who changed what, noted once the update is stored. */
  actor: Actor;
  changes: DocChanges;
}

/**
 * One live journey map: its Y.Doc, awareness and connections. Every update is committed to the
 * store before it is broadcast, so whatever a client has received survives a crash of the server.
 *
 * Updates that arrive in one turn of the event loop (a burst from many clients) are committed
 * together in one SQLite transaction on `setImmediate`, then relayed: one commit per tick rather
 * than per update. Anything that sends document state or answers a request flushes first.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  private readonly connections = new Map<SyncSocket, Connection>();
  /** Which connection controls each awareness client id: nobody else may change its state. */
  private readonly clientOwners = new Map<number, SyncSocket>();
  private storedRows: number;
  private title: string;
  private failed = false;
  /** The facilitation session, published to everyone as the server's awareness state. */
  readonly session: FacilitationSession;
  private locked: boolean;
  private readonly sessionRefresh: NodeJS.Timeout;
  private pending: PendingUpdate[] = [];
  /**
   * The whole document as one update, kept until the document changes: a first open (a client
   * with an empty state vector) is answered with it instead of encoding the document each time.
   */
  private wholeState: Uint8Array | null = null;
  /** When the last frame arrived (`performance.now()`), -Infinity before the first. */
  private lastReceivedAt = Number.NEGATIVE_INFINITY;
  private flushScheduled: NodeJS.Immediate | null = null;

  constructor(
    readonly mapId: string,
    private readonly store: DocStore,
    private readonly options: RoomOptions,
  ) {
    // The server's awareness state carries the session and no `user`: it is nobody's presence.
    this.session = new FacilitationSession(mapId, options.sessions);
    this.locked = this.session.lock !== null;
    this.session.onChange(this.onSessionChange);
    this.publishSession();
    this.sessionRefresh = setInterval(() => this.publishSession(), SESSION_REFRESH_MS);
    this.sessionRefresh.unref();
    const updates = store.loadUpdates(mapId);
    let unreadable = false;
    this.doc.transact(() => {
      for (const update of updates) {
        try {
          Y.applyUpdate(this.doc, update);
        } catch (error) {
          unreadable = true;
          options.logger.error('skipped an unreadable stored update', { mapId, error: String(error) });
        }
      }
    });
    // A compacted map is one snapshot: those bytes are the document, no need to encode it again.
    if (updates.length === 1 && !unreadable) this.wholeState = updates[0]!;
    this.storedRows = updates.length;
    this.title = this.currentTitle();
    this.doc.on('update', this.onUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
    if (this.storedRows > options.compactAfter) this.compact();
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /** Adds a connection; one that may not write receives the map but its updates are dropped. */
  join(socket: SyncSocket, { canWrite, role, label = null }: ConnectionRights = { canWrite: true, role: 'owner' }): void {
    this.connections.set(socket, { clients: new Set(), canWrite, role, label });
    socket.send(encodeSyncStep1(this.doc));
    // With the server's clock of now, so that the newcomer's countdown starts right.
    this.publishSession();
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) socket.send(encodeAwareness(this.awareness, states));
  }

  /** Whether a frame arrived in the last `ms` milliseconds. */
  receivedWithin(ms: number): boolean {
    return performance.now() - this.lastReceivedAt < ms;
  }

  /** Handles one frame from a connection; throws ProtocolError on a malformed one. */
  receive(socket: SyncSocket, message: Uint8Array): void {
    const connection = this.connections.get(socket);
    if (!connection) return;
    this.lastReceivedAt = performance.now();
    const { reply } = handleMessage(
      message,
      this.doc,
      this.awareness,
      socket,
      {
        canWrite: this.canWrite(socket),
        stamp: { role: connection.role },
        mayClaim: (clientId) => {
          // The server's own state is the session: no connection may overwrite or remove it.
          if (clientId === this.awareness.clientID) return false;
          const owner = this.clientOwners.get(clientId);
          if (owner !== undefined) return owner === socket;
          return connection.clients.size < MAX_CLIENTS_PER_CONNECTION;
        },
      },
      this.fullState,
    );
    if (reply) {
      // A sync reply carries the document: only what is committed may leave the server.
      this.flush();
      if (!this.failed) socket.send(reply);
    }
  }

  /**
   * Whether a connection's document updates are accepted: it may edit, and while the map is
   * locked, it is the presenter's (it owns the locker's awareness client id).
   */
  canWrite(socket: SyncSocket): boolean {
    if (!(this.connections.get(socket)?.canWrite ?? false)) return false;
    const lock = this.session.lock;
    return lock === null || this.clientOwners.get(lock.clientId) === socket;
  }

  /** Whether some connection speaks for this awareness client id now. */
  hasClient(clientId: number): boolean {
    return this.clientOwners.has(clientId) && this.awareness.getStates().has(clientId);
  }

  leave(socket: SyncSocket): void {
    const connection = this.connections.get(socket);
    this.connections.delete(socket);
    if (!connection) return;
    for (const id of connection.clients) {
      if (this.clientOwners.get(id) === socket) this.clientOwners.delete(id);
    }
    if (connection.clients.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.clients], null);
  }

  /** Closes every connection, e.g. because the map was deleted. */
  closeAll(code: number, reason: string): void {
    for (const socket of [...this.connections.keys()]) {
      this.leave(socket);
      socket.close(code, reason);
    }
  }

  /**
   * Commits the updates applied since the last commit in one transaction, then relays them to
   * every other connection. On a storage error nothing is relayed and the room fails: its
   * clients reconnect and send again what the server lacks.
   */
  flush(): void {
    if (this.flushScheduled) {
      clearImmediate(this.flushScheduled);
      this.flushScheduled = null;
    }
    if (this.failed || this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const title = this.currentTitle();
    try {
      this.store.appendUpdates(
        this.mapId,
        batch.map((pending) => pending.update),
        title !== this.title ? title : undefined,
      );
    } catch (error) {
      this.failed = true;
      this.options.logger.error('could not store an update; closing the map', { mapId: this.mapId, error: String(error) });
      queueMicrotask(() => this.closeAll(CloseCode.serverError, 'storage failed'));
      return;
    }
    this.title = title;
    this.storedRows += batch.length;
    this.relay(batch);
    for (const { actor, changes } of batch) this.recordActivity(actor, changes);
    if (this.storedRows > this.options.compactAfter) this.compact();
  }

  /**
   * Sends a committed batch: a connection that sent none of it gets the batch merged into one
   * frame, so a burst of n updates costs it one write instead of n. While few connections sent
   * part of it, each of them gets the others' updates merged for it and never its own back. When
   * more than MAX_MERGED_SENDERS did, those merges would cost more than the writes they save, so
   * everyone, senders included, gets the one frame of the whole batch: Yjs skips what a client
   * already has, and the stock y-websocket server echoes every update to its sender the same way.
   */
  private relay(batch: readonly PendingUpdate[]): void {
    if (this.connections.size === 0) return;
    const bySender = new Map<unknown, Uint8Array[]>();
    for (const { origin, update } of batch) {
      const updates = bySender.get(origin);
      if (updates) updates.push(update);
      else bySender.set(origin, [update]);
    }
    const mergePerSender = bySender.size <= MAX_MERGED_SENDERS;
    const parts = mergePerSender ? new Map([...bySender].map(([origin, updates]) => [origin, mergeMany(updates)])) : null;
    let toEveryone: Uint8Array | undefined;
    for (const socket of this.connections.keys()) {
      if (parts?.has(socket)) {
        const others = [...parts].filter(([from]) => from !== socket).map(([, part]) => part);
        if (others.length > 0) socket.send(encodeUpdate(mergeMany(others)));
      } else {
        toEveryone ??= encodeUpdate(mergeMany(parts ? [...parts.values()] : batch.map(({ update }) => update)));
        socket.send(toEveryone);
      }
    }
  }

  /** Replaces the update log by one snapshot of the current state (one transaction). */
  compact(): void {
    this.flush();
    if (this.failed || this.storedRows <= 1) return;
    this.store.compact(this.mapId, this.fullState());
    this.storedRows = 1;
  }

  /** Stops the room; commit pending updates first (`flush`), or they are dropped with it. */
  destroy(): void {
    if (this.flushScheduled) clearImmediate(this.flushScheduled);
    this.flushScheduled = null;
    this.pending = [];
    clearInterval(this.sessionRefresh);
    this.doc.off('update', this.onUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
    this.wholeState = null;
  }

  get isFailed(): boolean {
    return this.failed;
  }

  private publishSession(): void {
    this.awareness.setLocalState({ session: this.session.publicState() });
  }

  private readonly onSessionChange = (): void => {
    this.publishSession();
    const locked = this.session.lock !== null;
    if (this.locked && !locked) {
      // Edits that were dropped during the lock (sent before their author saw it) would leave
      // that client apart from everyone: asking everyone for what the server lacks joins them up.
      const step1 = encodeSyncStep1(this.doc);
      for (const socket of this.connections.keys()) socket.send(step1);
    }
    this.locked = locked;
  };

  private currentTitle(): string {
    const title = metaOf(this.doc).get('title');
    return typeof title === 'string' ? title : '';
  }

  /**
   * Who made a change: a connection is named by its person (the presence state's `user.name`)
   * or else its share link; an HTTP write by what it says of itself, else as "the API".
   */
  private actorOf(origin: unknown): Actor {
    if (origin instanceof AttributedWrite) return origin.actor;
    const connection = this.connections.get(origin as SyncSocket);
    if (!connection) return { name: null, role: null, via: 'api' };
    let name: string | null = null;
    for (const clientId of connection.clients) {
      const user: unknown = (this.awareness.getStates().get(clientId) as { user?: unknown } | undefined)?.user;
      const candidate = typeof user === 'object' && user !== null ? (user as { name?: unknown }).name : undefined;
      if (typeof candidate === 'string' && candidate.trim() !== '') {
        name = candidate.trim().slice(0, MAX_NAME_LENGTH);
        break;
      }
    }
    return { name: name ?? connection.label, role: connection.role, via: 'live' };
  }

  private recordActivity(actor: Actor, changes: DocChanges): void {
    const activity = this.options.activity;
    if (!activity) return;
    try {
      activity.record(this.mapId, actor, changes, (subject, id) => entityLabel(this.doc, subject, id));
    } catch (error) {
      // The activity list is a convenience: it must never get in the way of an update.
      this.options.logger.error('could not note an update in the activity list', { mapId: this.mapId, error: String(error) });
    }
  }

  /** The whole document as one update (see `wholeState`). */
  readonly fullState = (): Uint8Array => (this.wholeState ??= Y.encodeStateAsUpdate(this.doc));

  private readonly onUpdate = (update: Uint8Array, origin: unknown, _doc: Y.Doc, transaction: Y.Transaction): void => {
    this.wholeState = null;
    if (this.failed) return;
    let changes: DocChanges = new Map();
    try {
      // Taken now: the transaction says what changed only while it is at hand.
      if (this.options.activity) changes = transactionChanges(transaction);
    } catch (error) {
      this.options.logger.error('could not note an update in the activity list', { mapId: this.mapId, error: String(error) });
    }
    this.pending.push({ update, origin, actor: this.actorOf(origin), changes });
    this.flushScheduled ??= setImmediate(() => {
      this.flushScheduled = null;
      this.flush();
    });
  };

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const socket = origin as SyncSocket;
    const connection = this.connections.get(socket);
    if (connection) {
      // A client id stays claimed after its state is removed: nobody else may take it over.
      for (const id of [...added, ...updated]) {
        connection.clients.add(id);
        this.clientOwners.set(id, socket);
      }
    }
    const changed = [...added, ...updated, ...removed];
    if (changed.length === 0) return;
    const message = encodeAwareness(this.awareness, changed);
    for (const socket of this.connections.keys()) socket.send(message);
  };
}
