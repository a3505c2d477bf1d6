/**
 * Issue 7 item 3, cold open: time from opening the WebSocket (stock y-websocket provider) to
 * `synced`, for a map whose room is not in memory (WAYMARK_UNLOAD_DELAY_MS=0 unloads it when
 * the last client leaves). A 1,000-touchpoint map created through the HTTP API; and maps with
 * 100,000 updates in their log, opened with compaction at its default and effectively off.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { applyMapDocument, newId, touchpointsOf } from '../../shared/src/index.js';
import { connectClient, tempDir, until } from '../../server/test/harness.js';
import type { ServerProcess } from '../../server/test/harness.js';
import { openDatabase } from '../../server/src/db/open.js';
import { SqliteDocStore } from '../../server/src/store/SqliteDocStore.js';
import { percentile, type Benchmark, type BenchContext, type Figure } from '../lib/figures.js';
import { dragEdit, importMap, realisticMap } from '../lib/durableKit.js';
import { startBenchServer } from '../lib/server.js';

const BUDGET = { max: 150, text: '≤ 150 ms' };
/** Touchpoints of the maps with a long history (the history is what is measured). */
const HISTORY_TOUCHPOINTS = 50;

interface Sizes {
  touchpoints: number;
  opens: number;
  history: number;
  /** Maps with a long history: each gives one cold first open per setting. */
  historyMaps: number;
}

export const coldOpen: Benchmark = {
  id: 'coldOpen',
  title: 'Cold open',
  async run(context) {
    const sizes: Sizes = context.smoke
      ? { touchpoints: 50, opens: 3, history: 2_000, historyMaps: 1 }
      : { touchpoints: 1_000, opens: 20, history: 100_000, historyMaps: 3 };
    return [...(await bigMap(context, sizes)), ...(await longHistory(context, sizes))];
  },
};

/**
 * Opens a map with a fresh client, times opening → `synced`, checks that it arrived, closes the
 * client and gives the server time to see the close (and unload the room).
 */
