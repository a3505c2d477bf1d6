import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import automotive from '../../shared/src/templates/automotive.json';
import { docToMapDocument, updateTouchpoint, type MapDocument } from '../../shared/src/index.js';
import type { RunningServer } from '../src/server.js';
import { api, connectClient, spawnServer, startTestServer, synced, tempDir, until, wsUrl, type TestClient } from './harness.js';

const demo = automotive as MapDocument;

/** An awareness frame (message type 1) carrying `update`. */
function awarenessFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** An awareness update for `clientId` written by hand: what a malicious client can send. */
function forgedAwareness(clientId: number, clock: number, state: unknown): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarString(encoder, JSON.stringify(state));
  return encoding.toUint8Array(encoder);
}

function open(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

describe('abuse of the sync endpoint', () => {
  let temp: ReturnType<typeof tempDir>;
  let server: RunningServer | undefined;
  const clients: TestClient[] = [];
  const start = async (overrides: Parameters<typeof startTestServer>[1] = {}) => {
    temp = tempDir();
    server = await startTestServer(temp.dir, overrides);
    return server;
  };
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server?.close();
    server = undefined;
    temp.remove();
  });

  it('refuses connects from one address above the limit with 429', async () => {
    const s = await start({ connectsPerMinute: 5 });
    const mapId = ((await api(s.url, 'POST', '/api/maps', { title: 'x' })).json as { id: string }).id;
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push(
        await new Promise<number>((resolve) => {
          const ws = new WebSocket(`${wsUrl(s.url)}/${mapId}`);
          ws.once('open', () => {
            ws.close();
            resolve(101);
          });
          ws.once('unexpected-response', (_req, res) => {
            resolve(res.statusCode ?? 0);
            ws.terminate();
          });
          ws.once('error', () => undefined);
        }),
      );
    }
    expect(statuses).toEqual([101, 101, 101, 101, 101, 429, 429]);
  });

  it('closes a connection that floods messages (1008); the others on the map carry on', async () => {
    const s = await start({ messagesPerSecond: 20 });
    const mapId = ((await api(s.url, 'POST', '/api/maps/import', demo)).json as { id: string }).id;
    const honest = connectClient(s.url, mapId);
    clients.push(honest);
    await synced(honest);
    const flooder = await open(`${wsUrl(s.url)}/${mapId}`);
    const closed = new Promise<number>((resolve) => flooder.once('close', (code) => resolve(code)));
    const queryAwareness = Uint8Array.of(3);
    for (let i = 0; i < 500; i++) flooder.send(queryAwareness);
    expect(await closed).toBe(1008);
    updateTouchpoint(honest.doc, demo.touchpoints[0]!.id, { title: 'Unbothered' });
    await until(
      () => docToMapDocument(s.rooms.loaded(mapId)!.doc).touchpoints[0]!.title === 'Unbothered',
      'the honest client’s edit on the server',
    );
  });

  it('does not let one client change or remove another client’s presence', async () => {
    const s = await start();
    const mapId = ((await api(s.url, 'POST', '/api/maps/import', demo)).json as { id: string }).id;
    const ada = connectClient(s.url, mapId);
    const observer = connectClient(s.url, mapId);
    clients.push(ada, observer);
    await Promise.all([synced(ada), synced(observer)]);
    ada.provider.awareness.setLocalStateField('user', { name: 'Ada' });
    const adaId = ada.doc.clientID;
    const nameAt = (client: TestClient) => (client.provider.awareness.getStates().get(adaId)?.user as { name?: string } | undefined)?.name;
    await until(() => nameAt(observer) === 'Ada', 'Ada in the observer’s presence');

    const attacker = await open(`${wsUrl(s.url)}/${mapId}`);
    // A far higher clock would win over Ada's real state, if the server let it through.
    attacker.send(awarenessFrame(forgedAwareness(adaId, 1_000_000, null)));
    attacker.send(awarenessFrame(forgedAwareness(adaId, 1_000_001, { user: { name: 'Mallory as Ada' } })));
    // Its own id is fine: the attacker appears as itself.
    attacker.send(awarenessFrame(forgedAwareness(4242, 1, { user: { name: 'Mallory' } })));
    await until(() => observer.provider.awareness.getStates().has(4242), 'the attacker’s own presence');
    expect(nameAt(observer)).toBe('Ada');
    expect(nameAt(ada)).toBe('Ada');
    expect(s.rooms.loaded(mapId)!.awareness.getStates().get(adaId)).toMatchObject({ user: { name: 'Ada' } });

    // Leaving removes what the attacker owned, and only that.
    attacker.close();
    await until(() => !observer.provider.awareness.getStates().has(4242), 'the attacker gone');
    expect(nameAt(observer)).toBe('Ada');
  });

  it('lets a client speak for a handful of ids at most', async () => {
    const s = await start();
    const mapId = ((await api(s.url, 'POST', '/api/maps', { title: 'x' })).json as { id: string }).id;
    const ws = await open(`${wsUrl(s.url)}/${mapId}`);
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    for (let id = 1; id <= 50; id++) ws.send(awarenessFrame(forgedAwareness(id, 1, { n: id })));
    ws.send(Uint8Array.of(3));
    // The reply to the query lists every state; the server's own (its session) comes alone on join.
    await new Promise<void>((resolve) =>
      ws.on('message', (data: Buffer) => {
        if (data[0] !== 1) return;
        const decoder = decoding.createDecoder(new Uint8Array(data));
        decoding.readVarUint(decoder);
        if (decoding.readVarUint(decoding.createDecoder(decoding.readVarUint8Array(decoder))) > 1) resolve();
      }),
    );
    const room = s.rooms.loaded(mapId)!;
    expect([...room.awareness.getStates().keys()].filter((id) => id !== room.awareness.clientID)).toHaveLength(4);
    awareness.destroy();
    ws.close();
  });
});

