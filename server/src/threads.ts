import { createHash } from 'node:crypto';
import type * as Y from 'yjs';
import {
  addComment,
  commentEntity,
  createThread,
  deleteComment,
  editComment,
  readThreads,
  setThreadResolved,
  touchpointsOf,
  type Thread,
} from '../../shared/src/index.js';
import type { MapService } from './maps.js';

/** The Y.Doc origin of comment writes, so that logs and undo managers can tell them apart. */
const ORIGIN = 'http-comments';

/**
 * The public id of a participant: a hash of the secret key their browser keeps. It is stored
 * with each comment (everyone can read it) and proves nothing by itself; deleting or editing a
 * comment needs the key that hashes to it.
 */
export function participantId(key: string): string {
  return `p-${createHash('sha256').update(key).digest('base64url').slice(0, 22)}`;
}

/** Who writes: a display name, an optional colour, and the participant key when the browser sent one. */
export interface Author {
  name: string;
  color?: string;
  key?: string;
}

export type ThreadResult<T> = { ok: true; value: T } | { ok: false; status: 403 | 404 | 422; error: string };

function threadIn(doc: Y.Doc, threadId: string): Thread | undefined {
  return readThreads(doc, new Set(touchpointsOf(doc).keys())).find((thread) => thread.id === threadId);
}

const noMap = { ok: false, status: 404, error: 'map not found' } as const;
const noThread = { ok: false, status: 404, error: 'thread not found' } as const;
const noComment = { ok: false, status: 404, error: 'comment not found' } as const;

/**
 * Comment threads on the live document. Every role comments over HTTP (commenters may not write
 * to the document over the socket), and the server stamps the time and the author's id.
 */
export class ThreadService {
  constructor(private readonly maps: MapService) {}

  list(mapId: string): Thread[] | undefined {
    return this.maps.change(mapId, (doc) => readThreads(doc, new Set(touchpointsOf(doc).keys())));
  }

  create(mapId: string, touchpointId: string | null, text: string, author: Author): ThreadResult<Thread> {
    const result = this.maps.change(mapId, (doc): ThreadResult<Thread> => {
      if (touchpointId !== null && !touchpointsOf(doc).has(touchpointId)) {
        return { ok: false, status: 422, error: `unknown touchpoint "${touchpointId}"` };
      }
      const created = createThread(doc, { touchpointId, comment: this.comment(text, author) }, ORIGIN);
      if (!created) return { ok: false, status: 422, error: 'this map holds the most threads it may' };
      return { ok: true, value: threadIn(doc, created.threadId)! };
    });
    return result ?? noMap;
  }

  reply(mapId: string, threadId: string, text: string, author: Author): ThreadResult<Thread> {
    const result = this.maps.change(mapId, (doc): ThreadResult<Thread> => {
      if (!threadIn(doc, threadId)) return noThread;
      if (!addComment(doc, threadId, this.comment(text, author), ORIGIN)) {
        return { ok: false, status: 422, error: 'this thread holds the most comments it may' };
      }
      return { ok: true, value: threadIn(doc, threadId)! };
    });
    return result ?? noMap;
  }

  resolve(mapId: string, threadId: string, resolved: boolean): ThreadResult<Thread> {
    const result = this.maps.change(mapId, (doc): ThreadResult<Thread> => {
      if (!threadIn(doc, threadId)) return noThread;
      setThreadResolved(doc, threadId, resolved, ORIGIN);
      return { ok: true, value: threadIn(doc, threadId)! };
    });
    return result ?? noMap;
  }

  /** Changes a comment's text: only its author may (nobody puts words in someone's mouth). */
  edit(mapId: string, threadId: string, commentId: string, text: string, key: string | undefined): ThreadResult<Thread> {
    const result = this.maps.change(mapId, (doc): ThreadResult<Thread> => {
      const denied = this.check(doc, threadId, commentId, key, false);
      if (denied) return denied;
      editComment(doc, threadId, commentId, { text, editedAt: new Date().toISOString() }, ORIGIN);
      return { ok: true, value: threadIn(doc, threadId)! };
    });
    return result ?? noMap;
  }

  /** Deletes a comment: its author, or anyone who may edit the map (moderation). */
  delete(mapId: string, threadId: string, commentId: string, key: string | undefined, canModerate: boolean): ThreadResult<null> {
    const result = this.maps.change(mapId, (doc): ThreadResult<null> => {
      const denied = this.check(doc, threadId, commentId, key, canModerate);
      if (denied) return denied;
      deleteComment(doc, threadId, commentId, ORIGIN);
      return { ok: true, value: null };
    });
    return result ?? noMap;
  }

  private check(doc: Y.Doc, threadId: string, commentId: string, key: string | undefined, canModerate: boolean) {
    if (!threadIn(doc, threadId)) return noThread;
    const comment = commentEntity(doc, threadId, commentId);
    if (!comment) return noComment;
    if (canModerate) return undefined;
    const authorId = comment.get('authorId');
    if (key !== undefined && typeof authorId === 'string' && participantId(key) === authorId) return undefined;
    return { ok: false, status: 403, error: 'only the author of a comment can change it' } as const;
  }

  private comment(text: string, author: Author) {
    return {
      author: author.name,
      ...(author.key === undefined ? {} : { authorId: participantId(author.key) }),
      ...(author.color === undefined ? {} : { authorColor: author.color }),
      text,
      createdAt: new Date().toISOString(),
    };
  }
}