async function timedOpen(url: string, mapId: string, expectTouchpoints: number): Promise<number> {
  let syncedAt = 0;
  const started = performance.now();
  const client = connectClient(url, mapId);
  client.provider.on('sync', (isSynced: boolean) => {
    if (isSynced && syncedAt === 0) syncedAt = performance.now();
  });
  try {
    await until(() => syncedAt !== 0, `sync of ${mapId}`, 60_000);
    const arrived = touchpointsOf(client.doc).size;
    if (arrived !== expectTouchpoints) throw new Error(`${mapId} synced with ${arrived} touchpoints, expected ${expectTouchpoints}`);
    return syncedAt - started;
  } finally {
    client.destroy();
    // The room unloads (and compacts) when the server handles the close: let it finish first.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Median and p95 of open times as figures. */
function openFigures(name: string, samples: number[], budget: typeof BUDGET | undefined, note: string): Figure[] {
  return [
    { name: `${name} median`, value: percentile(samples, 50), unit: 'ms', budget, note: `${samples.length} opens; ${note}` },
    { name: `${name} p95`, value: percentile(samples, 95), unit: 'ms', budget, note: `${samples.length} opens` },
  ];
}

async function bigMap(context: BenchContext, { touchpoints, opens }: Sizes): Promise<Figure[]> {
  const temp = tempDir();
  const server = await startBenchServer(temp.dir, { WAYMARK_UNLOAD_DELAY_MS: '0' });
  try {
    const map = realisticMap(touchpoints);
    const mapId = await importMap(server.url, map);
    // A first open of another map warms the server's code paths; the big map stays cold.
    const warmId = await importMap(server.url, realisticMap(10, 'Warm-up'));
    await timedOpen(server.url, warmId, 10);
    const samples: number[] = [];
    for (let open = 0; open < opens; open++) samples.push(await timedOpen(server.url, mapId, touchpoints));
    context.log(`${touchpoints} touchpoints: ${samples.map((ms) => ms.toFixed(0)).join(' ')} ms`);
    // What the client alone spends applying the map (the server does the same on load): the
    // part of an open no server change can save.
    const state = mapState(map);
    const applies: number[] = [];
    for (let run = 0; run < opens; run++) {
      const started = performance.now();
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state);
      applies.push(performance.now() - started);
      doc.destroy();
    }
    return [
      ...openFigures(`${touchpoints} touchpoints, cold`, samples, BUDGET, `first ${samples[0]!.toFixed(0)} ms`),
      {
        name: `${touchpoints} touchpoints, Y.applyUpdate alone`,
        value: percentile(applies, 50),
        unit: 'ms',
        note: `median of ${applies.length}; the state is ${(state.byteLength / 1024).toFixed(0)} KiB`,
      },
    ];
  } finally {
    await server.stop();
    temp.remove();
  }
}

/** The whole map as one Yjs update, as the server creates it from the imported document. */
function mapState(map: ReturnType<typeof realisticMap>): Uint8Array {
  const doc = new Y.Doc();
  applyMapDocument(doc, map);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

/**
 * A database whose maps each have `history` updates in their log, written before any server
 * runs (one transaction per map), as a map edited for months without being compacted would.
 */
function writeHistory(dbPath: string, { history, historyMaps }: Sizes): { ids: string[]; snapshotBytes: number } {
  const db = openDatabase(dbPath);
  const store = new SqliteDocStore(db);
  const doc = new Y.Doc();
  applyMapDocument(doc, realisticMap(HISTORY_TOUCHPOINTS, 'Long history'));
  const initial = Y.encodeStateAsUpdate(doc);
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let step = 0; step < history - 1; step++) dragEdit(doc, step, HISTORY_TOUCHPOINTS);
  // Compaction keeps every overwritten map value as a tombstone: the snapshot grows with the history.
  const snapshotBytes = Y.encodeStateAsUpdate(doc).byteLength;
  doc.destroy();
  const ids: string[] = [];
  for (let index = 0; index < historyMaps; index++) {
    const id = newId('map', 16);
    const now = Date.now();
    store.createMap({ id, title: 'Long history', createdAt: now, updatedAt: now, deletedAt: null }, initial);
    store.appendUpdates(id, updates);
    if (store.updateCount(id) !== history) throw new Error(`history of ${id} has ${store.updateCount(id)} rows, expected ${history}`);
    ids.push(id);
  }
  store.close();
  return { ids, snapshotBytes };
}

async function withServer<T>(dir: string, env: Record<string, string>, fn: (server: ServerProcess) => Promise<T>): Promise<T> {
  const server = await startBenchServer(dir, { WAYMARK_UNLOAD_DELAY_MS: '0', ...env });
  try {
    return await fn(server);
  } finally {
    await server.stop();
  }
}

async function longHistory(context: BenchContext, sizes: Sizes): Promise<Figure[]> {
  const compacting = tempDir();
  const notCompacting = tempDir();
  try {
    const written = performance.now();
    const { ids, snapshotBytes } = writeHistory(join(compacting.dir, 'waymark.db'), sizes);
    copyFileSync(join(compacting.dir, 'waymark.db'), join(notCompacting.dir, 'waymark.db'));
    context.log(`${ids.length} map(s) × ${sizes.history} updates written in ${((performance.now() - written) / 1000).toFixed(1)} s`);
    const label = `${sizes.history.toLocaleString('en-US')} updates`;

    // Default WAYMARK_COMPACT_AFTER: the first open loads the whole log and compacts it.
    const first: number[] = [];
    const next: number[] = [];
    await withServer(compacting.dir, {}, async (server) => {
      for (const id of ids) {
        first.push(await timedOpen(server.url, id, HISTORY_TOUCHPOINTS));
        next.push(await timedOpen(server.url, id, HISTORY_TOUCHPOINTS));
      }
    });
    // Compaction effectively off: every open until the room is unloaded reads the whole log.
    const uncompacted: number[] = [];
    await withServer(notCompacting.dir, { WAYMARK_COMPACT_AFTER: '1000000000' }, async (server) => {
      const reader = new SqliteDocStore(openDatabase(join(notCompacting.dir, 'waymark.db')));
      try {
        for (const id of ids) {
          uncompacted.push(await timedOpen(server.url, id, HISTORY_TOUCHPOINTS));
          // Unloading compacts: one row left proves the room was unloaded, so each open was cold.
          await until(() => reader.updateCount(id) === 1, `the room of ${id} to unload after its client left`, 60_000);
        }
      } finally {
        reader.close();
      }
    });
    context.log(`${label}: first ${first.map((ms) => ms.toFixed(0)).join(' ')}, next ${next.map((ms) => ms.toFixed(0)).join(' ')}, uncompacted ${uncompacted.map((ms) => ms.toFixed(0)).join(' ')} ms`);
    return [
      { name: `${label}, first open (compacts)`, value: percentile(first, 50), unit: 'ms', note: `median of ${first.length} maps, each cold; WAYMARK_COMPACT_AFTER default` },
      { name: `${label}, next open`, value: percentile(next, 50), unit: 'ms', note: `median of ${next.length}; the log is one snapshot of ${(snapshotBytes / 1024).toFixed(0)} KiB now` },
      {
        name: `${label}, compaction off`,
        value: percentile(uncompacted, 50),
        unit: 'ms',
        note: `median of ${uncompacted.length} maps, each cold; WAYMARK_COMPACT_AFTER=1e9 (unloading still compacts)`,
      },
    ];
  } finally {
    compacting.remove();
    notCompacting.remove();
  }
}
