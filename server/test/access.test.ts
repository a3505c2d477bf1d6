import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import automotive from '../../shared/src/templates/automotive.json';
import { docToMapDocument, updateTouchpoint, type MapDocument } from '../../shared/src/index.js';
import { ownerTokenFile } from '../src/access/tokens.js';
import type { RunningServer } from '../src/server.js';
import { api, connectClient, startTestServer, synced, tempDir, until, wsUrl, type TestClient } from './harness.js';

const demo = automotive as MapDocument;
const OWNER = 'owner-token-for-tests-0123456789';

interface Share {
  id: string;
  role: string;
  token: string;
  url: string;
  expiresAt: string | null;
}

/** Opens a raw socket; resolves with the HTTP status of a refused upgrade, or the open socket. */
function openSocket(url: string): Promise<{ status: number } | { ws: WebSocket }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.once('unexpected-response', (_request, response) => {
      resolve({ status: response.statusCode ?? 0 });
      ws.terminate();
    });
    ws.once('open', () => resolve({ ws }));
    ws.once('error', (error) => {
      if (!/Unexpected server response/.test(error.message)) reject(error);
    });
  });
}

function closeCode(ws: WebSocket): Promise<number> {
  return new Promise((resolve) => ws.once('close', (code) => resolve(code)));
}

