import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import automotive from '../../shared/src/templates/automotive.json';
import {
  DEFAULT_LANES,
  docToMapDocument,
  sessionOf,
  updateTouchpoint,
  type MapDocument,
  type PublicSession,
} from '../../shared/src/index.js';
import type { RunningServer } from '../src/server.js';
import { api, connectClient, startTestServer, synced, tempDir, until, type TestClient } from './harness.js';

const OWNER = 'owner-token-for-facilitation-tests';
const demo = automotive as MapDocument;
/** The demo with two pain points and an opportunity (which no vote may be on). */
const workshopMap: MapDocument = {
  ...demo,
  lanes: DEFAULT_LANES.map((lane) => ({ ...lane })),
  cards: [
    { id: 'pain-slow', laneId: 'lane-pain-points', phaseId: demo.phases[0]!.id, text: 'Slow checkout' },
    { id: 'pain-fees', laneId: 'lane-pain-points', phaseId: demo.phases[1]!.id, text: 'Hidden fees' },
    { id: 'idea-1', laneId: 'lane-opportunities', phaseId: demo.phases[0]!.id, text: 'One-click' },
  ],
};
const [tp1, tp2] = demo.touchpoints.map((tp) => tp.id) as [string, string];

/** The session as a client sees it: the one awareness state that carries it. */
function sessionSeenBy(client: TestClient): PublicSession | null {
  for (const state of client.provider.awareness.getStates().values()) {
    const session = sessionOf(state);
    if (session) return session;
  }
  return null;
}

