import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import automotive from '../../shared/src/templates/automotive.json';
import { docToMapDocument, updateTouchpoint, type MapDocument, type Thread } from '../../shared/src/index.js';
import type { RunningServer } from '../src/server.js';
import { api, connectClient, startTestServer, synced, tempDir, until, type TestClient } from './harness.js';

const demo = automotive as MapDocument;
const OWNER = 'owner-token-for-tests-0123456789';
const tpId = demo.touchpoints[0]!.id;
const ANA_KEY = 'ana-participant-key-0123456789';
const BEN_KEY = 'ben-participant-key-0123456789';

describe('comment threads over HTTP', () => {
  let temp: ReturnType<typeof tempDir>;
  let server: RunningServer;
  let mapId: string;
  const clients: TestClient[] = [];
  const owner = { Authorization: `Bearer ${OWNER}` };
  const tokenOf = async (role: string) => {
    const res = await api(server.url, 'POST', `/api/maps/${mapId}/shares`, { role }, owner);
    return (res.json as { token: string }).token;
  };
  const as = (token: string, key?: string) => ({
    Authorization: `Bearer ${token}`,
    ...(key === undefined ? {} : { 'X-Participant-Key': key }),
  });
  const client = (token: string) => {
    const c = connectClient(server.url, mapId, undefined, token);
    clients.push(c);
    return c;
  };

  beforeEach(async () => {
    temp = tempDir();
    server = await startTestServer(temp.dir, { auth: true, ownerToken: OWNER });
    mapId = ((await api(server.url, 'POST', '/api/maps/import', demo, owner)).json as { id: string }).id;
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
    temp.remove();
  });

  it("a commenter's comment reaches an open editor at once, while its socket edits do not", async () => {
    const commenter = await tokenOf('commenter');
    const watcher = client(OWNER);
    const intruder = client(commenter);
    await Promise.all([synced(watcher), synced(intruder)]);

    updateTouchpoint(intruder.doc, tpId, { title: 'Hijacked' });
    const res = await api(server.url, 'POST', `/api/maps/${mapId}/threads`, { touchpointId: tpId, text: ' Too slow? ', author: 'Ana' }, as(commenter, ANA_KEY));
    expect(res.status).toBe(201);
    const thread = res.json as Thread;
    expect(thread).toMatchObject({ touchpointId: tpId, resolved: false, comments: [{ author: 'Ana', text: 'Too slow?' }] });
    expect(thread.comments[0]!.authorId).toMatch(/^p-/);
    expect(Date.parse(thread.comments[0]!.createdAt)).toBeGreaterThan(Date.now() - 60_000);

    await until(() => docToMapDocument(watcher.doc).threads?.length === 1, 'the thread on the open editor');
    // The intruder's socket delivers the thread too: its earlier edit frame has been read by then.
    await until(() => docToMapDocument(intruder.doc).threads?.length === 1, 'the thread on the commenter');
    expect(docToMapDocument(watcher.doc).touchpoints[0]!.title).toBe(demo.touchpoints[0]!.title);
    const stored = (await api(server.url, 'GET', `/api/maps/${mapId}`, undefined, owner)).json as MapDocument;
    expect(stored.touchpoints[0]!.title).toBe(demo.touchpoints[0]!.title);
    expect(stored.threads).toEqual([thread]);
  });

  it('reply, resolve and reopen; the map itself can have threads; viewers read only', async () => {
    const commenter = await tokenOf('commenter');
    const viewer = await tokenOf('viewer');
    const onMap = (await api(server.url, 'POST', `/api/maps/${mapId}/threads`, { text: 'Whole map: who owns it?', author: 'Ana', authorColor: '#0072B2' }, as(commenter))).json as Thread;
    expect(onMap.touchpointId).toBeNull();
    expect(onMap.comments[0]).not.toHaveProperty('authorId');

    const reply = await api(server.url, 'POST', `/api/maps/${mapId}/threads/${onMap.id}/comments`, { text: 'Marketing', author: 'Ben' }, owner);
    expect(reply.status).toBe(201);
    expect((reply.json as Thread).comments.map((c) => c.text)).toEqual(['Whole map: who owns it?', 'Marketing']);
    const resolved = await api(server.url, 'PATCH', `/api/maps/${mapId}/threads/${onMap.id}`, { resolved: true }, as(commenter));
    expect(resolved.json).toMatchObject({ resolved: true });
    const reopened = await api(server.url, 'PATCH', `/api/maps/${mapId}/threads/${onMap.id}`, { resolved: false }, as(commenter));
    expect(reopened.json).toMatchObject({ resolved: false });

    expect((await api(server.url, 'GET', `/api/maps/${mapId}/threads`, undefined, as(viewer))).json).toEqual([reopened.json]);
    expect((await api(server.url, 'POST', `/api/maps/${mapId}/threads`, { text: 'x', author: 'V' }, as(viewer))).status).toBe(403);
    expect((await api(server.url, 'PATCH', `/api/maps/${mapId}/threads/${onMap.id}`, { resolved: true }, as(viewer))).status).toBe(403);
    const map = (await api(server.url, 'GET', `/api/maps/${mapId}`, undefined, owner)).json as MapDocument;
    expect(map.threads).toEqual([reopened.json]);
  });

  it('only the author edits a comment; the author or an editor deletes it', async () => {
    const commenter = await tokenOf('commenter');
    const editor = await tokenOf('editor');
    const thread = (await api(server.url, 'POST', `/api/maps/${mapId}/threads`, { touchpointId: tpId, text: 'Mine', author: 'Ana' }, as(commenter, ANA_KEY))).json as Thread;
    const withReply = (await api(server.url, 'POST', `/api/maps/${mapId}/threads/${thread.id}/comments`, { text: 'Also mine', author: 'Ana' }, as(commenter, ANA_KEY))).json as Thread;
    const [first, second] = withReply.comments;
    const comment = (c: { id: string }) => `/api/maps/${mapId}/threads/${thread.id}/comments/${c.id}`;

    // Ben holds the same link, but not Ana's key.
    expect((await api(server.url, 'PATCH', comment(first!), { text: 'Forged' }, as(commenter, BEN_KEY))).status).toBe(403);
    expect((await api(server.url, 'PATCH', comment(first!), { text: 'Forged' }, as(editor))).status).toBe(403);
    expect((await api(server.url, 'DELETE', comment(first!), undefined, as(commenter, BEN_KEY))).status).toBe(403);
    expect((await api(server.url, 'DELETE', comment(first!), undefined, as(commenter))).status).toBe(403);

    const edited = await api(server.url, 'PATCH', comment(first!), { text: 'Mine, edited' }, as(commenter, ANA_KEY));
    expect(edited.status).toBe(200);
    expect((edited.json as Thread).comments[0]).toMatchObject({ text: 'Mine, edited', editedAt: expect.any(String) });
    expect((await api(server.url, 'DELETE', comment(first!), undefined, as(commenter, ANA_KEY))).status).toBe(204);
    expect((await api(server.url, 'DELETE', comment(first!), undefined, as(commenter, ANA_KEY))).status).toBe(404);
    // Moderation: an editor deletes anyone's comment; the last one takes the thread along.
    expect((await api(server.url, 'DELETE', comment(second!), undefined, as(editor))).status).toBe(204);
    const map = (await api(server.url, 'GET', `/api/maps/${mapId}`, undefined, owner)).json as MapDocument;
    expect(map.threads).toBeUndefined();
  });

  it('bad input gets a clear 4xx and changes nothing', async () => {
    const commenter = await tokenOf('commenter');
    const post = (body: unknown, headers = as(commenter)) => api(server.url, 'POST', `/api/maps/${mapId}/threads`, body, headers);
    expect((await post('{not json')).status).toBe(400);
    expect(await post({ text: '   ', author: 'Ana' })).toMatchObject({ status: 422, json: { problems: [{ path: 'text' }] } });
    expect((await post({ text: 'x'.repeat(2001), author: 'Ana' })).status).toBe(422);
    expect((await post({ text: 'x' })).json).toMatchObject({ problems: [{ path: 'author', message: expect.any(String) }] });
    expect((await post({ text: 'x', author: 'Ana', extra: 1 })).status).toBe(422);
    expect((await post({ text: 'x', author: 'Ana', authorColor: 'red' })).status).toBe(422);
    expect(await post({ touchpointId: 'ghost', text: 'x', author: 'Ana' })).toMatchObject({ status: 422, json: { error: 'unknown touchpoint "ghost"' } });
    expect((await post({ text: 'x', author: 'Ana' }, as(commenter, 'short'))).status).toBe(400);
    expect((await post('x'.repeat(40_000))).status).toBe(413);
    expect((await api(server.url, 'POST', `/api/maps/${mapId}/threads/th-nope/comments`, { text: 'x', author: 'A' }, as(commenter))).status).toBe(404);
    expect((await api(server.url, 'PATCH', `/api/maps/${mapId}/threads/th-nope`, { resolved: true }, as(commenter))).status).toBe(404);
    expect((await api(server.url, 'PATCH', `/api/maps/${mapId}/threads/th-nope`, { resolved: 'yes' }, as(commenter))).status).toBe(422);
    expect((await api(server.url, 'POST', '/api/maps/map-nope/threads', { text: 'x', author: 'A' }, owner)).status).toBe(404);
    const map = (await api(server.url, 'GET', `/api/maps/${mapId}`, undefined, owner)).json as MapDocument;
    expect(map.threads).toBeUndefined();
  });
});
