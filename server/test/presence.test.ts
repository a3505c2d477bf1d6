import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import automotive from '../../shared/src/templates/automotive.json';
import type { RunningServer } from '../src/server.js';
import { api, connectClient, startTestServer, synced, tempDir, until, wsUrl, type TestClient } from './harness.js';

/** An awareness frame (message type 1) that sets `state` for a fresh client id. */
function awarenessFrame(state: Record<string, unknown>): { clientId: number; frame: Uint8Array } {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awareness.setLocalState(state);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]));
  return { clientId: awareness.clientID, frame: encoding.toUint8Array(encoder) };
}

const userOf = (state: unknown) => (state as { user?: { name?: string } } | undefined)?.user?.name;

describe('presence of a participant whose connection dies', () => {
  let temp: ReturnType<typeof tempDir>;
  let server: RunningServer;
  const clients: TestClient[] = [];

  beforeEach(async () => {
    temp = tempDir();
    server = await startTestServer(temp.dir, { pingIntervalMs: 150 });
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
    temp.remove();
  });

  it('drops a socket that stops answering pings, and its participant leaves everyone’s presence', async () => {
    const mapId = ((await api(server.url, 'POST', '/api/maps/import', automotive)).json as { id: string }).id;
    const watcher = connectClient(server.url, mapId);
    clients.push(watcher);
    await synced(watcher);

    // A browser tab that froze or lost its network: the socket stays open but never answers a ping.
    const frozen = new WebSocket(`${wsUrl(server.url)}/${mapId}`, { autoPong: false });
    await new Promise((resolve) => frozen.once('open', resolve));
    const closed = new Promise<number>((resolve) => frozen.once('close', (code) => resolve(code)));
    const { clientId, frame } = awarenessFrame({ user: { id: 'f', name: 'Frozen', color: '#7048e8' } });
    frozen.send(frame);
    await until(() => userOf(watcher.provider.awareness.getStates().get(clientId)) === 'Frozen', 'the frozen tab in presence');

    const started = Date.now();
    await until(() => !watcher.provider.awareness.getStates().has(clientId), 'the frozen tab gone from presence', 3_000);
    // Two ping intervals at most: one to ask, one to find no answer.
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await closed).toBe(1006);

    // A client that answers (the stock provider) stays, however many pings go by.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(watcher.provider.wsconnected).toBe(true);
  });
});
