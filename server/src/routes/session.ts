import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import {
  DOTS_PER_PERSON_MAX,
  LIMITS,
  TIMER_SECONDS_MAX,
  TIMER_SECONDS_MIN,
  VOTE_KINDS,
  docToMapDocument,
  voteTargets,
} from '../../../shared/src/index.js';
import type { SessionResult } from '../facilitation/FacilitationSession.js';
import type { Room } from '../sync/Room.js';
import type { Rooms } from '../sync/rooms.js';
import type { AccessEnv } from './access.js';
import { MAP_ID, apiError, readBody } from './errors.js';

const timerBody = z.strictObject({
  durationSeconds: z.number().int().min(TIMER_SECONDS_MIN).max(TIMER_SECONDS_MAX),
});
const voteBody = z.strictObject({
  dotsPerPerson: z.number().int().min(1).max(DOTS_PER_PERSON_MAX),
  kinds: z.array(z.enum(VOTE_KINDS)).min(1, 'vote on touchpoints, pain points or both').max(VOTE_KINDS.length),
});
const ballotBody = z.strictObject({
  targetIds: z.array(z.string().min(1).max(100)).max(DOTS_PER_PERSON_MAX),
});
const lockKey = z.string().min(1).max(100);
const lockBody = z.strictObject({
  /** The presenter's awareness client id: only its connection may edit while locked. */
  clientId: z.number().int().min(0).max(2 ** 32 - 1),
  name: z.string().trim().min(1).max(LIMITS.nameLength).optional(),
  /** The key of the current lock, to take it over to a new client id (after a reload). */
  lockKey: lockKey.optional(),
});
const unlockBody = z.strictObject({ lockKey: lockKey.optional() });

/**
 * A voter's id is a secret the browser makes up (and keeps per map): it is how a voter reads
 * and replaces their own ballot, so it is long enough not to be guessed.
 */
const VOTER_ID = /^[A-Za-z0-9_-]{16,100}$/;

const notFound = (c: Context) => apiError(c, 404, 'map not found');

/**
 * `/api/maps/:id/session`: the facilitator's tools on a map (shared timer, dot voting, the
 * presenter's lock). The state lives in the map's room, which publishes it to every client.
 */
export function sessionRoutes(rooms: Rooms, maxBodyBytes: number) {
  const app = new Hono<AccessEnv>();
  app.use('/:id/session/*', bodyLimit({ maxSize: maxBodyBytes, onError: (c) => apiError(c, 413, 'request body too large') }));
  app.use('/:id/session/*', async (c, next) => {
    if (!MAP_ID.test(c.req.param('id') ?? '')) return notFound(c);
    await next();
  });

  /** Runs `action` on the map's room and answers with the published session (or the failure). */
  const act = <T extends object>(c: Context, action: (room: Room) => SessionResult<T>, status: 200 | 201 = 200) => {
    const result = rooms.withRoom(c.req.param('id') ?? '', (room) => ({ result: action(room), session: room.session.publicState() }));
    if (!result) return notFound(c);
    if (!result.result.ok) return apiError(c, result.result.status, result.result.error);
    const { ok: _ok, ...extra } = result.result;
    return c.json({ ...extra, session: result.session }, status);
  };

  app.get('/:id/session', (c) => {
    if (!MAP_ID.test(c.req.param('id'))) return notFound(c);
    const session = rooms.withRoom(c.req.param('id'), (room) => room.session.publicState());
    return session ? c.json(session) : notFound(c);
  });

  app.post('/:id/session/timer', async (c) => {
    const body = await readBody(c, timerBody);
    if (!body.ok) return body.response;
    return act(c, (room) => room.session.startTimer(body.value.durationSeconds), 201);
  });
  app.delete('/:id/session/timer', (c) => act(c, (room) => room.session.stopTimer()));

  app.post('/:id/session/vote', async (c) => {
    const body = await readBody(c, voteBody);
    if (!body.ok) return body.response;
    return act(c, (room) => room.session.startVote(body.value.dotsPerPerson, body.value.kinds), 201);
  });
  app.post('/:id/session/vote/reveal', (c) => act(c, (room) => room.session.reveal()));
  app.delete('/:id/session/vote', (c) => act(c, (room) => room.session.endVote()));

  app.get('/:id/session/vote/ballots/:voterId', (c) => {
    const voterId = c.req.param('voterId');
    if (!VOTER_ID.test(voterId)) return apiError(c, 422, 'a voter id is 16 to 100 letters, digits, "-" or "_"');
    const ballot = rooms.withRoom(c.req.param('id'), (room) => ({ ballot: room.session.ballotOf(voterId) }));
    if (!ballot) return notFound(c);
    return ballot.ballot ? c.json(ballot.ballot) : apiError(c, 404, 'no vote is open');
  });
  app.put('/:id/session/vote/ballots/:voterId', async (c) => {
    const voterId = c.req.param('voterId');
    if (!VOTER_ID.test(voterId)) return apiError(c, 422, 'a voter id is 16 to 100 letters, digits, "-" or "_"');
    const body = await readBody(c, ballotBody);
    if (!body.ok) return body.response;
    return act(c, (room) =>
      room.session.castBallot(voterId, body.value.targetIds, (kinds) => voteTargets(docToMapDocument(room.doc), kinds)),
    );
  });

  app.post('/:id/session/lock', async (c) => {
    const body = await readBody(c, lockBody);
    if (!body.ok) return body.response;
    const { clientId, name, lockKey: key } = body.value;
    return act(c, (room) => {
      if (!room.hasClient(clientId)) return { ok: false, status: 422, error: `no one with client id ${clientId} is connected to this map` };
      return room.session.lockFor(clientId, name ?? null, key);
    });
  });
  app.post('/:id/session/unlock', async (c) => {
    const body = await readBody(c, unlockBody, { emptyIsObject: true });
    if (!body.ok) return body.response;
    const asOwner = c.get('grant').role === 'owner';
    return act(c, (room) => room.session.unlock(body.value.lockKey, asOwner));
  });

  return app;
}

/**
 * While a presenter has locked a map, HTTP writes to it by anyone but the owner get 423 Locked
 * (the socket drops theirs in the room); the session routes stay open, so that people can vote.
 */
export function lockGuard(rooms: Rooms): MiddlewareHandler<AccessEnv> {
  return async (c, next) => {
    const method = c.req.method;
    const match = /^\/api\/maps\/([^/]+)(\/[^/]+)?/.exec(c.req.path);
    if (method === 'GET' || method === 'HEAD' || !match || match[2] === '/session' || c.get('grant').role === 'owner') {
      await next();
      return;
    }
    const lock = MAP_ID.test(match[1]!) ? rooms.lockOf(match[1]!) : null;
    if (lock) {
      return apiError(c, 423, `the map is locked while ${lock.name ?? 'a facilitator'} presents`, { lockedBy: lock.name });
    }
    await next();
  };
}
