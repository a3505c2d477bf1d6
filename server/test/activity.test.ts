import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import automotive from '../../shared/src/templates/automotive.json';
import { addTouchpoint, docToMapDocument, renamePhase, setTitle, updateTouchpoint, type MapDocument } from '../../shared/src/index.js';
import type { RunningServer } from '../src/server.js';
import { api, connectClient, startTestServer, synced, tempDir, until, type TestClient } from './harness.js';

const demo = automotive as MapDocument;
const OWNER = 'owner-token-for-tests-0123456789';

interface Entry {
  actor: string | null;
  role: string | null;
  via: 'live' | 'api';
  startedAt: string;
  endedAt: string;
  changes: Record<string, { added: number; changed: number; removed: number; names: string[] }>;
}

describe('activity list: who changed what, when', () => {
  let temp: ReturnType<typeof tempDir>;
  let server: RunningServer;
  const clients: TestClient[] = [];
  const headers = { Authorization: `Bearer ${OWNER}` };
  const client = (mapId: string, token = OWNER, name?: string) => {
    const c = connectClient(server.url, mapId, undefined, token);
    if (name !== undefined) c.provider.awareness.setLocalStateField('user', { name, color: '#2454d6' });
    clients.push(c);
    return c;
  };
  const newMap = async () => ((await api(server.url, 'POST', '/api/maps/import', demo, headers)).json as { id: string }).id;
  const activityOf = async (mapId: string, query = '') => {
    const res = await api(server.url, 'GET', `/api/maps/${mapId}/activity${query}`, undefined, headers);
    expect(res.status).toBe(200);
    return res.json as Entry[];
  };
  /** Waits until the server's copy of the map satisfies `check` (the edits have arrived). */
  const arrived = (mapId: string, check: (map: MapDocument) => boolean) =>
    until(() => {
      const room = server.rooms.loaded(mapId);
      return room !== undefined && check(docToMapDocument(room.doc));
    }, 'the edits on the server');
  const rowsIn = (mapId: string) => {
    const db = new Database(join(temp.dir, 'waymark.db'), { readonly: true });
    try {
      return (db.prepare('select count(*) as n from activity where map_id = ?').get(mapId) as { n: number }).n;
    } finally {
      db.close();
    }
  };

  beforeEach(async () => {
    temp = tempDir();
    server = await startTestServer(temp.dir, { auth: true, ownerToken: OWNER });
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
    temp.remove();
  });

  it('names each participant by their presence name, with what they changed', async () => {
    const mapId = await newMap();
    const anna = client(mapId, OWNER, 'Anna');
    const ben = client(mapId, OWNER, 'Ben');
    await Promise.all([synced(anna), synced(ben)]);
    const added = addTouchpoint(anna.doc, { phaseId: 'ph-service', title: 'Service app' });
    updateTouchpoint(anna.doc, 'tp-homepage', { title: 'Brand website' });
    updateTouchpoint(anna.doc, 'tp-homepage', { importance: 5 });
    renamePhase(ben.doc, 'ph-book', 'Booking');
    setTitle(ben.doc, 'Cars 2026');
    await arrived(mapId, (map) => map.title === 'Cars 2026' && map.touchpoints.some((tp) => tp.id === added));

    const entries = await activityOf(mapId);
    expect(entries).toHaveLength(2);
    const byName = Object.fromEntries(entries.map((e) => [e.actor, e]));
    expect(byName.Anna).toMatchObject({
      role: 'owner',
      via: 'live',
      changes: { touchpoints: { added: 1, changed: 1, removed: 0, names: ['Service app', 'Brand website'] } },
    });
    expect(byName.Ben).toMatchObject({
      role: 'owner',
      via: 'live',
      changes: { phases: { added: 0, changed: 1, removed: 0, names: ['Booking'] }, title: { changed: 1 } },
    });
    // Newest first: Ben's edits came last.
    expect(entries[0]!.actor).toBe('Ben');
    expect(Date.parse(entries[0]!.endedAt)).toBeGreaterThanOrEqual(Date.parse(entries[0]!.startedAt));
    expect((await activityOf(mapId, '?limit=1')).map((e) => e.actor)).toEqual(['Ben']);
  });

  it('names a nameless participant by their share link, else by role', async () => {
    const mapId = await newMap();
    const share = async (label?: string) =>
      ((await api(server.url, 'POST', `/api/maps/${mapId}/shares`, { role: 'editor', ...(label ? { label } : {}) }, headers)).json as {
        token: string;
      }).token;
    const laptops = client(mapId, await share('Workshop laptops'));
    const anonymous = client(mapId, await share());
    await Promise.all([synced(laptops), synced(anonymous)]);
    updateTouchpoint(laptops.doc, 'tp-homepage', { title: 'From a laptop' });
    updateTouchpoint(anonymous.doc, 'tp-configurator', { title: 'From somebody' });
    await arrived(mapId, (map) => map.touchpoints[1]!.title === 'From somebody' && map.touchpoints[0]!.title === 'From a laptop');
    const entries = await activityOf(mapId);
    expect(entries.map((e) => [e.actor, e.role, e.via]).sort()).toEqual([
      ['Workshop laptops', 'editor', 'live'],
      [null, 'editor', 'live'],
    ].sort());
  });

  it('names HTTP writes as the API, and a restore by who asked for it', async () => {
    const mapId = await newMap();
    const version = (await api(server.url, 'POST', `/api/maps/${mapId}/versions`, { name: 'v1' }, headers)).json as { id: string };
    const changed = structuredClone(demo);
    changed.touchpoints = changed.touchpoints.slice(1);
    expect((await api(server.url, 'PUT', `/api/maps/${mapId}`, changed, headers)).status).toBe(200);
    let entries = await activityOf(mapId);
    expect(entries).toEqual([
      expect.objectContaining({ actor: null, role: null, via: 'api', changes: { touchpoints: { added: 0, changed: 0, removed: 1, names: [] } } }),
    ]);
    expect((await api(server.url, 'POST', `/api/maps/${mapId}/versions/${version.id}/restore`, undefined, headers)).status).toBe(200);
    entries = await activityOf(mapId);
    expect(entries[0]).toMatchObject({
      actor: null,
      role: 'owner',
      via: 'api',
      changes: { restore: { changed: 1, names: ['v1'] }, touchpoints: { added: 1 } },
    });
  });

  it('writes nothing per update: the list is written when asked, on unload and at shutdown', async () => {
    const mapId = await newMap();
    const anna = client(mapId, OWNER, 'Anna');
    await synced(anna);
    for (let i = 0; i < 50; i++) updateTouchpoint(anna.doc, 'tp-homepage', { title: `Title ${i}` });
    await arrived(mapId, (map) => map.touchpoints[0]!.title === 'Title 49');
    expect(rowsIn(mapId)).toBe(0);

    // The last participant leaves: the room unloads (no delay in tests) and writes the list.
    anna.destroy();
    await until(() => server.rooms.loaded(mapId) === undefined, 'the room unloaded');
    expect(rowsIn(mapId)).toBe(1);

    // Anna comes back within minutes: her entry goes on.
    const again = client(mapId, OWNER, 'Anna');
    await synced(again);
    updateTouchpoint(again.doc, 'tp-configurator', { title: 'Anna again' });
    await arrived(mapId, (map) => map.touchpoints[1]!.title === 'Anna again');
    again.destroy();
    await until(() => server.rooms.loaded(mapId) === undefined, 'the room unloaded again');
    expect(rowsIn(mapId)).toBe(1);

    const ben = client(mapId, OWNER, 'Ben');
    await synced(ben);
    updateTouchpoint(ben.doc, 'tp-homepage', { title: 'Ben was here' });
    await arrived(mapId, (map) => map.touchpoints[0]!.title === 'Ben was here');
    expect(rowsIn(mapId)).toBe(1);
    await server.close();
    expect(rowsIn(mapId)).toBe(2);
    server = await startTestServer(temp.dir, { auth: true, ownerToken: OWNER });
    const entries = await activityOf(mapId);
    expect(entries.map((e) => [e.actor, e.changes.touchpoints?.changed])).toEqual([
      ['Ben', 1],
      ['Anna', 2],
    ]);
  });

  it('outlives compaction of the update log', async () => {
    await server.close();
    server = await startTestServer(temp.dir, { auth: true, ownerToken: OWNER, compactAfter: 5 });
    const mapId = await newMap();
    const anna = client(mapId, OWNER, 'Anna');
    await synced(anna);
    for (let i = 0; i < 20; i++) addTouchpoint(anna.doc, { phaseId: 'ph-service', title: `Idea ${i}` });
    await arrived(mapId, (map) => map.touchpoints.length === demo.touchpoints.length + 20);
    const entries = await activityOf(mapId);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.changes.touchpoints).toMatchObject({ added: 20, names: ['Idea 0', 'Idea 1', 'Idea 2', 'Idea 3', 'Idea 4'] });
  });

  it('refuses a bad limit', async () => {
    const mapId = await newMap();
    for (const limit of ['0', '501', 'abc', '1.5']) {
      const res = await api(server.url, 'GET', `/api/maps/${mapId}/activity?limit=${limit}`, undefined, headers);
      expect(res.status, limit).toBe(422);
    }
  });
});
