/**
 * Issue 7 item 6, memory: the server's RSS after opening and closing 10,000 maps returns to
 * within 10 % of where it started. The server is a real process (server/src/main.ts) measured
 * from /proc; the clients are the stock y-websocket provider in this process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { touchpointsOf, updateTouchpoint } from '../../shared/src/index.js';
import { percentile, type Benchmark, type BenchContext, type Figure } from '../lib/figures.js';
import type { ProbeStats } from './probe.js';
import { startMeasuredServer, type MeasuredServer } from './server.js';

const MiB = 2 ** 20;

interface Sizes {
  maps: number;
  /** Maps opened and closed before 'before', so that code paths, JIT and caches are warm. */
  warmup: number;
  /** Clients opening maps at once. */
  concurrency: number;
  /** Idle time once every room is unloaded, before RSS is read. */
  settleMs: number;
}

const FULL: Sizes = { maps: 10_000, warmup: 100, concurrency: 8, settleMs: 10_000 };
const SMOKE: Sizes = { maps: 200, warmup: 20, concurrency: 8, settleMs: 500 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** Runs `task` on every item with at most `limit` in flight. */
async function pool<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Creates `count` maps from the automotive template (17 touchpoints) through the HTTP API. */
async function createMaps(url: string, count: number, concurrency: number): Promise<string[]> {
  const ids: string[] = new Array<string>(count);
  await pool([...ids.keys()], concurrency, async (index) => {
    const response = await fetch(`${url}/api/maps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: `Memory map ${index}`, template: 'automotive' }),
    });
    if (response.status !== 201) throw new Error(`creating a map answered ${response.status}: ${await response.text()}`);
    ids[index] = ((await response.json()) as { id: string }).id;
  });
  return ids;
}

/**
 * One visit: connect, wait for synced, share a presence state, rename one touchpoint, leave and
 * wait until the socket is closed. Resolves with the time it took.
 */
async function visit(url: string, mapId: string, index: number): Promise<number> {
  const started = performance.now();
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${url.replace(/^http/, 'ws')}/sync`, mapId, doc, {
    // ws implements the browser WebSocket interface the provider uses.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // Clients in one process would otherwise talk over a BroadcastChannel, bypassing the server.
    disableBc: true,
  });
  let socket: WebSocket | globalThis.WebSocket | null;
  try {
    provider.awareness.setLocalState({
      user: { id: `bench-${index}`, name: `Visitor ${index}`, color: '#0072B2' },
      cursor: { x: 100, y: 200 },
      selection: [],
    });
    await until(() => provider.synced, `map ${mapId} to sync`, 60_000);
    const first = [...touchpointsOf(doc).keys()][0];
    if (first === undefined) throw new Error(`map ${mapId} synced without touchpoints`);
    updateTouchpoint(doc, first, { title: `Visited ${index}` });
    socket = provider.ws;
  } finally {
    provider.destroy();
    doc.destroy();
  }
  // The server unloads the room on the socket's close: wait for it, so that at most
  // `concurrency` rooms are open at once and the closes are not all queued at the end.
  const closing = socket;
  if (closing) await until(() => closing.readyState === closing.CLOSED, `map ${mapId} to close`, 60_000);
  return performance.now() - started;
}

interface Snapshot {
  rss: number;
  stats: ProbeStats;
}

/** Waits until every room is unloaded, then `settleMs` of idle, and reads RSS and the heap. */
async function settle(server: MeasuredServer, settleMs: number): Promise<Snapshot> {
  await until(async () => (await server.stats()).rooms === 0, 'every room to unload', 120_000);
  await sleep(settleMs);
  const stats = await server.stats();
  return { rss: server.rss().rss, stats };
}

/** The V8 heap spaces above 1 MiB, committed size in MiB: where a grown heap sits. */
function spacesNote(stats: ProbeStats): string {
  return Object.entries(stats.spaces)
    .filter(([, size]) => size >= MiB)
    .map(([name, size]) => `${name.replace(/_space$/, '')} ${(size / MiB).toFixed(1)}`)
    .join(', ');
}

async function run({ smoke, log }: BenchContext): Promise<Figure[]> {
  // BENCH_MEMORY_SETTLE_MS: a longer idle, to see what V8's memory reducer gives back in time.
  const settleMs = Number(process.env.BENCH_MEMORY_SETTLE_MS) || undefined;
  const sizes = { ...(smoke ? SMOKE : FULL), ...(settleMs ? { settleMs } : {}) };
  const dir = mkdtempSync(join(tmpdir(), 'waymark-memory-'));
  const server = await startMeasuredServer(dir);
  try {
    log(`creating ${sizes.maps} maps (automotive template, ${sizes.concurrency} requests at once)`);
    let started = performance.now();
    const ids = await createMaps(server.url, sizes.maps, sizes.concurrency);
    log(`created in ${((performance.now() - started) / 1000).toFixed(1)} s; RSS ${(server.rss().rss / MiB).toFixed(0)} MiB`);

    log(`warming up: opening and closing ${sizes.warmup} maps`);
    await pool(ids.slice(0, sizes.warmup), sizes.concurrency, async (id, index) => {
      await visit(server.url, id, index);
    });
    const before = await settle(server, sizes.settleMs);
    log(`before: RSS ${(before.rss / MiB).toFixed(1)} MiB, heap used ${(before.stats.memory.heapUsed / MiB).toFixed(1)} MiB; ${spacesNote(before.stats)}`);

    let peak = before.rss;
    const sampler = setInterval(() => {
      peak = Math.max(peak, server.rss().rss);
    }, 100);
    const durations: number[] = [];
    started = performance.now();
    try {
      await pool(ids, sizes.concurrency, async (id, index) => {
        durations.push(await visit(server.url, id, index));
        if ((index + 1) % 1000 === 0) log(`${index + 1} maps opened and closed; RSS ${(server.rss().rss / MiB).toFixed(0)} MiB`);
      });
    } finally {
      clearInterval(sampler);
    }
    const seconds = (performance.now() - started) / 1000;
    peak = Math.max(peak, server.rss().rss);
    const after = await settle(server, sizes.settleMs);
    log(`after: RSS ${(after.rss / MiB).toFixed(1)} MiB, heap used ${(after.stats.memory.heapUsed / MiB).toFixed(1)} MiB; ${spacesNote(after.stats)}`);
    // Last, as it changes what it measures: how much of 'after' a full collection gives back.
    const collected = await server.gc();
    // V8 hands freed pages back in the background: read a moment later.
    await sleep(2_000);
    const afterGc = server.rss().rss;
    log(`after a full GC: RSS ${(afterGc / MiB).toFixed(1)} MiB; ${spacesNote(collected)}`);

    if (after.stats.rooms !== 0) throw new Error(`${after.stats.rooms} rooms still loaded after every client left`);
    if (durations.length !== sizes.maps) throw new Error(`only ${durations.length} of ${sizes.maps} maps were visited`);

    const mib = (bytes: number) => bytes / MiB;
    const heapNote = (stats: ProbeStats) =>
      `heap total ${mib(stats.memory.heapTotal).toFixed(1)} MiB, external ${mib(stats.memory.external).toFixed(1)} MiB, array buffers ${mib(stats.memory.arrayBuffers).toFixed(1)} MiB`;
    return [
      {
        name: 'RSS after / before',
        value: after.rss / before.rss,
        unit: '×',
        budget: { max: 1.1, text: '≤ 1.10 × before' },
        note: `${sizes.maps} maps opened and closed, ${sizes.concurrency} at once; read ${sizes.settleMs / 1000} s after the last room unloaded`,
      },
      {
        name: 'RSS before',
        value: mib(before.rss),
        unit: 'MiB',
        note: `after creating the maps and opening and closing ${sizes.warmup} of them`,
      },
      { name: 'RSS after', value: mib(after.rss), unit: 'MiB' },
      { name: 'RSS peak', value: mib(peak), unit: 'MiB', note: 'sampled every 100 ms while the maps were opened' },
      { name: 'heap used before', value: mib(before.stats.memory.heapUsed), unit: 'MiB', note: heapNote(before.stats) },
      { name: 'heap used after', value: mib(after.stats.memory.heapUsed), unit: 'MiB', note: heapNote(after.stats) },
      {
        name: 'RSS after a full GC',
        value: mib(afterGc),
        unit: 'MiB',
        note: `diagnostic, taken last, 2 s after; heap used then ${mib(collected.memory.heapUsed).toFixed(1)} MiB of ${mib(collected.memory.heapTotal).toFixed(1)} MiB`,
      },
      {
        name: 'rooms loaded after',
        value: after.stats.rooms ?? Number.NaN,
        unit: 'rooms',
        note: `maps the activity list still holds: ${after.stats.activityMaps ?? 'none recorded'}`,
      },
      {
        name: 'visit p95',
        value: percentile(durations, 95),
        unit: 'ms',
        note: `connect, synced, presence, one edit, closed; ${(sizes.maps / seconds).toFixed(0)} maps/s`,
      },
    ];
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const memoryBenchmark: Benchmark = {
  id: 'memory',
  title: 'Memory: server RSS after opening and closing 10,000 maps',
  run,
};
