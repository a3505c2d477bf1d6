import { describe, expect, it } from 'vitest';
import type { Thread } from '../../../shared/src/index.js';
import { openCommentCounts, resolvedCount, threadsOn } from './threadStats.js';

const comment = (id: string) => ({ id, author: 'Ana', text: id, createdAt: '2026-03-01T10:00:00.000Z' });
const thread = (id: string, touchpointId: string | null, resolved: boolean, comments = 1): Thread => ({
  id,
  touchpointId,
  resolved,
  comments: Array.from({ length: comments }, (_, i) => comment(`${id}-${i}`)),
});

describe('thread statistics', () => {
  const threads = [thread('a', 'tp1', false, 2), thread('b', 'tp1', true, 5), thread('c', 'tp2', false), thread('d', null, false, 3), thread('e', 'tp1', false)];

  it('counts the comments of open threads per touchpoint, not the map or resolved ones', () => {
    expect(openCommentCounts(threads)).toEqual(new Map([['tp1', 3], ['tp2', 1]]));
    expect(openCommentCounts(undefined).size).toBe(0);
  });

  it('lists a target’s threads, open first, resolved only when asked', () => {
    expect(threadsOn(threads, 'tp1', false).map((t) => t.id)).toEqual(['a', 'e']);
    expect(threadsOn(threads, 'tp1', true).map((t) => t.id)).toEqual(['a', 'e', 'b']);
    expect(threadsOn(threads, null, true).map((t) => t.id)).toEqual(['d']);
    expect(resolvedCount(threads, 'tp1')).toBe(1);
  });
});
