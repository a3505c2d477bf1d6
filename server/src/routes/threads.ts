import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { LIMITS } from '../../../shared/src/index.js';
import { canEdit } from '../access/grants.js';
import type { MapService } from '../maps.js';
import type { ThreadResult, ThreadService } from '../threads.js';
import type { AccessEnv } from './access.js';
import { MAP_ID, apiError, readBody } from './errors.js';

/** Comments are short; a generous limit that still keeps one request small. */
const THREAD_BODY_LIMIT = 32 * 1024;
/** The header carrying the browser's participant key (see threads.ts). */
export const PARTICIPANT_HEADER = 'X-Participant-Key';
const PARTICIPANT_KEY = /^[A-Za-z0-9_-]{16,128}$/;

const text = z.string().trim().min(1, 'must not be empty').max(LIMITS.textLength, `at most ${LIMITS.textLength} characters`);
const author = z.string().trim().min(1, 'say who you are').max(LIMITS.nameLength);
const authorColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a2b3c').optional();
const id = z.string().min(1).max(LIMITS.idLength);

const createBody = z.strictObject({ touchpointId: id.nullable().optional(), text, author, authorColor });
const replyBody = z.strictObject({ text, author, authorColor });
const resolveBody = z.strictObject({ resolved: z.boolean('must be true or false') });
const editBody = z.strictObject({ text });

function answer<T>(c: Context, result: ThreadResult<T>, status: 200 | 201 = 200): Response {
  if (!result.ok) return apiError(c, result.status, result.error);
  return result.value === null ? c.body(null, 204) : c.json(result.value, status);
}

/**
 * `/api/maps/:id/threads`: comment threads on touchpoints and on the map. Commenters, editors
 * and the owner may comment, reply, resolve and reopen; a comment is edited by its author only,
 * and deleted by its author or anyone who may edit the map.
 */
export function threadRoutes(maps: MapService, threads: ThreadService) {
  const app = new Hono<AccessEnv>();

  const knownMap = async (c: Context, next: () => Promise<void>) => {
    const mapId = c.req.param('id') ?? '';
    if (!MAP_ID.test(mapId) || !maps.get(mapId)) return apiError(c, 404, 'map not found');
    await next();
  };
  const limit = bodyLimit({
    maxSize: THREAD_BODY_LIMIT,
    onError: (c) => {
      c.header('Connection', 'close');
      return apiError(c, 413, `request body too large (limit ${THREAD_BODY_LIMIT} bytes)`);
    },
  });
  // The participant key is checked before anything is written: a malformed one is a client bug.
  const participant = async (c: Context, next: () => Promise<void>) => {
    const key = c.req.header(PARTICIPANT_HEADER);
    if (key !== undefined && !PARTICIPANT_KEY.test(key)) {
      return apiError(c, 400, `${PARTICIPANT_HEADER} must be 16 to 128 letters, digits, - or _`);
    }
    await next();
  };
  for (const path of ['/:id/threads', '/:id/threads/*']) app.use(path, knownMap, limit, participant);

  const keyOf = (c: Context) => c.req.header(PARTICIPANT_HEADER);

  app.get('/:id/threads', (c) => c.json(threads.list(c.req.param('id')) ?? []));

  app.post('/:id/threads', async (c) => {
    const body = await readBody(c, createBody);
    if (!body.ok) return body.response;
    const { touchpointId = null, text: words, author: name, authorColor: color } = body.value;
    return answer(c, threads.create(c.req.param('id'), touchpointId, words, { name, color, key: keyOf(c) }), 201);
  });

  app.post('/:id/threads/:threadId/comments', async (c) => {
    const body = await readBody(c, replyBody);
    if (!body.ok) return body.response;
    const { text: words, author: name, authorColor: color } = body.value;
    return answer(c, threads.reply(c.req.param('id'), c.req.param('threadId'), words, { name, color, key: keyOf(c) }), 201);
  });

  app.patch('/:id/threads/:threadId', async (c) => {
    const body = await readBody(c, resolveBody);
    if (!body.ok) return body.response;
    return answer(c, threads.resolve(c.req.param('id'), c.req.param('threadId'), body.value.resolved));
  });

  app.patch('/:id/threads/:threadId/comments/:commentId', async (c) => {
    const body = await readBody(c, editBody);
    if (!body.ok) return body.response;
    const { id: mapId, threadId, commentId } = c.req.param();
    return answer(c, threads.edit(mapId, threadId, commentId, body.value.text, keyOf(c)));
  });

  app.delete('/:id/threads/:threadId/comments/:commentId', (c) => {
    const { id: mapId, threadId, commentId } = c.req.param();
    return answer(c, threads.delete(mapId, threadId, commentId, keyOf(c), canEdit(c.get('grant').role)));
  });

  return app;
}
