import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import automotive from '../../shared/src/templates/automotive.json';
import { docToMapDocument, mapDocumentToDoc, updateTouchpoint, validateMapDocument, type MapDocument } from '../../shared/src/index.js';
import type { RunningServer } from '../src/server.js';
import { api, connectClient, startTestServer, synced, tempDir, until, wsUrl } from './harness.js';

const demo = automotive as MapDocument;
const FRAMES = 20_000;
const QUERY_AWARENESS = new Uint8Array([3]);

/** Real frames of every kind a client sends, as seeds for mutation. */
function seedFrames(): Uint8Array[] {
  const doc = mapDocumentToDoc(demo);
  const frame = (write: (e: encoding.Encoder) => void) => {
    const e = encoding.createEncoder();
    write(e);
    return encoding.toUint8Array(e);
  };
  const edited = new Y.Doc();
  Y.applyUpdate(edited, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(edited);
  updateTouchpoint(edited, demo.touchpoints[0]!.id, { title: 'fuzz' });
  const update = Y.encodeStateAsUpdate(edited, before);
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awareness.setLocalState({ user: { name: 'Fuzz', color: '#123456' }, cursor: { x: 1, y: 2 } });
  return [
    frame((e) => {
      encoding.writeVarUint(e, 0);
      syncProtocol.writeSyncStep1(e, doc);
    }),
    frame((e) => {
      encoding.writeVarUint(e, 0);
      syncProtocol.writeUpdate(e, update);
    }),
    frame((e) => {
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint8Array(e, update);
    }),
    frame((e) => {
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]));
    }),
    frame((e) => encoding.writeVarUint(e, 3)),
  ];
}

/** Random bytes, truncated real frames, and real frames with bytes flipped, inserted or removed. */
function frameArbitrary(seeds: Uint8Array[]): fc.Arbitrary<Uint8Array> {
  const seed = fc.constantFrom(...seeds);
  return fc.oneof(
    fc.uint8Array({ minLength: 0, maxLength: 64 }),
    seed.chain((s) => fc.nat({ max: s.length }).map((n) => s.slice(0, n))),
    seed.chain((s) =>
      fc.array(fc.tuple(fc.nat({ max: Math.max(0, s.length - 1) }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }).map((flips) => {
        const copy = s.slice();
        for (const [at, value] of flips) copy[at] = value;
        return copy;
      }),
    ),
    seed.chain((s) =>
      fc.tuple(fc.nat({ max: s.length }), fc.uint8Array({ minLength: 1, maxLength: 8 }), fc.nat({ max: 8 })).map(([at, insert, drop]) => {
        const out = new Uint8Array(s.length + insert.length);
        out.set(s.slice(0, at));
        out.set(insert, at);
        out.set(s.slice(at + Math.min(drop, s.length - at)), at + insert.length);
        return out.slice(0, s.length + insert.length - Math.min(drop, s.length - at));
      }),
    ),
  );
}

describe('sync endpoint under garbage', () => {
  let temp: ReturnType<typeof tempDir>;
  let server: RunningServer;
  beforeAll(async () => {
    temp = tempDir();
    server = await startTestServer(temp.dir);
  });
  afterAll(async () => {
    await server.close();
    temp.remove();
  });

  it(`survives ${FRAMES} random, truncated and mutated frames, and real clients still sync`, async () => {
    const mapId = ((await api(server.url, 'POST', '/api/maps/import', demo)).json as { id: string }).id;
    // A real client stays connected through all of it.
    const watcher = connectClient(server.url, mapId);
    await synced(watcher);
    const frames = fc.sample(frameArbitrary(seedFrames()), { numRuns: FRAMES, seed: 20261123 });
    let sent = 0;
    let closedByServer = 0;
    const worker = async () => {
      while (sent < frames.length) {
        const ws = new WebSocket(`${wsUrl(server.url)}/${mapId}`);
        await new Promise<void>((resolve, reject) => {
          ws.once('open', () => resolve());
          ws.once('error', reject);
        });
        let open = true;
        const closed = new Promise<void>((resolve) =>
          ws.once('close', () => {
            open = false;
            closedByServer++;
            resolve();
          }),
        );
        // One frame at a time: after each, a query-awareness frame whose answer shows that the
        // server has handled it (or the socket closes because the frame was malformed).
        const acknowledged = () =>
          new Promise<void>((resolve) => {
            const onMessage = (data: Buffer) => {
              if (data[0] !== 1) return;
              ws.off('message', onMessage);
              resolve();
            };
            ws.on('message', onMessage);
            void closed.then(() => {
              ws.off('message', onMessage);
              resolve();
            });
          });
        while (open && sent < frames.length) {
          ws.send(frames[sent++]!);
          ws.send(QUERY_AWARENESS);
          await acknowledged();
        }
        if (open) ws.close();
        await closed;
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(sent).toBe(FRAMES);
    expect(closedByServer).toBeGreaterThan(100);

    // The server still answers, the watcher is still connected, and a new client syncs and relays.
    expect((await api(server.url, 'GET', '/api/health')).status).toBe(200);
    expect(watcher.provider.wsconnected).toBe(true);
    const fresh = connectClient(server.url, mapId);
    await synced(fresh);
    updateTouchpoint(fresh.doc, demo.touchpoints[2]!.id, { title: 'After the storm' });
    await until(() => docToMapDocument(watcher.doc).touchpoints[2]!.title === 'After the storm', 'an edit after the fuzzing');
    const stored = (await api(server.url, 'GET', `/api/maps/${mapId}`)).json;
    expect(validateMapDocument(stored).ok).toBe(true);
    watcher.destroy();
    fresh.destroy();
  }, 120_000);
});
