/**
 * Issue 7 item 2, durable write throughput: updates per second committed, end to end through a
 * real server process (one writer, then 20 at once), proved durable by SIGKILL and reopening the
 * SQLite file; next to it the store alone (one transaction per update, and 100 per transaction).
 */
import { join } from 'node:path';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import { applyMapDocument, docToMapDocument } from '../../shared/src/index.js';
import { openDatabase } from '../../server/src/db/open.js';
import { SqliteDocStore } from '../../server/src/store/SqliteDocStore.js';
import { connectClient, synced, tempDir, wsUrl, type TestClient } from '../../server/test/harness.js';
import type { Benchmark, BenchContext, Figure } from '../lib/figures.js';
import { clockOf, dragEdit, importMap, openStore, realisticMap } from '../lib/durableKit.js';
import { startBenchServer } from '../lib/server.js';

const BUDGET = { min: 5_000, text: '≥ 5,000 updates/s' };
/** Touchpoints of the map the edits go to (small: the figure is about writes, not size). */
const MAP_TOUCHPOINTS = 50;
const WRITERS = 20;
/** Edits sent before the writer yields to the event loop, so that the socket can drain. */
const BURST = 100;
/** Above this much unsent data the writer waits for the socket. */
const HIGH_WATER = 1 << 20;

interface Sizes {
  /** Edits of the single writer; the 20 writers send this many together. */
  k: number;
  /** Updates in the store-level loop. */
  storeUpdates: number;
}

export const durable: Benchmark = {
  id: 'durable',
  title: 'Durable write throughput',
  async run(context) {
    const sizes: Sizes = context.smoke ? { k: 200, storeUpdates: 200 } : { k: 20_000, storeUpdates: 20_000 };
    return [...(await endToEnd(context, sizes)), ...storeLevel(context, sizes)];
  },
};

/**
 * A writer: its edits made beforehand on its own copy of the map with the shared mutations, each
 * its own update as a drag sends them, framed as the y-websocket client frames them (sync
 * message, update). Sent over a raw socket that ignores what it receives, so that the benchmark
 * process spends its time sending, not applying 20 writers' relays 20 times over.
 */
interface Writer {
  clientId: number;
  /** The writer's clock after its last edit: the observer holds all of them once it has this. */
  target: number;
  frames: Uint8Array[];
  socket?: WebSocket;
}

function prepareWriter(base: Uint8Array, count: number, offset: number): Writer {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, base);
  const frames: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeUpdate(encoder, update);
    frames.push(encoding.toUint8Array(encoder));
  });
  for (let step = 0; step < count; step++) dragEdit(doc, offset + step, MAP_TOUCHPOINTS);
  if (frames.length !== count) throw new Error(`expected ${count} updates, the edits made ${frames.length}`);
  const writer = { clientId: doc.clientID, target: clockOf(doc, doc.clientID), frames };
  doc.destroy();
  return writer;
}

async function openSocket(url: string, mapId: string): Promise<WebSocket> {
  const socket = new WebSocket(`${wsUrl(url)}/${mapId}`);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  socket.once('close', (code) => {
    if (code !== 1000 && code !== 1005 && code !== 1006) console.error(`a writer's socket was closed with ${code}`);
  });
  return socket;
}

/** Resolves with the time at which the observer holds every writer's edits. */
function observe(observer: TestClient, writers: Writer[], timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const done = () => writers.every((writer) => clockOf(observer.doc, writer.clientId) >= writer.target);
    const timer = setTimeout(() => {
      observer.doc.off('update', onUpdate);
      const missing = writers.reduce((sum, writer) => sum + writer.target - clockOf(observer.doc, writer.clientId), 0);
      reject(new Error(`observer still lacks ${missing} item(s) after ${timeoutMs} ms`));
    }, timeoutMs);
    const onUpdate = () => {
      if (!done()) return;
      const at = performance.now();
      clearTimeout(timer);
      observer.doc.off('update', onUpdate);
      resolve(at);
    };
    observer.doc.on('update', onUpdate);
  });
}

