import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase } from '../db/open.js';
import { SqliteSessionStore } from '../facilitation/SessionStore.js';
import { createLogger } from '../logger.js';
import { SqliteDocStore } from '../store/SqliteDocStore.js';
import { encodeSyncStep1, encodeUpdate } from './protocol.js';
import { CloseCode, mergeMany, Room, type SyncSocket } from './Room.js';
import { Rooms } from './rooms.js';

/** The real store, with a log of its commits and a switch that makes the next commit fail. */
class ObservedStore extends SqliteDocStore {
  readonly events: string[] = [];
  failNext = false;
  override appendUpdates(id: string, updates: readonly Uint8Array[], title?: string): void {
    if (this.failNext) throw new Error('disk full');
    super.appendUpdates(id, updates, title);
    this.events.push(`commit ${updates.length}`);
  }
}

/** A connection that notes the sync messages it is sent, also in the store's event log. */
class RecordingSocket implements SyncSocket {
  readonly kinds: string[] = [];
  /** The update carried by each document frame, in the order of `kinds`. */
  readonly payloads: Uint8Array[] = [];
  closedWith: number | null = null;
  constructor(
    readonly name: string,
    private readonly events: string[],
  ) {}
  send(message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    const kind = type === 0 ? ['step1', 'step2', 'update'][decoding.readVarUint(decoder)]! : 'awareness';
    // Presence is not the document: these tests follow the document only.
    if (kind === 'awareness') return;
    this.kinds.push(kind);
    this.payloads.push(decoding.readVarUint8Array(decoder));
    this.events.push(`${this.name} ${kind}`);
  }
  close(code: number): void {
    this.closedWith = code;
  }
}

