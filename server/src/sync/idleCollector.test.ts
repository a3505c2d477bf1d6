import { getHeapSpaceStatistics } from 'node:v8';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { openDatabase } from '../db/open.js';
import { SqliteSessionStore } from '../facilitation/SessionStore.js';
import { createLogger } from '../logger.js';
import { SqliteDocStore } from '../store/SqliteDocStore.js';
import { fullGc, IdleCollector } from './idleCollector.js';
import type { SyncSocket } from './Room.js';
import { Rooms } from './rooms.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('IdleCollector', () => {
  it('collects once the server is quiet after enough unloads, and not before', () => {
    vi.useFakeTimers();
    const collect = vi.fn();
    const collector = new IdleCollector({ idleMs: 1_000, minUnloads: 3, collect });
    collector.roomUnloaded();
    collector.roomUnloaded();
    vi.advanceTimersByTime(5_000);
    expect(collect).not.toHaveBeenCalled();
    collector.roomUnloaded();
    vi.advanceTimersByTime(900);
    // A room loaded: the server is not idle, the wait starts over.
    collector.roomLoaded();
    vi.advanceTimersByTime(900);
    expect(collect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(collect).toHaveBeenCalledTimes(1);
    // Counted again from zero.
    collector.roomUnloaded();
    vi.advanceTimersByTime(5_000);
    expect(collect).toHaveBeenCalledTimes(1);
  });

  it('waits while a loaded room has traffic', () => {
    vi.useFakeTimers();
    const collect = vi.fn();
    let busy = true;
    const collector = new IdleCollector({ idleMs: 1_000, minUnloads: 1, collect, busy: () => busy });
    collector.roomUnloaded();
    vi.advanceTimersByTime(3_500);
    expect(collect).not.toHaveBeenCalled();
    busy = false;
    vi.advanceTimersByTime(1_000);
    expect(collect).toHaveBeenCalledTimes(1);
    collector.stop();
  });

  it('runs a real full garbage collection without --expose-gc on the command line', async () => {
    const gc = fullGc();
    expect(gc).toBeTypeOf('function');
    // Made in a function so that nothing here holds it.
    const ref = ((): WeakRef<object> => new WeakRef({ big: new Array(10_000).fill('x') }))();
    // A WeakRef's target stays alive until the end of the current job.
    await new Promise((resolve) => setImmediate(resolve));
    gc?.();
    expect(ref.deref()).toBeUndefined();
  });

  it('compacts the old generation: the pages of collected garbage are given back', async () => {
    const committed = () => getHeapSpaceStatistics().find((space) => space.space_name === 'old_space')!.space_size;
    // Many objects that survive into the old generation, of which one in fifty stays alive.
    const kept: object[] = [];
    for (let round = 0; round < 5; round++) {
      const batch = Array.from({ length: 100_000 }, (_, i) => ({ i, text: `item ${i}` }));
      await new Promise((resolve) => setImmediate(resolve));
      for (let i = 0; i < batch.length; i += 50) kept.push(batch[i]!);
    }
    const gc = fullGc()!;
    const before = committed();
    gc();
    expect(committed()).toBeLessThan(before);
    expect(kept.length).toBe(10_000);
  });
});

describe('Rooms with the idle collection', () => {
  it('collects after rooms were unloaded and the server fell quiet', async () => {
    const db = openDatabase(':memory:');
    const store = new SqliteDocStore(db);
    const collect = vi.fn();
    const rooms = new Rooms(store, {
      compactAfter: 10_000,
      unloadDelayMs: 0,
      logger: createLogger('silent'),
      sessions: new SqliteSessionStore(db),
      idleCollect: { idleMs: 20, minUnloads: 2, collect },
    });
    const socket: SyncSocket = { send: () => {}, close: () => {} };
    for (const id of ['m1', 'm2']) {
      store.createMap({ id, title: '', createdAt: 0, updatedAt: 0, deletedAt: null }, Y.encodeStateAsUpdate(new Y.Doc()));
      const room = rooms.connect(id, socket)!;
      rooms.disconnect(room, socket);
    }
    expect(rooms.loadedCount).toBe(0);
    expect(collect).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(collect).toHaveBeenCalledTimes(1);
    rooms.closeAll();
    store.close();
  });
});
