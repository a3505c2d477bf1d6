import * as Y from 'yjs';
import { writeComment } from './annotationStore.js';
import { orderedEntities } from './entities.js';
import { LIMITS, type ThreadComment } from './format.js';
import { newId } from './ids.js';
import { keyForIndex } from './order.js';
import { childMap, entityOf, setField, threadsOf, touchpointsOf, type EntityMap } from './schema.js';

/**
 * Comment threads. The server is the only writer in practice (commenters cannot write to the
 * document over the socket, so every role comments over HTTP, which calls these on the live
 * document); the mutations still tolerate anything a client may have written.
 */

/** A comment as its author submits it; the id is made here. */
export type NewComment = Omit<ThreadComment, 'id' | 'editedAt'>;

function commentsOf(thread: EntityMap): Y.Map<EntityMap> {
  return childMap<EntityMap>(thread, 'comments');
}

function appendComment(thread: EntityMap, comment: NewComment): string | undefined {
  const comments = commentsOf(thread);
  const siblings = orderedEntities(comments);
  if (siblings.length >= LIMITS.commentsPerThread) return undefined;
  const id = newId('cm');
  const entity = new Y.Map<unknown>();
  comments.set(id, entity);
  writeComment(entity, { ...comment, id });
  entity.set('order', keyForIndex(siblings, siblings.length));
  return id;
}

/**
 * Starts a thread on a touchpoint (or the map: null) with its first comment. Returns the ids, or
 * undefined when the touchpoint does not exist or the map holds the most threads it may.
 */
export function createThread(
  doc: Y.Doc,
  args: { touchpointId: string | null; comment: NewComment },
  origin?: unknown,
): { threadId: string; commentId: string } | undefined {
  let created: { threadId: string; commentId: string } | undefined;
  doc.transact(() => {
    if (args.touchpointId !== null && !entityOf(touchpointsOf(doc), args.touchpointId)) return;
    const threads = threadsOf(doc);
    const siblings = orderedEntities(threads);
    if (siblings.length >= LIMITS.threads) return;
    const threadId = newId('th');
    const thread = new Y.Map<unknown>();
    threads.set(threadId, thread);
    if (args.touchpointId !== null) thread.set('touchpointId', args.touchpointId);
    thread.set('resolved', false);
    thread.set('order', keyForIndex(siblings, siblings.length));
    const commentId = appendComment(thread, args.comment);
    if (commentId) created = { threadId, commentId };
  }, origin);
  return created;
}

/** Adds a reply to a thread; undefined when the thread is gone or full. */
export function addComment(doc: Y.Doc, threadId: string, comment: NewComment, origin?: unknown): string | undefined {
  let id: string | undefined;
  doc.transact(() => {
    const thread = entityOf(threadsOf(doc), threadId);
    if (thread) id = appendComment(thread, comment);
  }, origin);
  return id;
}

/** Resolves or reopens a thread; false when there is no such thread. */
export function setThreadResolved(doc: Y.Doc, threadId: string, resolved: boolean, origin?: unknown): boolean {
  let found = false;
  doc.transact(() => {
    const thread = entityOf(threadsOf(doc), threadId);
    if (!thread) return;
    found = true;
    setField(thread, 'resolved', resolved);
  }, origin);
  return found;
}

/** The stored comment, or undefined when the thread or comment does not exist. */
export function commentEntity(doc: Y.Doc, threadId: string, commentId: string): EntityMap | undefined {
  const thread = entityOf(threadsOf(doc), threadId);
  const comments = thread?.get('comments');
  return comments instanceof Y.Map ? entityOf(comments as Y.Map<EntityMap>, commentId) : undefined;
}

/** Replaces a comment's text and stamps when; false when there is no such comment. */
export function editComment(
  doc: Y.Doc,
  threadId: string,
  commentId: string,
  edit: { text: string; editedAt: string },
  origin?: unknown,
): boolean {
  let found = false;
  doc.transact(() => {
    const comment = commentEntity(doc, threadId, commentId);
    if (!comment) return;
    found = true;
    setField(comment, 'text', edit.text);
    setField(comment, 'editedAt', edit.editedAt);
  }, origin);
  return found;
}

/** Deletes a comment, and its thread with the last one; false when there is no such comment. */
export function deleteComment(doc: Y.Doc, threadId: string, commentId: string, origin?: unknown): boolean {
  let found = false;
  doc.transact(() => {
    const thread = entityOf(threadsOf(doc), threadId);
    const comments = thread?.get('comments');
    if (!thread || !(comments instanceof Y.Map) || !comments.has(commentId)) return;
    found = true;
    comments.delete(commentId);
    if (orderedEntities(comments as Y.Map<EntityMap>).length === 0) threadsOf(doc).delete(threadId);
  }, origin);
  return found;
}
