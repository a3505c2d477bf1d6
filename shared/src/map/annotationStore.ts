import * as Y from 'yjs';
import { LIMITS, type Sticky, type Thread, type ThreadComment } from './format.js';
import { orderedEntities, reconcileCollection } from './entities.js';
import { childMap, setField, stickiesOf, stringField, threadsOf, type EntityMap } from './schema.js';

/**
 * Sticky notes and comment threads between the Y.Doc and the JSON format (convert.ts calls
 * these). Reading is defensive like the rest of convert.ts: whatever a client wrote, the result
 * validates, and what cannot be read is left out rather than guessed.
 */

const COLOR = /^#[0-9a-fA-F]{6}$/;
/** Sticky notes without a readable colour are yellow, the colour of a paper sticky note. */
export const DEFAULT_STICKY_COLOR = '#fff1a8';

function clampText(value: string, max: number): string {
  return value.length > max ? value.slice(0, max) : value;
}

function coordinate(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
  return Math.min(LIMITS.canvasExtent, Math.max(-LIMITS.canvasExtent, value)) + 0;
}

function isoTime(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value)) return undefined;
  return Number.isNaN(Date.parse(value)) ? undefined : value;
}

function optionalId(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= LIMITS.idLength ? value : undefined;
}

/** The sticky notes of a document, bottom to top. */
export function readStickies(doc: Y.Doc): Sticky[] {
  return orderedEntities(stickiesOf(doc))
    .slice(0, LIMITS.stickies)
    .map(({ id, entity }) => {
      const color = entity.get('color');
      const sticky: Sticky = {
        id,
        text: clampText(stringField(entity, 'text'), LIMITS.textLength),
        color: typeof color === 'string' && COLOR.test(color) ? color : DEFAULT_STICKY_COLOR,
        x: coordinate(entity.get('x')),
        y: coordinate(entity.get('y')),
      };
      const author = entity.get('author');
      if (typeof author === 'string') sticky.author = clampText(author, LIMITS.nameLength);
      return sticky;
    });
}

function readComment(id: string, entity: EntityMap): ThreadComment | undefined {
  const text = clampText(stringField(entity, 'text'), LIMITS.textLength);
  const createdAt = isoTime(entity.get('createdAt'));
  if (text === '' || !createdAt) return undefined;
  const comment: ThreadComment = { id, author: clampText(stringField(entity, 'author'), LIMITS.nameLength), text, createdAt };
  const authorId = optionalId(entity.get('authorId'));
  if (authorId) comment.authorId = authorId;
  const authorColor = entity.get('authorColor');
  if (typeof authorColor === 'string' && COLOR.test(authorColor)) comment.authorColor = authorColor;
  const editedAt = isoTime(entity.get('editedAt'));
  if (editedAt) comment.editedAt = editedAt;
  return comment;
}

/**
 * The comment threads, oldest first. A thread on a touchpoint that no longer exists is left out
 * (it stays in the document, so an undo of the deletion brings it back); an empty one too.
 */
export function readThreads(doc: Y.Doc, touchpointIds: ReadonlySet<string>): Thread[] {
  const threads: Thread[] = [];
  for (const { id, entity } of orderedEntities(threadsOf(doc))) {
    if (threads.length >= LIMITS.threads) break;
    const stored = entity.get('touchpointId');
    const touchpointId = typeof stored === 'string' ? stored : null;
    if (touchpointId !== null && !touchpointIds.has(touchpointId)) continue;
    const store = entity.get('comments');
    const comments: ThreadComment[] = [];
    if (store instanceof Y.Map) {
      for (const item of orderedEntities(store as Y.Map<EntityMap>)) {
        if (comments.length >= LIMITS.commentsPerThread) break;
        const comment = readComment(item.id, item.entity);
        if (comment) comments.push(comment);
      }
    }
    if (comments.length === 0) continue;
    threads.push({ id, touchpointId, resolved: entity.get('resolved') === true, comments });
  }
  return threads;
}

/** Makes the document hold exactly these sticky notes (inside the caller's transaction). */
export function writeStickies(doc: Y.Doc, stickies: readonly Sticky[]): void {
  reconcileCollection(stickiesOf(doc), stickies, (entity, sticky) => {
    setField(entity, 'text', sticky.text);
    setField(entity, 'color', sticky.color);
    setField(entity, 'x', sticky.x);
    setField(entity, 'y', sticky.y);
    setField(entity, 'author', sticky.author);
  });
}

/** Writes one comment's fields onto its entity. */
export function writeComment(entity: EntityMap, comment: ThreadComment): void {
  setField(entity, 'author', comment.author);
  setField(entity, 'authorId', comment.authorId);
  setField(entity, 'authorColor', comment.authorColor);
  setField(entity, 'text', comment.text);
  setField(entity, 'createdAt', comment.createdAt);
  setField(entity, 'editedAt', comment.editedAt);
}

/** Makes the document hold exactly these threads (inside the caller's transaction). */
export function writeThreads(doc: Y.Doc, threads: readonly Thread[]): void {
  reconcileCollection(threadsOf(doc), threads, (entity, thread) => {
    // null is stored as a missing field: a Y.Map value of null reads back the same, but absent is tidier.
    setField(entity, 'touchpointId', thread.touchpointId ?? undefined);
    setField(entity, 'resolved', thread.resolved);
    reconcileCollection(childMap<EntityMap>(entity, 'comments'), thread.comments, writeComment);
  });
}