describe('facilitation session: timer, dot voting and the presenter lock', () => {
  let temp: ReturnType<typeof tempDir>;
  let server: RunningServer;
  let mapId: string;
  const clients: TestClient[] = [];
  const owner = { Authorization: `Bearer ${OWNER}` };
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const client = (token = OWNER) => {
    const c = connectClient(server.url, mapId, undefined, token);
    clients.push(c);
    return c;
  };
  const shareToken = async (role: string) => {
    const res = await api(server.url, 'POST', `/api/maps/${mapId}/shares`, { role }, owner);
    expect(res.status).toBe(201);
    return (res.json as { token: string }).token;
  };
  /** Connects as a participant and waits until the server knows them (a client's first state, clock 0, is never sent). */
  const participant = async (name: string, token = OWNER) => {
    const c = client(token);
    await synced(c);
    c.provider.awareness.setLocalStateField('user', { name });
    await until(() => server.rooms.loaded(mapId)?.awareness.getStates().has(c.provider.awareness.clientID) === true, `${name} known to the server`);
    await until(() => sessionOf([...c.provider.awareness.getStates().values()].find((state) => sessionOf(state))) !== null, 'the session');
    return c;
  };
  const session = (path: string, method = 'POST', body?: unknown, headers = owner) =>
    api(server.url, method, `/api/maps/${mapId}/session${path}`, body, headers);

  beforeEach(async () => {
    temp = tempDir();
    server = await startTestServer(temp.dir, { auth: true, ownerToken: OWNER });
    mapId = ((await api(server.url, 'POST', '/api/maps/import', workshopMap, owner)).json as { id: string }).id;
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
    temp.remove();
  });

  it('shows a started timer to every client, from a server state that is nobody in presence', async () => {
    const a = client();
    const b = client(await shareToken('viewer'));
    await Promise.all([synced(a), synced(b)]);
    await until(() => sessionSeenBy(a) !== null && sessionSeenBy(b) !== null, 'the session on both clients');
    expect(sessionSeenBy(a)).toMatchObject({ timer: null, vote: null, lock: null });

    const before = Date.now();
    const started = await session('/timer', 'POST', { durationSeconds: 300 });
    expect(started.status).toBe(201);
    for (const c of [a, b]) {
      await until(() => sessionSeenBy(c)?.timer !== null, 'the timer on a client');
      const timer = sessionSeenBy(c)!.timer!;
      expect(timer.durationSeconds).toBe(300);
      expect(timer.endsAt - timer.startedAt).toBe(300_000);
      expect(timer.startedAt).toBeGreaterThanOrEqual(before - 1000);
    }
    // The server's state carries the session only: no user, no role, nothing presence lists.
    const serverStates = [...a.provider.awareness.getStates().values()].filter((state) => sessionOf(state));
    expect(serverStates).toHaveLength(1);
    expect(Object.keys(serverStates[0]!)).toEqual(['session']);

    expect((await session('/timer', 'DELETE')).status).toBe(200);
    await until(() => sessionSeenBy(b)?.timer === null, 'the stopped timer on the viewer');
    expect((await session('/timer', 'DELETE')).status).toBe(409);
  });

  it('runs a vote started by one and cast by two others, hidden until revealed, with the right counts', async () => {
    const editor = await shareToken('editor');
    const viewer = await shareToken('viewer');
    const commenter = await shareToken('commenter');
    const watcher = client(viewer);
    await synced(watcher);

    expect((await session('/vote', 'POST', { dotsPerPerson: 3, kinds: ['touchpoints', 'painPoints'] }, as(editor))).status).toBe(201);
    // A viewer or commenter cannot start one, but can vote.
    expect((await session('/vote', 'POST', { dotsPerPerson: 3, kinds: ['touchpoints'] }, as(viewer))).status).toBe(403);
    expect((await session('/vote', 'POST', { dotsPerPerson: 3, kinds: ['touchpoints'] }, as(editor))).status).toBe(409);

    const alice = 'voter-alice-0123456789';
    const bob = 'voter-bob-0123456789ab';
    const cast = (voter: string, targetIds: string[], token: string) =>
      session(`/vote/ballots/${voter}`, 'PUT', { targetIds }, as(token));
    expect((await cast(alice, [tp1, tp1, 'pain-slow'], viewer)).status).toBe(200);
    expect((await cast(bob, [tp2], commenter)).status).toBe(200);
    // Bob changes his mind: a ballot replaces the previous one.
    const replaced = await cast(bob, [tp1, 'pain-fees', 'pain-slow'], commenter);
    expect(replaced.status).toBe(200);

    // While open: how many voted, never who voted for what, on the socket and over HTTP.
    await until(() => sessionSeenBy(watcher)?.vote?.voterCount === 2, 'two voters on the watcher');
    const open = sessionSeenBy(watcher)!.vote!;
    expect(open.status).toBe('open');
    expect(JSON.stringify(open)).not.toMatch(/pain-slow|pain-fees|voter-|counts|ranking/);
    expect(JSON.stringify(open)).not.toContain(tp1);
    const read = await session('', 'GET', undefined, as(viewer));
    expect(JSON.stringify(read.json)).not.toContain(tp1);
    // Each voter reads their own ballot back.
    expect((await session(`/vote/ballots/${alice}`, 'GET', undefined, as(viewer))).json).toMatchObject({ targetIds: [tp1, tp1, 'pain-slow'] });

    // Bad ballots are refused and change nothing.
    expect((await cast(alice, [tp1, tp1, tp1, tp1], viewer)).status).toBe(422);
    expect((await cast(alice, ['idea-1'], viewer)).status).toBe(422);
    expect((await cast(alice, ['no-such-card'], viewer)).status).toBe(422);
    expect((await cast('short', [tp1], viewer)).status).toBe(422);
    expect((await cast(alice, 'nope' as unknown as string[], viewer)).status).toBe(422);
    expect((await session(`/vote/ballots/${alice}`, 'GET', undefined, as(viewer))).json).toMatchObject({ targetIds: [tp1, tp1, 'pain-slow'] });
    // Only editors reveal.
    expect((await session('/vote/reveal', 'POST', undefined, as(commenter))).status).toBe(403);

    expect((await session('/vote/reveal', 'POST', undefined, as(editor))).status).toBe(200);
    await until(() => sessionSeenBy(watcher)?.vote?.status === 'revealed', 'the revealed vote');
    const revealed = sessionSeenBy(watcher)!.vote!;
    if (revealed.status !== 'revealed') throw new Error('not revealed');
    expect(revealed.voterCount).toBe(2);
    expect(revealed.counts).toEqual({ [tp1]: 3, 'pain-slow': 2, 'pain-fees': 1 });
    expect(revealed.ranking).toEqual([
      { targetId: tp1, count: 3, rank: 1 },
      { targetId: 'pain-slow', count: 2, rank: 2 },
      { targetId: 'pain-fees', count: 1, rank: 3 },
    ]);
    // Revealed ballots are final.
    expect((await cast(alice, [tp2], viewer)).status).toBe(409);

    expect((await session('/vote', 'DELETE', undefined, as(editor))).status).toBe(200);
    await until(() => sessionSeenBy(watcher)?.vote === null, 'the ended vote');
  });

  it('validates what a facilitator sends', async () => {
    expect((await session('/timer', 'POST', { durationSeconds: 0 })).status).toBe(422);
    expect((await session('/timer', 'POST', { durationSeconds: 60 * 60 * 5 })).status).toBe(422);
    expect((await session('/timer', 'POST', '{nope')).status).toBe(400);
    expect((await session('/vote', 'POST', { dotsPerPerson: 0, kinds: ['touchpoints'] })).status).toBe(422);
    expect((await session('/vote', 'POST', { dotsPerPerson: 3, kinds: [] })).status).toBe(422);
    expect((await session('/vote', 'POST', { dotsPerPerson: 3, kinds: ['emotions'] })).status).toBe(422);
    expect((await session('/vote/reveal')).status).toBe(409);
    expect((await session('/lock', 'POST', { clientId: 12345 })).status).toBe(422);
    expect((await session('/unlock')).status).toBe(409);
    expect((await api(server.url, 'POST', '/api/maps/no-such-map/session/timer', { durationSeconds: 60 }, owner)).status).toBe(404);
    expect((await session('', 'GET')).json).toMatchObject({ timer: null, vote: null, lock: null });
  });

  it("locks the map: others' edits are dropped, the presenter's go through, HTTP writes get 423", async () => {
    const editor = await shareToken('editor');
    const presenter = await participant('Ada', editor);
    const other = await participant('Bo', editor);
    const presenterId = presenter.provider.awareness.clientID;

    const locked = await session('/lock', 'POST', { clientId: presenterId, name: 'Ada' }, as(editor));
    expect(locked.status).toBe(200);
    const { lockKey } = locked.json as { lockKey: string };
    expect(lockKey.length).toBeGreaterThan(16);
    await until(() => sessionSeenBy(other)?.lock?.clientId === presenterId, 'the lock on the other client');
    expect(sessionSeenBy(other)!.lock).toMatchObject({ name: 'Ada' });
    expect(JSON.stringify(sessionSeenBy(other))).not.toContain(lockKey);
    // A second lock needs the key.
    expect((await session('/lock', 'POST', { clientId: other.provider.awareness.clientID }, as(editor))).status).toBe(409);

    updateTouchpoint(other.doc, tp1, { title: 'Edited while locked' });
    updateTouchpoint(presenter.doc, tp2, { title: 'Presented' });
    await until(() => docToMapDocument(other.doc).touchpoints.find((tp) => tp.id === tp2)?.title === 'Presented', "the presenter's edit");
    const stored = (await api(server.url, 'GET', `/api/maps/${mapId}`, undefined, owner)).json as MapDocument;
    expect(stored.touchpoints.find((tp) => tp.id === tp2)!.title).toBe('Presented');
    expect(stored.touchpoints.find((tp) => tp.id === tp1)!.title).not.toBe('Edited while locked');
    expect(docToMapDocument(presenter.doc).touchpoints.find((tp) => tp.id === tp1)!.title).not.toBe('Edited while locked');

    const rename = await api(server.url, 'PATCH', `/api/maps/${mapId}`, { title: 'Nope' }, as(editor));
    expect(rename.status).toBe(423);
    expect(rename.json).toMatchObject({ lockedBy: 'Ada' });
    // The owner still may; and anyone may still vote.
    expect((await api(server.url, 'PATCH', `/api/maps/${mapId}`, { title: 'Owner rename' }, owner)).status).toBe(200);

    // Only the presenter (with the key) or the owner unlocks.
    expect((await session('/unlock', 'POST', {}, as(editor))).status).toBe(403);
    expect((await session('/unlock', 'POST', { lockKey: 'wrong' }, as(editor))).status).toBe(403);
    expect((await session('/unlock', 'POST', { lockKey }, as(editor))).status).toBe(200);
    await until(() => sessionSeenBy(other)?.lock === null, 'the unlock');
    // The edit dropped during the lock joins everyone once unlocked, so no client stays apart.
    await until(
      () => docToMapDocument(presenter.doc).touchpoints.find((tp) => tp.id === tp1)?.title === 'Edited while locked',
      'the resync after unlocking',
    );
    expect((await api(server.url, 'PATCH', `/api/maps/${mapId}`, { title: 'Free again' }, as(editor))).status).toBe(200);
  });

  it('lets the presenter take the lock over after a reload, and refuses anyone claiming the server state', async () => {
    const first = await participant('Ada');
    const { lockKey } = (await session('/lock', 'POST', { clientId: first.provider.awareness.clientID })).json as { lockKey: string };
    first.destroy();
    const second = await participant('Ada again');
    expect((await session('/lock', 'POST', { clientId: second.provider.awareness.clientID, lockKey })).status).toBe(200);
    await until(() => sessionSeenBy(second)?.lock?.clientId === second.provider.awareness.clientID, 'the moved lock');

    // A client that writes an awareness state under the server's id changes nothing.
    const serverId = [...second.provider.awareness.getStates()].find(([, state]) => sessionOf(state))![0];
    const rogue = await participant('Mallory');
    // A far higher clock would win over the server's own state, if the server let it through.
    const forged = (clock: number, state: unknown) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 1);
      const update = encoding.createEncoder();
      encoding.writeVarUint(update, 1);
      encoding.writeVarUint(update, serverId);
      encoding.writeVarUint(update, clock);
      encoding.writeVarString(update, JSON.stringify(state));
      encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update));
      return encoding.toUint8Array(encoder);
    };
    rogue.provider.ws!.send(forged(1_000_000, { session: { serverTime: 0, timer: null, vote: null, lock: null } }));
    rogue.provider.ws!.send(forged(1_000_001, null));
    // Mallory's own state change, sent after the forgeries, arrives: so the forgeries were handled.
    rogue.provider.awareness.setLocalStateField('user', { name: 'Mallory later' });
    await until(() => (second.provider.awareness.getStates().get(rogue.provider.awareness.clientID)?.user as { name: string } | undefined)?.name === 'Mallory later', 'Mallory later');
    expect(sessionSeenBy(second)?.lock).not.toBeNull();
    expect(server.rooms.loaded(mapId)!.awareness.getLocalState()).toMatchObject({ session: { lock: { clientId: second.provider.awareness.clientID } } });
  });

  it('keeps timer, vote and lock across a restart of the server', async () => {
    const c = await participant('Ada');
    await session('/timer', 'POST', { durationSeconds: 900 });
    await session('/vote', 'POST', { dotsPerPerson: 2, kinds: ['painPoints'] });
    await session('/vote/ballots/voter-restart-0123456789', 'PUT', { targetIds: ['pain-fees'] });
    await session('/lock', 'POST', { clientId: c.provider.awareness.clientID, name: 'Ada' });
    const before = (await session('', 'GET')).json as PublicSession;
    c.destroy();
    clients.length = 0;
    await server.close();

    server = await startTestServer(temp.dir, { auth: true, ownerToken: OWNER });
    const after = (await session('', 'GET')).json as PublicSession;
    expect(after.timer).toEqual(before.timer);
    expect(after.vote).toMatchObject({ status: 'open', voterCount: 1, dotsPerPerson: 2, kinds: ['painPoints'] });
    expect(after.lock).toMatchObject({ name: 'Ada' });
    expect((await session('/vote/ballots/voter-restart-0123456789', 'GET')).json).toMatchObject({ targetIds: ['pain-fees'] });
    expect((await session('/vote/reveal')).json).toMatchObject({ session: { vote: { counts: { 'pain-fees': 1 } } } });
  });
});
