import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import automotive from '../../shared/src/templates/automotive.json';
import {
  docToMapDocument,
  moveTouchpoint,
  updateTouchpoint,
  type MapDocument,
} from '../../shared/src/index.js';
import type { RunningServer } from '../src/server.js';
import { api, connectClient, startTestServer, synced, tempDir, until, wsUrl, type TestClient } from './harness.js';

const demo = automotive as MapDocument;

describe('sync endpoint with the stock y-websocket client', () => {
  let temp: ReturnType<typeof tempDir>;
  let server: RunningServer;
  const clients: TestClient[] = [];
  const client = (mapId: string) => {
    const c = connectClient(server.url, mapId);
    clients.push(c);
    return c;
  };
  const importDemo = async () =>
    ((await api(server.url, 'POST', '/api/maps/import', demo)).json as { id: string }).id;

  beforeEach(async () => {
    temp = tempDir();
    server = await startTestServer(temp.dir);
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
    temp.remove();
  });

  it('delivers the stored map and relays edits between two clients', async () => {
    const mapId = await importDemo();
    const a = client(mapId);
    const b = client(mapId);
    await Promise.all([synced(a), synced(b)]);
    expect(docToMapDocument(a.doc)).toEqual(demo);

    const tp = demo.touchpoints[0]!;
    updateTouchpoint(a.doc, tp.id, { title: 'Edited in A' });
    moveTouchpoint(b.doc, tp.id, { phaseId: demo.phases[2]!.id, index: 0 });
    await until(() => {
      const inA = docToMapDocument(a.doc).touchpoints.find((t) => t.id === tp.id)!;
      const inB = docToMapDocument(b.doc).touchpoints.find((t) => t.id === tp.id)!;
      return inA.phaseId === demo.phases[2]!.id && inB.title === 'Edited in A';
    }, 'both edits in both clients');
    expect(docToMapDocument(a.doc)).toEqual(docToMapDocument(b.doc));
  });

  it('stores every edit: the HTTP API and a restarted server see it', async () => {
    const mapId = await importDemo();
    const a = client(mapId);
    await synced(a);
    updateTouchpoint(a.doc, demo.touchpoints[3]!.id, { title: 'Persisted', momentOfTruth: true });
    a.doc.getMap('meta').set('title', 'Renamed live');
    const expected = docToMapDocument(a.doc);
    await until(() => server.rooms.loaded(mapId) !== undefined &&
      docToMapDocument(server.rooms.loaded(mapId)!.doc).title === 'Renamed live', 'server has the edit');
    expect((await api(server.url, 'GET', `/api/maps/${mapId}`)).json).toEqual(expected);
    const listed = (await api(server.url, 'GET', '/api/maps')).json as { id: string; title: string }[];
    expect(listed.find((m) => m.id === mapId)?.title).toBe('Renamed live');

    for (const c of clients.splice(0)) c.destroy();
    await server.close();
    server = await startTestServer(temp.dir);
    expect((await api(server.url, 'GET', `/api/maps/${mapId}`)).json).toEqual(expected);
    const fresh = client(mapId);
    await synced(fresh);
    expect(docToMapDocument(fresh.doc)).toEqual(expected);
  });

  it('pushes a PUT to open clients at once, as one change', async () => {
    const mapId = await importDemo();
    const a = client(mapId);
    await synced(a);
    let transactions = 0;
    a.doc.on('update', () => transactions++);
    const replaced = { ...structuredClone(demo), title: 'Replaced over HTTP', measures: [] };
    expect((await api(server.url, 'PUT', `/api/maps/${mapId}`, replaced)).status).toBe(200);
    await until(() => docToMapDocument(a.doc).title === 'Replaced over HTTP', 'the PUT in the client');
    expect(docToMapDocument(a.doc)).toEqual(replaced);
    expect(transactions).toBe(1);
  });

  it('refuses an unknown map with close code 4404', async () => {
    const ws = new WebSocket(`${wsUrl(server.url)}/no-such-map`);
    const closed = await new Promise<{ code: number; reason: string }>((resolve) =>
      ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    expect(closed).toEqual({ code: 4404, reason: 'map not found' });

    const c = client('no-such-map');
    const terminal = await new Promise<{ code: number }>((resolve) => c.provider.on('closed', (e) => resolve(e)));
    expect(terminal.code).toBe(4404);
  });

  it('closes only the socket that sends a malformed frame; the map carries on', async () => {
    const mapId = await importDemo();
    const a = client(mapId);
    const b = client(mapId);
    await Promise.all([synced(a), synced(b)]);
    const frames: (Buffer | string)[] = [
      Buffer.from([0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2]), // update claiming a huge length
      Buffer.from([0, 9]), // unknown sync message type
      Buffer.from([7, 1, 2, 3]), // unknown message type
      Buffer.from([0, 1, 5, 1, 2]), // truncated state vector
      Buffer.from([1, 200, 1, 0]), // truncated awareness update
      'not binary',
    ];
    for (const frame of frames) {
      const ws = new WebSocket(`${wsUrl(server.url)}/${mapId}`);
      await new Promise((resolve) => ws.on('open', resolve));
      ws.send(frame);
      const code = await new Promise<number>((resolve) => ws.on('close', (c) => resolve(c)));
      expect([1003, 1007], `frame ${JSON.stringify(frame)}`).toContain(code);
    }
    updateTouchpoint(a.doc, demo.touchpoints[0]!.id, { title: 'Still working' });
    await until(
      () => docToMapDocument(b.doc).touchpoints[0]!.title === 'Still working',
      'an edit after the garbage',
    );
    expect(a.provider.wsconnected && b.provider.wsconnected).toBe(true);
  });

  it('closes a socket whose frame exceeds the size limit', async () => {
    await server.close();
    server = await startTestServer(temp.dir, { maxMessageBytes: 4096 });
    const mapId = await importDemo();
    const ws = new WebSocket(`${wsUrl(server.url)}/${mapId}`);
    await new Promise((resolve) => ws.on('open', resolve));
    ws.send(Buffer.alloc(10_000, 1));
    const code = await new Promise<number>((resolve) => ws.on('close', (c) => resolve(c)));
    expect(code).toBe(1009);
  });

  it('relays awareness and removes a participant who leaves', async () => {
    const mapId = await importDemo();
    const a = client(mapId);
    const b = client(mapId);
    await Promise.all([synced(a), synced(b)]);
    a.provider.awareness.setLocalStateField('user', { name: 'Ada' });
    await until(
      () => [...b.provider.awareness.getStates().values()].some((s) => (s.user as { name?: string })?.name === 'Ada'),
      'Ada in B’s presence',
    );
    const adaId = a.doc.clientID;
    a.provider.disconnect();
    await until(() => !b.provider.awareness.getStates().has(adaId), 'Ada gone from B’s presence');
  });

  it('unloads a map after its last connection leaves, compacting its update log', async () => {
    await server.close();
    server = await startTestServer(temp.dir, { compactAfter: 1000 });
    const mapId = await importDemo();
    const a = client(mapId);
    await synced(a);
    for (let i = 0; i < 30; i++) updateTouchpoint(a.doc, demo.touchpoints[0]!.id, { title: `edit ${i}` });
    const expected = docToMapDocument(a.doc);
    await until(
      () => docToMapDocument(server.rooms.loaded(mapId)!.doc).touchpoints[0]!.title === 'edit 29',
      'all edits on the server',
    );
    a.destroy();
    clients.splice(0);
    await until(() => server.rooms.loaded(mapId) === undefined, 'the room to unload');
    expect((await api(server.url, 'GET', `/api/maps/${mapId}`)).json).toEqual(expected);
    await server.close();
    const { openDatabase } = await import('../src/db/open.js');
    const { SqliteDocStore } = await import('../src/store/SqliteDocStore.js');
    const store = new SqliteDocStore(openDatabase(`${temp.dir}/waymark.db`));
    expect(store.updateCount(mapId)).toBe(1);
    const doc = new Y.Doc();
    for (const u of store.loadUpdates(mapId)) Y.applyUpdate(doc, u);
    expect(docToMapDocument(doc)).toEqual(expected);
    store.close();
    server = await startTestServer(temp.dir);
  });

  it('compacts while a map stays open once the log passes the threshold', async () => {
    await server.close();
    server = await startTestServer(temp.dir, { compactAfter: 10 });
    const mapId = await importDemo();
    const a = client(mapId);
    await synced(a);
    for (let i = 0; i < 25; i++) updateTouchpoint(a.doc, demo.touchpoints[1]!.id, { importance: (i % 5) + 1 });
    const expected = docToMapDocument(a.doc);
    await until(
      () => JSON.stringify(docToMapDocument(server.rooms.loaded(mapId)!.doc)) === JSON.stringify(expected),
      'all edits on the server',
    );
    const { openDatabase } = await import('../src/db/open.js');
    const { SqliteDocStore } = await import('../src/store/SqliteDocStore.js');
    const store = new SqliteDocStore(openDatabase(`${temp.dir}/waymark.db`));
    expect(store.updateCount(mapId)).toBeLessThanOrEqual(10);
    store.close();
  });

  it('closes the sockets of a deleted map', async () => {
    const mapId = await importDemo();
    const a = client(mapId);
    await synced(a);
    const closed = new Promise<{ code: number }>((resolve) => a.provider.on('closed', (e) => resolve(e)));
    expect((await api(server.url, 'DELETE', `/api/maps/${mapId}`)).status).toBe(204);
    expect((await closed).code).toBe(4410);
  });
});
