import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocChanges } from '../../../shared/src/index.js';
import { openDatabase, type WaymarkDatabase } from '../db/open.js';
import { createLogger } from '../logger.js';
import { SqliteDocStore } from '../store/SqliteDocStore.js';
import { ActivityLog, type Actor } from './ActivityLog.js';

const MINUTE = 60_000;
const anna: Actor = { name: 'Anna', role: 'editor', via: 'live' };
const ben: Actor = { name: 'Ben', role: 'editor', via: 'live' };

function touchpoints(added: string[], changed: string[] = [], removed: string[] = []): DocChanges {
  return new Map([['touchpoints', { added: new Set(added), changed: new Set(changed), removed: new Set(removed) }]]);
}
const label = (_subject: string, id: string) => `Title of ${id}`;

describe('ActivityLog', () => {
  let db: WaymarkDatabase;
  let store: SqliteDocStore;
  let now: number;
  let log: ActivityLog;

  beforeEach(() => {
    db = openDatabase(':memory:');
    store = new SqliteDocStore(db);
    store.createMap({ id: 'm1', title: 'M', createdAt: 0, updatedAt: 0, deletedAt: null }, new Uint8Array([0, 0]));
    now = 1_000_000;
    log = new ActivityLog(db, { flushMs: 30_000, idleMs: 5 * MINUTE, maxSpanMs: 30 * MINUTE, logger: createLogger('silent'), now: () => now });
  });
  afterEach(() => store.close());

  it('sums one person’s edits into one entry while they keep working, updating the same row', () => {
    log.record('m1', anna, touchpoints(['a']), label);
    log.flush('m1');
    now += 2 * MINUTE;
    log.record('m1', anna, touchpoints([], ['a', 'b']), label);
    now += 2 * MINUTE;
    log.record('m1', anna, touchpoints([], ['b']), label);
    const entries = log.list('m1', 10);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor: 'Anna',
      startedAt: 1_000_000,
      endedAt: 1_000_000 + 4 * MINUTE,
      changes: { touchpoints: { added: 1, changed: 1, removed: 0, names: ['Title of a', 'Title of b'] } },
    });
  });

  it('starts a new entry after a pause, and after the longest stretch', () => {
    log.record('m1', anna, touchpoints(['a']), label);
    now += 6 * MINUTE;
    log.record('m1', anna, touchpoints(['b']), label);
    for (let i = 0; i < 8; i++) {
      now += 4 * MINUTE;
      log.record('m1', anna, touchpoints([`c${i}`]), label);
    }
    const entries = log.list('m1', 10);
    // a | b, c0…c6 (28 minutes) | c7 (past 30 minutes of one stretch).
    expect(entries.map((e) => e.changes.touchpoints?.added)).toEqual([1, 8, 1]);
    expect(entries[1]!.startedAt).toBe(1_000_000 + 6 * MINUTE);
  });

  it('ends every stretch of a map that is closed (gone to the trash)', () => {
    log.record('m1', anna, touchpoints(['a']), label);
    log.close('m1');
    log.record('m1', anna, touchpoints(['b']), label);
    expect(log.list('m1', 10)).toHaveLength(2);
  });

  it('keeps the name of a restored version that an undo took away before the entry was written', () => {
    const restore = (): DocChanges => new Map([['restore', { added: new Set(), changed: new Set(['restoredVersion']), removed: new Set() }]]);
    log.record('m1', anna, restore(), () => 'Workshop 1');
    log.record('m1', anna, restore(), () => '');
    expect(log.list('m1', 10)[0]!.changes.restore).toEqual({ added: 0, changed: 1, removed: 0, names: ['Workshop 1'] });
  });

  it('keeps people apart', () => {
    log.record('m1', anna, touchpoints(['a']), label);
    log.record('m1', ben, touchpoints([], ['a']), label);
    log.record('m1', { ...anna, via: 'api' }, touchpoints([], [], ['a']), label);
    expect(log.list('m1', 10).map((e) => [e.actor, e.via])).toHaveLength(3);
  });

  it('writes no entry for a change that cancelled out, and keeps an entry already written', () => {
    log.record('m1', anna, touchpoints(['a']), label);
    log.record('m1', anna, touchpoints([], [], ['a']), label);
    expect(log.list('m1', 10)).toEqual([]);
    log.record('m1', ben, touchpoints(['b']), label);
    expect(log.list('m1', 10)).toHaveLength(1);
    log.record('m1', ben, touchpoints([], [], ['b']), label);
    // The row stays but says nothing, so it is not listed.
    expect(log.list('m1', 10)).toEqual([]);
  });

  it('writes everything on the timer without being asked, and lets idle stretches go', () => {
    log.record('m1', anna, touchpoints(['a']), label);
    log.flushAll();
    const count = () => (db.$client.prepare('select count(*) as n from activity').get() as { n: number }).n;
    expect(count()).toBe(1);
    now += 10 * MINUTE;
    log.flushAll();
    log.record('m1', anna, touchpoints(['b']), label);
    log.flushAll();
    expect(count()).toBe(2);
  });

  it('drops what it cannot write (the map is gone) and goes on', () => {
    log.record('m1', anna, touchpoints(['a']), label);
    log.record('gone', anna, touchpoints(['a']), label);
    log.flushAll();
    expect(log.list('m1', 10)).toHaveLength(1);
    expect(log.list('gone', 10)).toEqual([]);
    store.deleteMap('m1');
    log.record('m1', anna, touchpoints(['b']), label);
    expect(() => log.flush('m1')).not.toThrow();
  });

  it('lets go of the live document once a stretch is written (an unloaded map is not kept in memory)', async () => {
    // The label closes over the room's document, as Room's does; the stretch outlives the room.
    const held = ((doc: { title: string }) => {
      log.record('m1', anna, touchpoints(['a']), () => doc.title);
      return new WeakRef(doc);
    })({ title: 'Title of a' });
    log.flush('m1');
    await new Promise((resolve) => setImmediate(resolve));
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
    expect(held.deref()).toBeUndefined();
    // The name it gave is kept for the next write of the same stretch.
    now += MINUTE;
    log.record('m1', anna, touchpoints([], ['b']), label);
    expect(log.list('m1', 10)[0]!.changes.touchpoints?.names).toEqual(['Title of a', 'Title of b']);
  });
});
