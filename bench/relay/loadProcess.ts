/**
 * A load process of the relay benchmark (forked by relay.ts): runs its share of the simulated
 * participants, each a real y-websocket client with its own Y.Doc, sends their edits on schedule
 * and records, for every remote edit each of them receives, who sent it, its seq and its latency.
 */
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { moveTouchpoint, touchpointIdsInPhase, updateTouchpoint } from '../../shared/src/map/mutations.js';
import { stringField, touchpointsOf } from '../../shared/src/map/schema.js';
import { stampsIn, stampTitle, type ClientSpec, type FromLoad, type ToLoad } from './protocol.js';

interface Client {
  spec: ClientSpec;
  doc: Y.Doc;
  provider: WebsocketProvider;
  touchpointId: string;
  baseTitle: string;
  /** sender → the seqs of that sender's edits this client has received. */
  received: Map<number, Set<number>>;
  duplicates: number;
  lastSeq: number;
  disconnects: number;
}

// Each WebsocketProvider listens for the process's exit in Node: a dozen clients pass the default 10.
process.setMaxListeners(100);

let clients: Client[] = [];
let measured = { from: 0n, to: 0n };
/** Latencies (ms) of receipts whose edit was sent in the measured window, all clients together. */
let latencies: number[] = [];

function send(message: FromLoad): void {
  process.send!(message);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) return false;
    await sleep(10);
  }
  return true;
}

/** Notes every stamp in a raw frame: read before Yjs merges or garbage-collects anything. */
function onFrame(client: Client, data: unknown): void {
  const now = process.hrtime.bigint();
  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : Buffer.isBuffer(data) ? data : null;
  if (!bytes) return;
  for (const { sender, seq, sentAt } of stampsIn(bytes)) {
    if (sender === client.spec.sender) continue;
    let seqs = client.received.get(sender);
    if (!seqs) client.received.set(sender, (seqs = new Set()));
    if (seqs.has(seq)) {
      client.duplicates++;
      continue;
    }
    seqs.add(seq);
    if (sentAt >= measured.from && sentAt < measured.to) latencies.push(Number(now - sentAt) / 1e6);
  }
}

async function connect(serverUrl: string, specs: ClientSpec[]): Promise<void> {
  const pending = specs.map(async (spec) => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(serverUrl, spec.room, doc, {
      // ws implements the browser WebSocket interface the provider uses.
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      // Clients in one process would otherwise talk over a BroadcastChannel, bypassing the server.
      disableBc: true,
    });
    const client: Client = {
      spec,
      doc,
      provider,
      touchpointId: '',
      baseTitle: '',
      received: new Map(),
      duplicates: 0,
      lastSeq: 0,
      disconnects: 0,
    };
    let listening: unknown = null;
    provider.on('status', ({ status }: { status: string }) => {
      if (status === 'connected' && provider.ws && provider.ws !== listening) {
        listening = provider.ws;
        provider.ws.addEventListener('message', (event: MessageEvent) => onFrame(client, event.data));
      }
      if (status === 'disconnected') client.disconnects++;
    });
    const ready = await until(() => provider.synced && touchpointsOf(doc).size > 0, 30_000);
    if (!ready) throw new Error(`client ${spec.sender} did not sync room ${spec.room}`);
    const ids = [...touchpointsOf(doc).keys()].sort();
    client.touchpointId = ids[spec.slot % ids.length]!;
    client.baseTitle = stringField(touchpointsOf(doc).get(client.touchpointId) as Y.Map<unknown>, 'title');
    return client;
  });
  clients = await Promise.all(pending);
}

/** One edit as a participant makes it: a retitle, every other time with a move within the phase. */
function edit(client: Client, seq: number): void {
  const { doc, touchpointId } = client;
  const sentAt = process.hrtime.bigint();
  const title = stampTitle(client.baseTitle, client.spec.sender, seq, sentAt);
  doc.transact(() => {
    if (seq % 2 === 1) {
      const touchpoint = touchpointsOf(doc).get(touchpointId) as Y.Map<unknown> | undefined;
      const phaseId = touchpoint ? stringField(touchpoint, 'phaseId') : '';
      const siblings = touchpointIdsInPhase(doc, phaseId).length;
      moveTouchpoint(doc, touchpointId, { phaseId, index: Math.floor(Math.random() * siblings) });
    }
    updateTouchpoint(doc, touchpointId, { title });
  });
}

/** Sends each client's edits at its rate, from a random phase, until `stopAt`; the worst lag in ms. */
async function runEdits(startAt: bigint, stopAt: bigint, editsPerSecond: number): Promise<number> {
  const period = BigInt(Math.round(1e9 / editsPerSecond));
  let maxLag = 0n;
  await Promise.all(
    clients.map(async (client) => {
      let due = startAt + BigInt(Math.floor(Math.random() * Number(period)));
      while (due < stopAt) {
        const wait = Number(due - process.hrtime.bigint()) / 1e6;
        if (wait > 0) await sleep(wait);
        const lag = process.hrtime.bigint() - due;
        if (lag > maxLag) maxLag = lag;
        client.lastSeq++;
        edit(client, client.lastSeq);
        due += period;
      }
    }),
  );
  return Number(maxLag) / 1e6;
}

/** Waits until every client has every edit of the others in its room (or the timeout), then counts. */
async function collect(lastSeq: Record<number, number>, roomOf: Record<number, string>, timeoutMs: number): Promise<FromLoad> {
  const expected = clients.map((client) =>
    Object.keys(lastSeq)
      .map(Number)
      .filter((sender) => sender !== client.spec.sender && roomOf[sender] === client.spec.room),
  );
  const missing = () => {
    let count = 0;
    clients.forEach((client, index) => {
      for (const sender of expected[index]!) {
        const seqs = client.received.get(sender);
        count += lastSeq[sender]! - (seqs?.size ?? 0);
      }
    });
    return count;
  };
  await until(() => missing() === 0, timeoutMs);
  const received = clients.reduce((sum, client) => sum + [...client.received.values()].reduce((s, seqs) => s + seqs.size, 0), 0);
  const disconnects = clients.reduce((sum, client) => sum + client.disconnects, 0);
  const duplicates = clients.reduce((sum, client) => sum + client.duplicates, 0);
  if (disconnects > 0) console.error(`relay load ${process.pid}: ${disconnects} disconnect(s) during the round`);
  return { type: 'collected', latenciesMs: latencies, received, missing: missing(), duplicates };
}

function disconnect(): void {
  for (const client of clients) {
    client.provider.destroy();
    client.doc.destroy();
  }
  clients = [];
  latencies = [];
}

process.on('message', (message: ToLoad) => {
  const handle = async (): Promise<void> => {
    switch (message.type) {
      case 'connect':
        await connect(message.serverUrl, message.clients);
        send({ type: 'connected' });
        break;
      case 'start': {
        measured = { from: BigInt(message.measureFrom), to: BigInt(message.measureTo) };
        latencies = [];
        const maxLagMs = await runEdits(BigInt(message.startAt), BigInt(message.stopAt), message.editsPerSecond);
        const lastSeq: Record<number, number> = {};
        for (const client of clients) lastSeq[client.spec.sender] = client.lastSeq;
        send({ type: 'stopped', lastSeq, maxLagMs });
        break;
      }
      case 'collect':
        send(await collect(message.lastSeq, message.roomOf, message.timeoutMs));
        break;
      case 'disconnect':
        disconnect();
        send({ type: 'disconnected' });
        break;
      case 'exit':
        disconnect();
        process.exit(0);
    }
  };
  handle().catch((error: unknown) => send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
});