describe('access control: owner token and share links', () => {
  let temp: ReturnType<typeof tempDir>;
  let server: RunningServer;
  let mapId: string;
  let otherMapId: string;
  const clients: TestClient[] = [];
  const owner = { Authorization: `Bearer ${OWNER}` };
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const share = async (body: Record<string, unknown>, id = mapId): Promise<Share> => {
    const res = await api(server.url, 'POST', `/api/maps/${id}/shares`, body, owner);
    expect(res.status).toBe(201);
    return res.json as Share;
  };
  const client = (id: string, token?: string) => {
    const c = connectClient(server.url, id, undefined, token);
    clients.push(c);
    return c;
  };

  beforeEach(async () => {
    temp = tempDir();
    server = await startTestServer(temp.dir, { auth: true, ownerToken: OWNER, connectsPerMinute: 1_000_000 });
    mapId = ((await api(server.url, 'POST', '/api/maps/import', demo, owner)).json as { id: string }).id;
    otherMapId = ((await api(server.url, 'POST', '/api/maps', { title: 'Other' }, owner)).json as { id: string }).id;
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
    temp.remove();
  });

  it('lets nobody in without a token, and says why', async () => {
    for (const path of ['/api/maps', `/api/maps/${mapId}`, `/api/maps/${mapId}/export`, `/api/maps/${mapId}/insights`, '/api/access']) {
      const res = await api(server.url, 'GET', path);
      expect(res.status, path).toBe(401);
      expect(res.json).toMatchObject({ reason: 'missing' });
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    expect((await api(server.url, 'GET', '/api/maps', undefined, as('wm_made-up-token'))).json).toMatchObject({ reason: 'unknown' });
    expect((await api(server.url, 'POST', '/api/maps', { title: 'x' })).status).toBe(401);
    expect((await api(server.url, 'DELETE', `/api/maps/${mapId}?permanent=true`)).status).toBe(401);
    expect((await api(server.url, 'GET', `/api/maps/${mapId}`, undefined, owner)).status).toBe(200);
    // Public: health and the API description.
    expect((await api(server.url, 'GET', '/api/health')).status).toBe(200);
    expect((await api(server.url, 'GET', '/api/openapi.json')).status).toBe(200);
  });

  it('accepts the owner token as a Bearer header and as ?token=', async () => {
    expect((await api(server.url, 'GET', '/api/maps', undefined, owner)).status).toBe(200);
    expect((await api(server.url, 'GET', `/api/maps?token=${OWNER}`)).status).toBe(200);
    expect((await api(server.url, 'GET', `/api/maps/${mapId}/thumbnail.svg?token=${OWNER}`)).status).toBe(200);
    expect((await api(server.url, 'GET', '/api/access', undefined, owner)).json).toEqual({
      auth: true,
      role: 'owner',
      mapId: null,
      shareId: null,
      label: null,
      expiresAt: null,
    });
  });

  it('creates share links with random tokens and keeps only their hashes', async () => {
    const link = await share({ role: 'viewer', label: 'Board meeting' });
    expect(link).toMatchObject({ role: 'viewer', label: 'Board meeting', expiresAt: null, expired: false });
    // ≥ 128 bits: 24 random bytes in base64url after the prefix.
    expect(link.token).toMatch(/^wm_[A-Za-z0-9_-]{32}$/);
    expect(link.url).toBe(`${server.url}/maps/${mapId}?token=${link.token}`);
    const second = await share({ role: 'viewer' });
    expect(second.token).not.toBe(link.token);

    const listed = (await api(server.url, 'GET', `/api/maps/${mapId}/shares`, undefined, owner)).json as Record<string, unknown>[];
    expect(listed.map((s) => s.id)).toEqual([link.id, second.id]);
    expect(JSON.stringify(listed)).not.toContain(link.token);
    expect((await api(server.url, 'GET', `/api/maps/${otherMapId}/shares`, undefined, owner)).json).toEqual([]);

    const db = new Database(join(temp.dir, 'waymark.db'), { readonly: true });
    const rows = db.prepare('SELECT token_hash FROM shares').all() as { token_hash: string }[];
    db.close();
    expect(rows.map((r) => r.token_hash)).toContain(createHash('sha256').update(link.token).digest('hex'));
    expect(readFileSync(join(temp.dir, 'waymark.db')).includes(Buffer.from(link.token))).toBe(false);
  });

  it('refuses bad share requests with a clear message', async () => {
    const bad = async (body: unknown) => (await api(server.url, 'POST', `/api/maps/${mapId}/shares`, body, owner)).status;
    expect(await bad({ role: 'admin' })).toBe(422);
    expect(await bad({ role: 'viewer', extra: 1 })).toBe(422);
    expect(await bad({ role: 'viewer', expiresAt: 'tomorrow' })).toBe(422);
    expect(await bad({ role: 'viewer', expiresAt: '2001-01-01T00:00:00Z' })).toBe(422);
    expect(await bad('{not json')).toBe(400);
    expect((await api(server.url, 'POST', '/api/maps/no-such-map/shares', { role: 'viewer' }, owner)).status).toBe(404);
    expect((await api(server.url, 'DELETE', `/api/maps/${mapId}/shares/share_nope`, undefined, owner)).status).toBe(404);
    const link = await share({ role: 'viewer' });
    // A link is revoked through its own map only.
    expect((await api(server.url, 'DELETE', `/api/maps/${otherMapId}/shares/${link.id}`, undefined, owner)).status).toBe(404);
    expect((await api(server.url, 'GET', `/api/maps/${mapId}/shares`, undefined, owner)).json).toHaveLength(1);
  });

  it('gives a viewer the map to read and nothing to change', async () => {
    const { token } = await share({ role: 'viewer' });
    const viewer = as(token);
    expect((await api(server.url, 'GET', '/api/access', undefined, viewer)).json).toMatchObject({ role: 'viewer', mapId });
    for (const path of [`/api/maps/${mapId}`, `/api/maps/${mapId}/export`, `/api/maps/${mapId}/insights`, `/api/maps/${mapId}/measurements`]) {
      expect((await api(server.url, 'GET', path, undefined, viewer)).status, path).toBe(200);
    }
    expect((await api(server.url, 'GET', `/api/maps/${mapId}/thumbnail.svg?token=${token}`)).status).toBe(200);
    const before = (await api(server.url, 'GET', `/api/maps/${mapId}`, undefined, owner)).json;
    const writes: [string, string, unknown][] = [
      ['PUT', `/api/maps/${mapId}`, demo],
      ['PATCH', `/api/maps/${mapId}`, { title: 'Hijacked' }],
      ['POST', `/api/maps/${mapId}/measurements`, [{ key: 'x', period: '2026', csi: 50 }]],
      ['DELETE', `/api/maps/${mapId}/measurements?period=2026`, undefined],
      ['DELETE', `/api/maps/${mapId}`, undefined],
      ['POST', `/api/maps/${mapId}/duplicate`, {}],
      ['POST', `/api/maps/${mapId}/shares`, { role: 'editor' }],
      ['GET', `/api/maps/${mapId}/shares`, undefined],
      ['GET', '/api/maps', undefined],
      ['POST', '/api/maps', { title: 'Mine' }],
      ['POST', '/api/maps/import', demo],
      ['GET', '/api/maps/trash', undefined],
    ];
    for (const [method, path, body] of writes) {
      expect((await api(server.url, method, path, body, viewer)).status, `${method} ${path}`).toBe(403);
    }
    // Another map, existing or not, is simply not there for this link.
    expect((await api(server.url, 'GET', `/api/maps/${otherMapId}`, undefined, viewer)).status).toBe(404);
    expect((await api(server.url, 'GET', '/api/maps/no-such-map', undefined, viewer)).status).toBe(404);
    expect((await api(server.url, 'GET', `/api/maps/${mapId}`, undefined, owner)).json).toEqual(before);
    expect((await api(server.url, 'GET', '/api/maps', undefined, owner)).json).toHaveLength(2);
  });

  it('lets an editor change the map, but not manage maps or links', async () => {
    const { token } = await share({ role: 'editor' });
    const editor = as(token);
    expect((await api(server.url, 'PATCH', `/api/maps/${mapId}`, { title: 'Edited by editor' }, editor)).status).toBe(200);
    const csv = 'key;period;csi\nx;2026;50\n';
    const upload = await fetch(`${server.url}/api/maps/${mapId}/measurements`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...editor },
      body: csv,
    });
    expect(upload.status).toBe(200);
    expect((await api(server.url, 'PUT', `/api/maps/${mapId}`, { ...demo, title: 'Replaced' }, editor)).status).toBe(200);
    for (const [method, path] of [
      ['DELETE', `/api/maps/${mapId}`],
      ['POST', `/api/maps/${mapId}/duplicate`],
      ['POST', `/api/maps/${mapId}/restore`],
      ['GET', `/api/maps/${mapId}/shares`],
    ] as const) {
      expect((await api(server.url, method, path, undefined, editor)).status, `${method} ${path}`).toBe(403);
    }
    expect((await api(server.url, 'PATCH', `/api/maps/${otherMapId}`, { title: 'x' }, editor)).status).toBe(404);
    expect(((await api(server.url, 'GET', `/api/maps/${mapId}`, undefined, owner)).json as MapDocument).title).toBe('Replaced');
  });

  it('refuses sockets without a valid token before the upgrade, and hides other maps', async () => {
    const base = `${wsUrl(server.url)}/${mapId}`;
    expect(await openSocket(base)).toEqual({ status: 401 });
    expect(await openSocket(`${base}?token=wm_guess`)).toEqual({ status: 401 });
    const { token } = await share({ role: 'editor' }, otherMapId);
    expect(await openSocket(`${base}?token=${token}`)).toEqual({ status: 404 });
    const opened = await openSocket(`${base}?token=${OWNER}`);
    expect('ws' in opened).toBe(true);
    if ('ws' in opened) opened.ws.close();
  });

  it('sends a viewer the map and its presence, and drops every update it sends', async () => {
    const { token } = await share({ role: 'viewer' });
    const ownerClient = client(mapId, OWNER);
    const viewer = client(mapId, token);
    await Promise.all([synced(ownerClient), synced(viewer)]);
    expect(docToMapDocument(viewer.doc)).toEqual(demo);

    // Claiming a role in presence does not make it so: the server writes the real one.
    viewer.provider.awareness.setLocalState({ user: { name: 'Vic' }, role: 'owner' });
    ownerClient.provider.awareness.setLocalState({ user: { name: 'Olga' } });
    await until(
      () => [...ownerClient.provider.awareness.getStates().values()].some((s) => (s.user as { name?: string })?.name === 'Vic'),
      'the viewer in the owner’s presence',
    );
    expect(ownerClient.provider.awareness.getStates().get(viewer.doc.clientID)).toMatchObject({ role: 'viewer' });
    await until(() => viewer.provider.awareness.getStates().get(ownerClient.doc.clientID)?.role === 'owner', 'the owner’s role at the viewer');

    const tp = demo.touchpoints[0]!;
    updateTouchpoint(viewer.doc, tp.id, { title: 'Viewer was here' });
    updateTouchpoint(ownerClient.doc, demo.touchpoints[1]!.id, { title: 'Owner edit' });
    // The owner's later edit reaches the viewer: the viewer's was handled before it and dropped.
    await until(() => docToMapDocument(viewer.doc).touchpoints[1]!.title === 'Owner edit', 'owner edit at the viewer');
    const stored = (await api(server.url, 'GET', `/api/maps/${mapId}`, undefined, owner)).json as MapDocument;
    expect(stored.touchpoints[0]!.title).toBe(tp.title);
    expect(stored.touchpoints[1]!.title).toBe('Owner edit');
    expect(docToMapDocument(ownerClient.doc).touchpoints[0]!.title).toBe(tp.title);
  });

  it('closes the sockets of a revoked link at once, and the link stops working', async () => {
    const link = await share({ role: 'editor' });
    const other = await share({ role: 'editor' });
    const revoked = client(mapId, link.token);
    const kept = client(mapId, other.token);
    await Promise.all([synced(revoked), synced(kept)]);
    const closed = new Promise<number>((resolve) =>
      revoked.provider.on('connection-close', (event) => resolve((event as CloseEvent | null)?.code ?? 0)),
    );
    const started = Date.now();
    expect((await api(server.url, 'DELETE', `/api/maps/${mapId}/shares/${link.id}`, undefined, owner)).status).toBe(204);
    expect(await closed).toBe(4401);
    expect(Date.now() - started).toBeLessThan(1000);
    // Stays out: no reconnect, HTTP says why.
    expect(await openSocket(`${wsUrl(server.url)}/${mapId}?token=${link.token}`)).toEqual({ status: 401 });
    expect((await api(server.url, 'GET', '/api/access', undefined, as(link.token))).json).toMatchObject({ reason: 'revoked' });
    expect((await api(server.url, 'GET', `/api/maps/${mapId}/shares`, undefined, owner)).json).toHaveLength(1);
    // The other link's holder carries on.
    updateTouchpoint(kept.doc, demo.touchpoints[0]!.id, { title: 'Still here' });
    await until(() => server.rooms.loaded(mapId) !== undefined &&
      docToMapDocument(server.rooms.loaded(mapId)!.doc).touchpoints[0]!.title === 'Still here', 'edit of the kept link');
  });

  it('ends a link at its expiry, live sockets included', async () => {
    const expiresAt = new Date(Date.now() + 1500).toISOString();
    const link = await share({ role: 'viewer', expiresAt });
    expect(link.expiresAt).toBe(expiresAt);
    const holder = client(mapId, link.token);
    await synced(holder);
    const code = await new Promise<number>((resolve) =>
      holder.provider.on('connection-close', (event) => resolve((event as CloseEvent | null)?.code ?? 0)),
    );
    expect(code).toBe(4401);
    expect((await api(server.url, 'GET', `/api/maps/${mapId}`, undefined, as(link.token))).json).toMatchObject({ reason: 'expired' });
    const listed = (await api(server.url, 'GET', `/api/maps/${mapId}/shares`, undefined, owner)).json as { expired: boolean }[];
    expect(listed).toMatchObject([{ expired: true }]);
  });

  it('forgets the links of a map deleted for good', async () => {
    const link = await share({ role: 'viewer' });
    expect((await api(server.url, 'DELETE', `/api/maps/${mapId}?permanent=true`, undefined, owner)).status).toBe(204);
    expect((await api(server.url, 'GET', '/api/access', undefined, as(link.token))).json).toMatchObject({ reason: 'unknown' });
  });
});

