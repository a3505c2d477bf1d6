import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import automotive from '../templates/automotive.json';
import { applyMapDocument, docToMapDocument, mapDocumentToDoc } from './convert.js';
import { validateMapDocument, type MapDocument } from './format.js';
import { deleteTouchpoint } from './mutations.js';
import { threadsOf } from './schema.js';
import { addComment, createThread, deleteComment, editComment, setThreadResolved, type NewComment } from './threadMutations.js';

const demo = automotive as MapDocument;
const tpId = demo.touchpoints[0]!.id;
const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 10, minute)).toISOString();
const says = (author: string, text: string, minute = 0): NewComment => ({ author, authorId: `p-${author}`, text, createdAt: at(minute) });

describe('comment threads', () => {
  it('create, reply, resolve, edit, delete; the JSON round trip keeps them', () => {
    const doc = mapDocumentToDoc(demo);
    const first = createThread(doc, { touchpointId: tpId, comment: says('Ana', 'Too slow?') })!;
    const onMap = createThread(doc, { touchpointId: null, comment: { ...says('Ben', 'Who owns this map?', 1), authorColor: '#0072B2' } })!;
    const reply = addComment(doc, first.threadId, says('Ben', 'Yes, 3 days', 2))!;
    expect(setThreadResolved(doc, first.threadId, true)).toBe(true);
    expect(editComment(doc, first.threadId, reply, { text: 'Yes, 4 days', editedAt: at(3) })).toBe(true);

    const read = docToMapDocument(doc);
    expect(read.threads).toEqual([
      {
        id: first.threadId,
        touchpointId: tpId,
        resolved: true,
        comments: [
          { id: first.commentId, author: 'Ana', authorId: 'p-Ana', text: 'Too slow?', createdAt: at(0) },
          { id: reply, author: 'Ben', authorId: 'p-Ben', text: 'Yes, 4 days', createdAt: at(2), editedAt: at(3) },
        ],
      },
      {
        id: onMap.threadId,
        touchpointId: null,
        resolved: false,
        comments: [{ id: onMap.commentId, author: 'Ben', authorId: 'p-Ben', authorColor: '#0072B2', text: 'Who owns this map?', createdAt: at(1) }],
      },
    ]);
    expect(validateMapDocument(read).ok).toBe(true);
    expect(docToMapDocument(mapDocumentToDoc(read))).toEqual(read);

    expect(deleteComment(doc, first.threadId, first.commentId)).toBe(true);
    expect(docToMapDocument(doc).threads?.[0]?.comments.map((c) => c.id)).toEqual([reply]);
    // The last comment takes its thread with it.
    expect(deleteComment(doc, onMap.threadId, onMap.commentId)).toBe(true);
    expect(threadsOf(doc).has(onMap.threadId)).toBe(false);
    expect(deleteComment(doc, onMap.threadId, onMap.commentId)).toBe(false);
  });

  it('refuses a thread on a touchpoint that does not exist, and actions on missing threads', () => {
    const doc = mapDocumentToDoc(demo);
    expect(createThread(doc, { touchpointId: 'nope', comment: says('Ana', 'x') })).toBeUndefined();
    expect(addComment(doc, 'nope', says('Ana', 'x'))).toBeUndefined();
    expect(setThreadResolved(doc, 'nope', true)).toBe(false);
    expect(editComment(doc, 'nope', 'c', { text: 'x', editedAt: at(0) })).toBe(false);
    expect(docToMapDocument(doc).threads).toBeUndefined();
  });

  it('a deleted touchpoint hides its threads until an undo brings it back', () => {
    const doc = mapDocumentToDoc(demo);
    createThread(doc, { touchpointId: tpId, comment: says('Ana', 'Hm') });
    const undo = new Y.UndoManager(doc.getMap('touchpoints'), { trackedOrigins: new Set(['me']) });
    deleteTouchpoint(doc, tpId, 'me');
    expect(docToMapDocument(doc).threads).toBeUndefined();
    undo.undo();
    expect(docToMapDocument(doc).threads).toHaveLength(1);
  });

  it('the format checks threads: touchpoint references, duplicate comment ids, empty text', () => {
    const comment = { id: 'c', author: 'Ana', text: 'x', createdAt: at(0) };
    const bad = {
      ...demo,
      threads: [
        { id: 't1', touchpointId: 'ghost', resolved: false, comments: [comment, comment] },
        { id: 't2', touchpointId: null, resolved: false, comments: [{ ...comment, text: '', createdAt: 'yesterday' }] },
      ],
    };
    const result = validateMapDocument(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.path).sort()).toEqual([
        'threads[0].comments[1].id',
        'threads[0].touchpointId',
        'threads[1].comments[0].createdAt',
        'threads[1].comments[0].text',
      ]);
    }
  });

  it('concurrent replies and a resolve converge, every reply kept', () => {
    const a = mapDocumentToDoc(demo);
    const { threadId } = createThread(a, { touchpointId: tpId, comment: says('Ana', 'Start') })!;
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    addComment(a, threadId, says('Ana', 'From A', 1));
    addComment(b, threadId, says('Ben', 'From B', 1));
    setThreadResolved(b, threadId, true);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const read = docToMapDocument(a);
    expect(read).toEqual(docToMapDocument(b));
    expect(read.threads?.[0]?.comments.map((c) => c.text).sort()).toEqual(['From A', 'From B', 'Start']);
    expect(read.threads?.[0]?.resolved).toBe(true);
  });

  it('a replacement keeps threads it names and removes the others', () => {
    const doc = mapDocumentToDoc(demo);
    createThread(doc, { touchpointId: tpId, comment: says('Ana', 'Gone soon') });
    const snapshot = docToMapDocument(doc);
    createThread(doc, { touchpointId: null, comment: says('Ben', 'Later') });
    applyMapDocument(doc, snapshot);
    expect(docToMapDocument(doc)).toEqual(snapshot);
  });
});