/** Sends every writer's frames, interleaved, as fast as the sockets take them. */
async function sendAll(writers: Writer[]): Promise<void> {
  const count = Math.max(...writers.map((writer) => writer.frames.length));
  for (let sent = 0; sent < count; sent += BURST) {
    for (const writer of writers) {
      for (const frame of writer.frames.slice(sent, sent + BURST)) writer.socket!.send(frame);
    }
    await new Promise((resolve) => setImmediate(resolve));
    while (writers.some((writer) => writer.socket!.bufferedAmount > HIGH_WATER)) await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

/** One phase: `writerCount` writers send `perWriter` edits each; the rate the observer sees. */
async function phase(
  url: string,
  observer: TestClient,
  writerCount: number,
  perWriter: number,
  offset: number,
  sockets: WebSocket[],
): Promise<{ rate: number; ms: number; writers: Writer[] }> {
  const base = Y.encodeStateAsUpdate(observer.doc);
  const writers = Array.from({ length: writerCount }, (_, index) => prepareWriter(base, perWriter, offset + index * perWriter));
  for (const writer of writers) {
    writer.socket = await openSocket(url, observer.provider.roomname);
    sockets.push(writer.socket);
  }
  const received = observe(observer, writers, 300_000);
  const started = performance.now();
  await sendAll(writers);
  const finished = await received;
  const ms = finished - started;
  return { rate: (writerCount * perWriter) / (ms / 1000), ms, writers };
}

async function endToEnd(context: BenchContext, { k }: Sizes): Promise<Figure[]> {
  const temp = tempDir();
  const sockets: WebSocket[] = [];
  let observer: TestClient | undefined;
  const server = await startBenchServer(temp.dir);
  try {
    const mapId = await importMap(server.url, realisticMap(MAP_TOUCHPOINTS, 'Durable writes'));
    observer = connectClient(server.url, mapId);
    await synced(observer);
    context.log(`one writer sends ${k} edits`);
    const one = await phase(server.url, observer, 1, k, 0, sockets);
    context.log(`one writer: ${one.ms.toFixed(0)} ms`);
    const perWriter = Math.ceil(k / WRITERS);
    context.log(`${WRITERS} writers send ${perWriter} edits each`);
    const many = await phase(server.url, observer, WRITERS, perWriter, k, sockets);
    context.log(`${WRITERS} writers: ${many.ms.toFixed(0)} ms`);
    // Right after the observer has everything: whatever it received must be on disk.
    await server.kill9();
    const store = openStore(join(temp.dir, 'waymark.db'));
    const rows = store.loadUpdates(mapId);
    store.close();
    const reopened = new Y.Doc();
    Y.transact(reopened, () => {
      for (const row of rows) Y.applyUpdate(reopened, row);
    });
    const writers = [...one.writers, ...many.writers];
    const missing = writers.reduce((sum, writer) => sum + Math.max(0, writer.target - clockOf(reopened, writer.clientId)), 0);
    if (missing > 0 || reopened.store.pendingStructs !== null) {
      throw new Error(`after kill -9, ${missing} item(s) of acknowledged edits are missing from the database`);
    }
    // The content too: the reopened map equals the observer's (the last drag positions, emotions).
    if (JSON.stringify(docToMapDocument(reopened)) !== JSON.stringify(docToMapDocument(observer.doc))) {
      throw new Error('after kill -9, the reopened map differs from what the observer received');
    }
    context.log(`after kill -9 the database holds all ${k + perWriter * WRITERS} edits (${rows.length} rows)`);
    return [
      {
        name: 'end to end, 1 writer',
        value: one.rate,
        unit: 'updates/s',
        budget: BUDGET,
        note: `${k} edits in ${one.ms.toFixed(0)} ms, observed after commit; all found after kill -9`,
      },
      {
        name: `end to end, ${WRITERS} writers`,
        value: many.rate,
        unit: 'updates/s',
        budget: BUDGET,
        note: `${WRITERS}×${perWriter} edits in ${many.ms.toFixed(0)} ms; all found after kill -9`,
      },
    ];
  } finally {
    for (const socket of sockets) socket.terminate();
    observer?.destroy();
    if (server.child.exitCode === null && server.child.signalCode === null) await server.kill9();
    temp.remove();
  }
}

/** SqliteDocStore.appendUpdates of one update in a loop: what one SQLite transaction per update costs. */
function storeLevel(context: BenchContext, { storeUpdates }: Sizes): Figure[] {
  const temp = tempDir();
  try {
    const db = openDatabase(join(temp.dir, 'waymark.db'));
    const store = new SqliteDocStore(db);
    const doc = new Y.Doc();
    applyMapDocument(doc, realisticMap(MAP_TOUCHPOINTS, 'Store level'));
    const now = Date.now();
    const mapIds = ['map-each', 'map-batched'];
    for (const id of mapIds) store.createMap({ id, title: 'Store level', createdAt: now, updatedAt: now, deletedAt: null }, Y.encodeStateAsUpdate(doc));
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (let step = 0; step < storeUpdates; step++) dragEdit(doc, step, MAP_TOUCHPOINTS);
    doc.destroy();
    const bytes = updates.reduce((sum, update) => sum + update.byteLength, 0);
    context.log(`store: ${updates.length} updates of ${(bytes / updates.length).toFixed(0)} bytes on average`);

    let started = performance.now();
    for (const update of updates) store.appendUpdates('map-each', [update]);
    const each = updates.length / ((performance.now() - started) / 1000);

    // 100 updates to a transaction: what batching buys.
    started = performance.now();
    for (let first = 0; first < updates.length; first += 100) store.appendUpdates('map-batched', updates.slice(first, first + 100));
    const batched = updates.length / ((performance.now() - started) / 1000);
    for (const id of mapIds) {
      if (store.updateCount(id) !== updates.length + 1) throw new Error(`store lost updates of ${id}`);
    }
    store.close();
    return [
      { name: 'store, 1 update per transaction', value: each, unit: 'updates/s', note: `${updates.length} × appendUpdates([update]), WAL, synchronous=NORMAL` },
      { name: 'store, 100 per transaction', value: batched, unit: 'updates/s', note: 'appendUpdates of 100 at a time' },
    ];
  } finally {
    temp.remove();
  }
}

