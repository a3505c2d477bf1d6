import type { Thread } from '../../../shared/src/index.js';

/** Comments in open threads per touchpoint: the number on a card's badge (resolved ones are done). */
export function openCommentCounts(threads: readonly Thread[] | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const thread of threads ?? []) {
    if (thread.resolved || thread.touchpointId === null) continue;
    counts.set(thread.touchpointId, (counts.get(thread.touchpointId) ?? 0) + thread.comments.length);
  }
  return counts;
}

/** The threads on a touchpoint or on the map (null), open ones first, each group oldest first. */
export function threadsOn(threads: readonly Thread[] | undefined, target: string | null, showResolved: boolean): Thread[] {
  const on = (threads ?? []).filter((thread) => thread.touchpointId === target && (showResolved || !thread.resolved));
  return [...on.filter((t) => !t.resolved), ...on.filter((t) => t.resolved)];
}

/** How many threads a target has that the "show resolved" switch hides. */
export function resolvedCount(threads: readonly Thread[] | undefined, target: string | null): number {
  return (threads ?? []).filter((thread) => thread.touchpointId === target && thread.resolved).length;
}
