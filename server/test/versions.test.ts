import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import automotive from '../../shared/src/templates/automotive.json';
import {
  addTouchpoint,
  deleteTouchpoint,
  docToMapDocument,
  renamePhase,
  setEmotion,
  type MapComparison,
  type MapDocument,
} from '../../shared/src/index.js';
import type { RunningServer } from '../src/server.js';
import { MAX_VERSIONS_PER_MAP } from '../src/versions.js';
import { api, connectClient, startTestServer, synced, tempDir, until, type TestClient } from './harness.js';

const demo = automotive as MapDocument;

interface VersionJson {
  id: string;
  name: string;
  author: string | null;
  createdAt: string;
  csi: { period: string | null; values: Record<string, number> };
  map?: MapDocument;
}

async function uploadCsv(base: string, mapId: string, csv: string): Promise<void> {
  const res = await fetch(`${base}/api/maps/${mapId}/measurements`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv });
  expect(res.status).toBe(200);
}

describe('named versions', () => {
  let temp: ReturnType<typeof tempDir>;
  let server: RunningServer;
  let base: string;
  const clients: TestClient[] = [];
  const client = (mapId: string) => {
    const c = connectClient(base, mapId);
    clients.push(c);
    return c;
  };
  const newMap = async () => ((await api(base, 'POST', '/api/maps/import', demo)).json as { id: string }).id;
  const save = async (mapId: string, body: unknown) => api(base, 'POST', `/api/maps/${mapId}/versions`, body);
  const versionsOf = async (mapId: string) => (await api(base, 'GET', `/api/maps/${mapId}/versions`)).json as VersionJson[];
  const mapOf = async (mapId: string) => (await api(base, 'GET', `/api/maps/${mapId}`)).json as MapDocument;

  beforeEach(async () => {
    temp = tempDir();
    server = await startTestServer(temp.dir);
    base = server.url;
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
    temp.remove();
  });

  it('saves the map as it is, lists it newest first with author and time, and reads it back', async () => {
    const mapId = await newMap();
    const before = Date.now();
    const first = await save(mapId, { name: '  Workshop 1 — as-is ', author: 'Kim' });
    expect(first.status).toBe(201);
    const created = first.json as VersionJson;
    expect(created).toMatchObject({ name: 'Workshop 1 — as-is', author: 'Kim', csi: { period: null, values: {} } });
    expect(created.id).toMatch(/^ver-/);
    expect(Date.parse(created.createdAt)).toBeGreaterThanOrEqual(before - 1000);

    const second = (await save(mapId, { name: 'Second' })).json as VersionJson;
    expect(second.author).toBeNull();
    expect((await versionsOf(mapId)).map((v) => v.name)).toEqual(['Second', 'Workshop 1 — as-is']);

    const read = await api(base, 'GET', `/api/maps/${mapId}/versions/${created.id}`);
    expect(read.status).toBe(200);
    expect((read.json as VersionJson).map).toEqual(demo);
  });

  it('saves what live editors have typed, and a restore makes the map exactly the version again, for everyone', async () => {
    const mapId = await newMap();
    const a = client(mapId);
    const b = client(mapId);
    await Promise.all([synced(a), synced(b)]);
    renamePhase(a.doc, 'ph-inform', 'Research');
    await until(() => docToMapDocument(b.doc).phases[0]!.name === 'Research', 'the rename at B');
    const version = (await save(mapId, { name: 'After the rename' })).json as VersionJson;
    const saved = (await api(base, 'GET', `/api/maps/${mapId}/versions/${version.id}`)).json as VersionJson;
    expect(saved.map!.phases[0]!.name).toBe('Research');

    // Everything changes afterwards: a touchpoint added, one deleted, an emotion moved.
    addTouchpoint(a.doc, { phaseId: 'ph-service', title: 'Service app' });
    deleteTouchpoint(b.doc, 'tp-homepage');
    setEmotion(a.doc, 'tp-configurator', 'pe-anna', -2);
    await until(() => docToMapDocument(a.doc).touchpoints.length === demo.touchpoints.length, 'both edits at A');
    await until(() => JSON.stringify(docToMapDocument(a.doc)) === JSON.stringify(docToMapDocument(b.doc)), 'A and B agree');
    expect(await mapOf(mapId)).not.toEqual(saved.map);

    const restored = await api(base, 'POST', `/api/maps/${mapId}/versions/${version.id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.json).toEqual(saved.map);
    expect(await mapOf(mapId)).toEqual(saved.map);
    await until(() => JSON.stringify(docToMapDocument(a.doc)) === JSON.stringify(saved.map), 'the restore at A');
    await until(() => JSON.stringify(docToMapDocument(b.doc)) === JSON.stringify(saved.map), 'the restore at B');
  });

  it('compares a version with the map now and with another version, CSI included', async () => {
    const mapId = await newMap();
    await uploadCsv(base, mapId, 'touchpoint;period;csi\nweb.homepage;2025;68\nweb.configurator;2025;62\n');
    const v1 = (await save(mapId, { name: 'Barometer 2025' })).json as VersionJson;
    expect(v1.csi).toEqual({ period: '2025', values: { 'tp-homepage': 68, 'tp-configurator': 62 } });

    const a = client(mapId);
    await synced(a);
    const added = addTouchpoint(a.doc, { phaseId: 'ph-service', title: 'Service app' });
    setEmotion(a.doc, 'tp-homepage', 'pe-anna', -1);
    await until(() => docToMapDocument(server.rooms.loaded(mapId)!.doc).touchpoints.some((tp) => tp.id === added), 'the edit on the server');
    await uploadCsv(base, mapId, 'touchpoint;period;csi\nweb.homepage;2026;74.5\nweb.configurator;2026;62\n');

    const now = (await api(base, 'GET', `/api/maps/${mapId}/versions/${v1.id}/compare`)).json as MapComparison;
    expect(now.touchpoints.added).toEqual([{ id: added, label: 'Service app' }]);
    expect(now.emotions).toEqual([
      expect.objectContaining({ touchpointId: 'tp-homepage', personaId: 'pe-anna', before: 1, after: -1, delta: -2 }),
    ]);
    expect(now.csi).toEqual({
      periodBefore: '2025',
      periodAfter: '2026',
      changes: [{ touchpointId: 'tp-homepage', touchpoint: 'Research on the brand homepage', before: 68, after: 74.5, delta: 6.5 }],
    });

    const v2 = (await save(mapId, { name: 'Barometer 2026' })).json as VersionJson;
    const between = (await api(base, 'GET', `/api/maps/${mapId}/versions/${v1.id}/compare?to=${v2.id}`)).json as MapComparison;
    expect(between).toEqual(now);
    const backwards = (await api(base, 'GET', `/api/maps/${mapId}/versions/${v2.id}/compare?to=${v1.id}`)).json as MapComparison;
    expect(backwards.touchpoints.removed).toEqual([{ id: added, label: 'Service app' }]);
  });

  it('refuses bad input with a clear error and changes nothing', async () => {
    const mapId = await newMap();
    const kept = (await save(mapId, { name: 'Kept' })).json as VersionJson;
    for (const body of [{}, { name: '' }, { name: '   ' }, { name: 5 }, { name: 'x'.repeat(201) }, { name: 'x', author: 'y'.repeat(101) }, { name: 'x', extra: 1 }]) {
      const res = await save(mapId, body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect((res.json as { problems: unknown[] }).problems.length).toBeGreaterThan(0);
    }
    expect((await save(mapId, '{"name": ')).status).toBe(400);
    const big = await save(mapId, { name: 'x', author: 'y'.repeat(20_000) });
    expect(big.status).toBe(413);
    expect((await versionsOf(mapId)).map((v) => v.id)).toEqual([kept.id]);

    for (const [method, path] of [
      ['GET', `/api/maps/${mapId}/versions/ver-nothere`],
      ['GET', `/api/maps/${mapId}/versions/not-a-version-id`],
      ['POST', `/api/maps/${mapId}/versions/ver-nothere/restore`],
      ['DELETE', `/api/maps/${mapId}/versions/ver-nothere`],
      ['GET', `/api/maps/${mapId}/versions/ver-nothere/compare`],
    ] as const) {
      const res = await api(base, method, path);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.json).toEqual({ error: 'version not found' });
    }
    for (const path of ['/api/maps/nope/versions', `/api/maps/nope/versions/${kept.id}`, '/api/maps/nope/activity']) {
      expect((await api(base, 'GET', path)).status, path).toBe(404);
    }
    expect((await api(base, 'GET', `/api/maps/${mapId}/versions/${kept.id}/compare?to=tomorrow`)).status).toBe(422);
    expect((await api(base, 'GET', `/api/maps/${mapId}/versions/${kept.id}/compare?to=ver-gone`)).status).toBe(404);

    // Another map's version is not this map's.
    const otherMap = await newMap();
    expect((await api(base, 'GET', `/api/maps/${otherMap}/versions/${kept.id}`)).status).toBe(404);
    expect((await api(base, 'POST', `/api/maps/${otherMap}/versions/${kept.id}/restore`)).status).toBe(404);
    expect(await mapOf(otherMap)).toEqual(demo);
  });

  it('deletes a version, and all of them with their map', async () => {
    const mapId = await newMap();
    const a = (await save(mapId, { name: 'A' })).json as VersionJson;
    const b = (await save(mapId, { name: 'B' })).json as VersionJson;
    expect((await api(base, 'DELETE', `/api/maps/${mapId}/versions/${a.id}`)).status).toBe(204);
    expect((await versionsOf(mapId)).map((v) => v.id)).toEqual([b.id]);
    expect((await api(base, 'DELETE', `/api/maps/${mapId}?permanent=true`)).status).toBe(204);
    const again = await newMap();
    expect((await api(base, 'GET', `/api/maps/${again}/versions/${b.id}`)).status).toBe(404);
  });

  it(`keeps at most ${MAX_VERSIONS_PER_MAP} versions of a map`, async () => {
    const mapId = await (async () => ((await api(base, 'POST', '/api/maps', { title: 'Small' })).json as { id: string }).id)();
    for (let i = 0; i < MAX_VERSIONS_PER_MAP; i++) expect((await save(mapId, { name: `v${i}` })).status).toBe(201);
    const refused = await save(mapId, { name: 'one more' });
    expect(refused.status).toBe(409);
    expect((refused.json as { error: string }).error).toMatch(/delete old ones/);
  });

  it('keeps versions over a restart', async () => {
    const mapId = await newMap();
    const v = (await save(mapId, { name: 'Before the restart', author: 'Kim' })).json as VersionJson;
    await server.close();
    server = await startTestServer(temp.dir);
    base = server.url;
    expect(await versionsOf(mapId)).toEqual([{ ...v, csi: { period: null, values: {} } }]);
    expect(((await api(base, 'GET', `/api/maps/${mapId}/versions/${v.id}`)).json as VersionJson).map).toEqual(demo);
  });
});

describe('named versions and share links', () => {
  const OWNER = 'owner-token-for-tests-0123456789';
  const owner = { Authorization: `Bearer ${OWNER}` };
  let temp: ReturnType<typeof tempDir>;
  let server: RunningServer;

  beforeEach(async () => {
    temp = tempDir();
    server = await startTestServer(temp.dir, { auth: true, ownerToken: OWNER });
  });
  afterEach(async () => {
    await server.close();
    temp.remove();
  });

  it('editors save and restore, everyone reads, only the owner deletes', async () => {
    const mapId = ((await api(server.url, 'POST', '/api/maps/import', demo, owner)).json as { id: string }).id;
    const link = async (role: string, label?: string) => {
      const res = await api(server.url, 'POST', `/api/maps/${mapId}/shares`, { role, label }, owner);
      return { Authorization: `Bearer ${(res.json as { token: string }).token}` };
    };
    const editor = await link('editor', 'Workshop laptops');
    const commenter = await link('commenter');
    const viewer = await link('viewer');

    const saved = await api(server.url, 'POST', `/api/maps/${mapId}/versions`, { name: 'By the editor' }, editor);
    expect(saved.status).toBe(201);
    // No name given: the link's label says who.
    const version = saved.json as VersionJson;
    expect(version.author).toBe('Workshop laptops');
    expect((await api(server.url, 'POST', `/api/maps/${mapId}/versions`, { name: 'Named', author: 'Kim' }, editor)).json).toMatchObject({ author: 'Kim' });

    for (const who of [commenter, viewer]) {
      expect((await api(server.url, 'POST', `/api/maps/${mapId}/versions`, { name: 'Nope' }, who)).status).toBe(403);
      expect((await api(server.url, 'POST', `/api/maps/${mapId}/versions/${version.id}/restore`, undefined, who)).status).toBe(403);
      expect((await api(server.url, 'GET', `/api/maps/${mapId}/versions`, undefined, who)).json).toHaveLength(2);
      expect((await api(server.url, 'GET', `/api/maps/${mapId}/versions/${version.id}`, undefined, who)).status).toBe(200);
      expect((await api(server.url, 'GET', `/api/maps/${mapId}/activity`, undefined, who)).status).toBe(200);
    }
    expect((await api(server.url, 'POST', `/api/maps/${mapId}/versions/${version.id}/restore`, undefined, editor)).status).toBe(200);
    expect((await api(server.url, 'DELETE', `/api/maps/${mapId}/versions/${version.id}`, undefined, editor)).status).toBe(403);
    expect((await api(server.url, 'DELETE', `/api/maps/${mapId}/versions/${version.id}`, undefined, owner)).status).toBe(204);
    expect((await api(server.url, 'GET', `/api/maps/${mapId}/versions`, undefined, owner)).json).toHaveLength(1);
  });
});