/** An update from another replica that sets `key` in the map's meta. */
function edit(key: string, value: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('meta').set(key, value);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** The keys of the meta map of a document made of `updates`. */
function metaKeys(updates: Uint8Array[]): string[] {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  const keys = [...doc.getMap('meta').keys()].sort();
  doc.destroy();
  return keys;
}

const nextTick = () => new Promise((resolve) => setImmediate(resolve));

describe('Room commits', () => {
  let store: ObservedStore;
  let sessions: SqliteSessionStore;
  let room: Room;

  beforeEach(() => {
    const db = openDatabase(':memory:');
    store = new ObservedStore(db);
    sessions = new SqliteSessionStore(db);
    store.createMap({ id: 'm1', title: '', createdAt: 0, updatedAt: 0, deletedAt: null }, Y.encodeStateAsUpdate(new Y.Doc()));
    room = new Room('m1', store, { compactAfter: 10_000, logger: createLogger('silent'), sessions });
  });
  afterEach(() => {
    room.destroy();
    store.close();
  });

  function join(name: string): RecordingSocket {
    const socket = new RecordingSocket(name, store.events);
    room.join(socket);
    socket.kinds.length = 0;
    socket.payloads.length = 0;
    store.events.length = 0;
    return socket;
  }

  it('commits a burst from several connections in one transaction, then relays it as one frame per socket', async () => {
    const [a, b, c] = [join('a'), join('b'), join('c')];
    room.receive(a, encodeUpdate(edit('x', '1')));
    room.receive(b, encodeUpdate(edit('y', '2')));
    room.receive(a, encodeUpdate(edit('z', '3')));
    expect(store.events).toEqual([]);
    expect(store.updateCount('m1')).toBe(1);
    await nextTick();
    expect(store.events[0]).toBe('commit 3');
    expect(store.updateCount('m1')).toBe(4);
    expect(a.kinds).toEqual(['update']);
    expect(b.kinds).toEqual(['update']);
    expect(c.kinds).toEqual(['update']);
    // Nobody gets their own updates back; everyone else gets all of them.
    expect(metaKeys(a.payloads)).toEqual(['y']);
    expect(metaKeys(b.payloads)).toEqual(['x', 'z']);
    expect(metaKeys(c.payloads)).toEqual(['x', 'y', 'z']);
  });

  it('relays a burst from many senders as one frame of the whole burst to everyone, senders included', async () => {
    const senders = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => join(name));
    const observer = join('observer');
    senders.forEach((socket, index) => room.receive(socket, encodeUpdate(edit(`k${index}`, 'v'))));
    await nextTick();
    expect(observer.kinds).toEqual(['update']);
    expect(metaKeys(observer.payloads)).toEqual(['k0', 'k1', 'k2', 'k3', 'k4', 'k5']);
    expect(senders[0]!.kinds).toEqual(['update']);
    expect(senders[0]!.payloads).toEqual(observer.payloads);
  });

  it('merges many updates into one that holds all of them', () => {
    const updates = Array.from({ length: 50 }, (_, index) => edit(`k${index}`, String(index)));
    expect(metaKeys([mergeMany(updates)])).toEqual(metaKeys(updates));
  });

  it('relays a lone update as it came', async () => {
    const [a, b] = [join('a'), join('b')];
    const update = edit('x', '1');
    room.receive(a, encodeUpdate(update));
    await nextTick();
    expect(a.kinds).toEqual([]);
    expect(b.payloads).toEqual([update]);
  });

  it('answers a first open with the stored snapshot as it is, and with the current document after a change', async () => {
    const a = join('a');
    room.receive(a, encodeSyncStep1(new Y.Doc()));
    // One stored row (the map's first state): its very bytes are the answer, nothing re-encoded.
    expect(a.payloads).toEqual([store.loadUpdates('m1')[0]]);
    room.receive(a, encodeUpdate(edit('x', '1')));
    await nextTick();
    const b = join('b');
    room.receive(b, encodeSyncStep1(new Y.Doc()));
    expect(b.kinds).toEqual(['step2']);
    expect(metaKeys(b.payloads)).toEqual(['x']);
    // A client that has part of the document is sent only what it lacks.
    const partial = new Y.Doc();
    Y.applyUpdate(partial, b.payloads[0]!);
    room.receive(b, encodeUpdate(edit('y', '2')));
    await nextTick();
    b.payloads.length = 0;
    room.receive(b, encodeSyncStep1(partial));
    expect(metaKeys(b.payloads.slice(-1))).toEqual(['y']);
  });

  it('answers a sync request only after the pending updates of the tick are committed', () => {
    const [a, b] = [join('a'), join('b')];
    room.receive(a, encodeUpdate(edit('x', '1')));
    room.receive(b, encodeSyncStep1(new Y.Doc()));
    expect(store.events).toEqual(['commit 1', 'b update', 'b step2']);
    expect(store.updateCount('m1')).toBe(2);
  });

  it('relays nothing and closes every connection when the commit fails', async () => {
    const [a, b] = [join('a'), join('b')];
    store.failNext = true;
    room.receive(a, encodeUpdate(edit('x', '1')));
    await nextTick();
    expect(b.kinds).toEqual([]);
    expect(room.isFailed).toBe(true);
    expect([a.closedWith, b.closedWith]).toEqual([CloseCode.serverError, CloseCode.serverError]);
    expect(store.updateCount('m1')).toBe(1);
  });

  it('keeps the title of the map record in step with the document', async () => {
    const a = join('a');
    room.receive(a, encodeUpdate(edit('title', 'Onboarding')));
    await nextTick();
    expect(store.getMap('m1')?.title).toBe('Onboarding');
  });
});

describe('Rooms.withRoom', () => {
  it('returns only once the change is committed, and fails when it could not be', () => {
    const db = openDatabase(':memory:');
    const store = new ObservedStore(db);
    store.createMap({ id: 'm1', title: '', createdAt: 0, updatedAt: 0, deletedAt: null }, Y.encodeStateAsUpdate(new Y.Doc()));
    const rooms = new Rooms(store, { compactAfter: 10_000, unloadDelayMs: 60_000, logger: createLogger('silent'), sessions: new SqliteSessionStore(db) });
    rooms.withRoom('m1', (room) => room.doc.getMap('meta').set('title', 'Renamed'));
    expect(store.updateCount('m1')).toBe(2);
    expect(store.getMap('m1')?.title).toBe('Renamed');
    store.failNext = true;
    expect(() => rooms.withRoom('m1', (room) => room.doc.getMap('meta').set('title', 'Lost'))).toThrow(/could not store/);
    rooms.closeAll();
    store.close();
  });
});