describe('logs', () => {
  it('never contain a token, except the owner’s sign-in line', async () => {
    const temp = tempDir();
    const owner = 'owner-token-in-the-log-test-0123';
    const proc = await spawnServer(temp.dir, { WAYMARK_OWNER_TOKEN: owner, WAYMARK_LOG_LEVEL: 'info' });
    try {
      const auth = { Authorization: `Bearer ${owner}` };
      const mapId = ((await api(proc.url, 'POST', '/api/maps/import', demo, auth)).json as { id: string }).id;
      const link = (await api(proc.url, 'POST', `/api/maps/${mapId}/shares`, { role: 'viewer' }, auth)).json as { id: string; token: string };
      // Things that get logged: a malformed frame, a refused write, a revocation, a bad request.
      const ws = await open(`${wsUrl(proc.url)}/${mapId}?token=${link.token}`);
      const closed = new Promise<void>((resolve) => ws.once('close', () => resolve()));
      ws.send(Uint8Array.of(0, 9, 9));
      await closed;
      await api(proc.url, 'PUT', `/api/maps/${mapId}`, '{broken', { Authorization: `Bearer ${link.token}` });
      await api(proc.url, 'GET', `/api/maps/${mapId}?token=${link.token}`);
      await api(proc.url, 'DELETE', `/api/maps/${mapId}/shares/${link.id}`, undefined, auth);
      await api(proc.url, 'GET', `/api/maps/${mapId}?token=${link.token}`);
      await proc.stop();
      const output = proc.output();
      expect(output).toContain('closed a sync socket after a malformed message');
      expect(output).not.toContain(link.token);
      expect(output.split(owner).length - 1).toBe(1);
      expect(output).toMatch(new RegExp(`Sign in as owner: http://127\\.0\\.0\\.1:\\d+/\\?token=${owner}`));
    } finally {
      await proc.stop();
      temp.remove();
    }
  });

  it('warn when authentication is off', async () => {
    const temp = tempDir();
    const proc = await spawnServer(temp.dir, { WAYMARK_AUTH: 'off' });
    try {
      await until(() => proc.output().includes('WAYMARK_AUTH=off'), 'the warning');
      expect(proc.output()).not.toContain('Sign in as owner');
    } finally {
      await proc.stop();
      temp.remove();
    }
  });
});
