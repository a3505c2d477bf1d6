import { threadSchema, type Thread } from '../../../shared/src/index.js';
import { ownAuthorId, participantKey, rememberAuthorId } from '../comments/participantKey.js';
import { json, request } from './mapsApi.js';

/** Who writes a comment, as the author gave it. */
export interface CommentAuthor {
  name: string;
  color?: string;
}

function threadsUrl(mapId: string, rest = ''): string {
  return `/api/maps/${encodeURIComponent(mapId)}/threads${rest}`;
}

function send(mapId: string, path: string, method: string, body?: unknown): Promise<Response> {
  return request(mapId, path, {
    method,
    headers: { 'Content-Type': 'application/json', 'X-Participant-Key': participantKey() },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** The thread the server answered with; the newest comment is ours, so it tells our author id. */
async function answered(response: Response): Promise<Thread> {
  const thread = await json(response, threadSchema);
  const mine = thread.comments.at(-1)?.authorId;
  if (mine && ownAuthorId() !== mine) rememberAuthorId(mine);
  return thread;
}

/** Starts a thread on a touchpoint, or on the map (null). */
export async function startThread(mapId: string, touchpointId: string | null, text: string, author: CommentAuthor): Promise<Thread> {
  const body = { touchpointId, text, author: author.name, ...(author.color ? { authorColor: author.color } : {}) };
  return answered(await send(mapId, threadsUrl(mapId), 'POST', body));
}

export async function replyToThread(mapId: string, threadId: string, text: string, author: CommentAuthor): Promise<Thread> {
  const body = { text, author: author.name, ...(author.color ? { authorColor: author.color } : {}) };
  return answered(await send(mapId, threadsUrl(mapId, `/${encodeURIComponent(threadId)}/comments`), 'POST', body));
}

export async function setResolved(mapId: string, threadId: string, resolved: boolean): Promise<void> {
  await send(mapId, threadsUrl(mapId, `/${encodeURIComponent(threadId)}`), 'PATCH', { resolved });
}

export async function editComment(mapId: string, threadId: string, commentId: string, text: string): Promise<void> {
  await send(mapId, threadsUrl(mapId, `/${encodeURIComponent(threadId)}/comments/${encodeURIComponent(commentId)}`), 'PATCH', { text });
}

export async function deleteComment(mapId: string, threadId: string, commentId: string): Promise<void> {
  await send(mapId, threadsUrl(mapId, `/${encodeURIComponent(threadId)}/comments/${encodeURIComponent(commentId)}`), 'DELETE');
}