describe('the owner token', () => {
  it('is generated at first start, kept in the data directory, and the same after a restart', async () => {
    const temp = tempDir();
    try {
      const first = await startTestServer(temp.dir, { auth: true, ownerToken: null });
      const token = first.ownerToken!;
      expect(token).toMatch(/^wm_[A-Za-z0-9_-]{32}$/);
      expect(first.signInUrl).toBe(`${first.url}/?token=${token}`);
      const file = ownerTokenFile(join(temp.dir, 'waymark.db'));
      expect(readFileSync(file, 'utf8').trim()).toBe(token);
      expect(statSync(file).mode & 0o077).toBe(0);
      await first.close();
      const second = await startTestServer(temp.dir, { auth: true, ownerToken: null });
      expect(second.ownerToken).toBe(token);
      expect((await api(second.url, 'GET', '/api/maps', undefined, { Authorization: `Bearer ${token}` })).status).toBe(200);
      await second.close();
    } finally {
      temp.remove();
    }
  });

  it('is not needed when authentication is off', async () => {
    const temp = tempDir();
    try {
      const server = await startTestServer(temp.dir, { auth: false });
      expect(server.ownerToken).toBeNull();
      expect((await api(server.url, 'GET', '/api/maps')).status).toBe(200);
      expect((await api(server.url, 'GET', '/api/access')).json).toMatchObject({ auth: false, role: 'owner' });
      const opened = await openSocket(`${wsUrl(server.url)}/nothing`);
      expect('ws' in opened).toBe(true);
      if ('ws' in opened) {
        expect(await closeCode(opened.ws)).toBe(4404);
      }
      await server.close();
    } finally {
      temp.remove();
    }
  });
});
