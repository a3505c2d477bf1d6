import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import automotive from '../../shared/src/templates/automotive.json';
import type { MapDocument } from '../../shared/src/index.js';
import type { RunningServer } from '../src/server.js';
import { api, connectClient, startTestServer, synced, tempDir, wsUrl, type TestClient } from './harness.js';

const demo = automotive as MapDocument;
const DAY = 24 * 60 * 60 * 1000;

interface Listed {
  id: string;
  title: string;
  deletedAt?: string;
  purgeAt?: string;
}

describe('the trash', () => {
  let temp: ReturnType<typeof tempDir>;
  let server: RunningServer;
  const clients: TestClient[] = [];

  const importDemo = async (title = demo.title) =>
    ((await api(server.url, 'POST', '/api/maps/import', { ...demo, title })).json as { id: string }).id;
  const list = async () => (await api(server.url, 'GET', '/api/maps')).json as Listed[];
  const trash = async () => {
    const res = await api(server.url, 'GET', '/api/maps/trash');
    expect(res.status).toBe(200);
    return res.json as Listed[];
  };
  /** How the sync endpoint answers a connection to the map: the close code, or 'synced'. */
  const syncAnswer = (mapId: string) =>
    new Promise<number | 'synced'>((resolve, reject) => {
      const ws = new WebSocket(`${wsUrl(server.url)}/${mapId}`);
      // A live map starts the sync at once (its first frame); a refused one closes instead.
      ws.on('message', () => {
        resolve('synced');
        ws.close();
      });
      ws.on('close', (code) => resolve(code));
      ws.on('error', reject);
    });

  beforeEach(async () => {
    temp = tempDir();
    server = await startTestServer(temp.dir);
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
    temp.remove();
  });

  it('DELETE moves a map to the trash: gone from the list and from every map endpoint', async () => {
    const id = await importDemo('Doomed journey');
    const kept = await importDemo('Kept journey');
    const before = Date.now();
    expect((await api(server.url, 'DELETE', `/api/maps/${id}`)).status).toBe(204);

    expect((await list()).map((m) => m.id)).toEqual([kept]);
    const [trashed, ...others] = await trash();
    expect(others).toEqual([]);
    expect(trashed).toMatchObject({ id, title: 'Doomed journey', url: `/maps/${id}` });
    const deletedAt = Date.parse(trashed!.deletedAt!);
    expect(deletedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(trashed!.purgeAt!) - deletedAt).toBe(30 * DAY);

    for (const [method, path, body] of [
      ['GET', `/api/maps/${id}`],
      ['GET', `/api/maps/${id}/export`],
      ['GET', `/api/maps/${id}/thumbnail.svg`],
      ['PUT', `/api/maps/${id}`, demo],
      ['PATCH', `/api/maps/${id}`, { title: 'Back?' }],
      ['POST', `/api/maps/${id}/duplicate`, {}],
      // Only a permanent delete reaches a trashed map.
      ['DELETE', `/api/maps/${id}`],
    ] as const) {
      const res = await api(server.url, method, path, body);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.json, `${method} ${path}`).toEqual({ error: 'map not found' });
    }
    expect(await syncAnswer(id)).toBe(4404);
    expect(await syncAnswer(kept)).toBe('synced');
  });

  it('closes the open editors of a map moved to the trash with 4410', async () => {
    const id = await importDemo();
    const editor = connectClient(server.url, id);
    clients.push(editor);
    await synced(editor);
    const closed = new Promise<{ code: number }>((resolve) => editor.provider.on('closed', (e) => resolve(e)));
    expect((await api(server.url, 'DELETE', `/api/maps/${id}`)).status).toBe(204);
    expect((await closed).code).toBe(4410);
    expect(server.rooms.loaded(id)).toBeUndefined();
  });

  it('restores a map with its content, and restore is idempotent', async () => {
    const id = await importDemo('Comes back');
    expect((await api(server.url, 'DELETE', `/api/maps/${id}`)).status).toBe(204);

    const restored = await api(server.url, 'POST', `/api/maps/${id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.json).toMatchObject({ id, title: 'Comes back', url: `/maps/${id}` });
    expect(restored.json).not.toHaveProperty('deletedAt');
    expect((await list()).map((m) => m.id)).toContain(id);
    expect(await trash()).toEqual([]);
    expect((await api(server.url, 'GET', `/api/maps/${id}`)).json).toEqual({ ...demo, title: 'Comes back' });

    const editor = connectClient(server.url, id);
    clients.push(editor);
    await synced(editor);

    // Restoring a live map (a double click on "Undo") changes nothing.
    const again = await api(server.url, 'POST', `/api/maps/${id}/restore`);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(restored.json);
    expect(editor.provider.wsconnected).toBe(true);

    expect((await api(server.url, 'POST', '/api/maps/no-such-map/restore')).json).toEqual({ error: 'map not found' });
    expect((await api(server.url, 'POST', '/api/maps/no-such-map/restore')).status).toBe(404);
  });

  it('deletes for good with ?permanent=true, live or trashed', async () => {
    const live = await importDemo('Live');
    const trashed = await importDemo('Trashed');
    const editor = connectClient(server.url, live);
    clients.push(editor);
    await synced(editor);
    const closed = new Promise<{ code: number }>((resolve) => editor.provider.on('closed', (e) => resolve(e)));

    expect((await api(server.url, 'DELETE', `/api/maps/${trashed}`)).status).toBe(204);
    expect((await api(server.url, 'DELETE', `/api/maps/${trashed}?permanent=true`)).status).toBe(204);
    expect((await api(server.url, 'DELETE', `/api/maps/${live}?permanent=true`)).status).toBe(204);
    expect((await closed).code).toBe(4410);

    expect(await list()).toEqual([]);
    expect(await trash()).toEqual([]);
    for (const id of [live, trashed]) {
      expect((await api(server.url, 'POST', `/api/maps/${id}/restore`)).status).toBe(404);
      expect((await api(server.url, 'DELETE', `/api/maps/${id}?permanent=true`)).status).toBe(404);
    }
    const db = new Database(join(temp.dir, 'waymark.db'), { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM map_updates').get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a permanent flag that is neither true nor false, and deletes nothing', async () => {
    const id = await importDemo();
    const res = await api(server.url, 'DELETE', `/api/maps/${id}?permanent=yes`);
    expect(res.status).toBe(422);
    expect((res.json as { problems: { path: string }[] }).problems.map((p) => p.path)).toEqual(['permanent']);
    expect((await list()).map((m) => m.id)).toEqual([id]);
    expect((await api(server.url, 'DELETE', `/api/maps/${id}?permanent=false`)).status).toBe(204);
    expect((await trash()).map((m) => m.id)).toEqual([id]);
  });

  it('lists the trash most recently trashed first, and empties it', async () => {
    const [a, b, live] = [await importDemo('A'), await importDemo('B'), await importDemo('Live')];
    await api(server.url, 'DELETE', `/api/maps/${a}`);
    await new Promise((r) => setTimeout(r, 5));
    await api(server.url, 'DELETE', `/api/maps/${b}`);
    expect((await trash()).map((m) => m.title)).toEqual(['B', 'A']);

    expect((await api(server.url, 'DELETE', '/api/maps/trash')).status).toBe(204);
    expect(await trash()).toEqual([]);
    expect((await list()).map((m) => m.id)).toEqual([live]);
  });

  it('purges maps that have been in the trash for more than 30 days when the server starts', async () => {
    const [old, recent, live] = [await importDemo('Old'), await importDemo('Recent'), await importDemo('Live')];
    await api(server.url, 'DELETE', `/api/maps/${old}`);
    await api(server.url, 'DELETE', `/api/maps/${recent}`);
    await server.close();

    // Back-date the two deletions, as if the server had been off for a month.
    const db = new Database(join(temp.dir, 'waymark.db'));
    const setDeletedAt = db.prepare('UPDATE maps SET deleted_at = ? WHERE id = ?');
    setDeletedAt.run(Date.now() - 30 * DAY - 60_000, old);
    setDeletedAt.run(Date.now() - 29 * DAY, recent);
    db.close();

    server = await startTestServer(temp.dir);
    expect((await trash()).map((m) => m.id)).toEqual([recent]);
    expect((await list()).map((m) => m.id)).toEqual([live]);
    expect((await api(server.url, 'POST', `/api/maps/${old}/restore`)).status).toBe(404);
    const check = new Database(join(temp.dir, 'waymark.db'), { readonly: true });
    expect(check.prepare('SELECT count(*) AS n FROM map_updates WHERE map_id = ?').get(old)).toEqual({ n: 0 });
    check.close();

    // The retention time is configurable (WAYMARK_TRASH_DAYS).
    await server.close();
    server = await startTestServer(temp.dir, { trashDays: 7 });
    expect(await trash()).toEqual([]);
  });

  it('never seeds the demo map again while the only maps are in the trash', async () => {
    await server.close();
    server = await startTestServer(temp.dir, { seedDemo: true });
    const [demoMap] = await list();
    await api(server.url, 'DELETE', `/api/maps/${demoMap!.id}`);
    await server.close();
    server = await startTestServer(temp.dir, { seedDemo: true });
    expect(await list()).toEqual([]);
    expect((await trash()).map((m) => m.id)).toEqual([demoMap!.id]);
  });

  it('answers 404 for malformed ids on the trash endpoints', async () => {
    for (const [method, path] of [
      ['POST', '/api/maps/bad%20id/restore'],
      ['DELETE', '/api/maps/bad%20id?permanent=true'],
    ] as const) {
      const res = await api(server.url, method, path);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.json).toEqual({ error: 'map not found' });
    }
  });
});
