import { effectiveLanes } from '../map/laneMutations.js';
import type { MapDocument } from '../map/format.js';

/**
 * A facilitation session: what a workshop's facilitator runs on a map (shared timer, dot
 * voting, the presenter's lock). The server holds it; every client sees it as the server's
 * awareness state `{ session: PublicSession }`.
 */

/** What a dot vote can be on: touchpoints, and the cards of the pain-points lane. */
export const VOTE_KINDS = ['touchpoints', 'painPoints'] as const;
export type VoteKind = (typeof VOTE_KINDS)[number];

export const DOTS_PER_PERSON_MAX = 20;
/** A timer runs at most four hours: a workshop day, not a deadline tracker. */
export const TIMER_SECONDS_MAX = 4 * 60 * 60;
export const TIMER_SECONDS_MIN = 5;

/** A countdown everyone sees. Times are the server's clock (see `PublicSession.serverTime`). */
export interface PublicTimer {
  startedAt: number;
  endsAt: number;
  durationSeconds: number;
}

export interface RankedTarget {
  targetId: string;
  count: number;
  /** 1 for the most dots; equal counts share a rank (1, 2, 2, 4). */
  rank: number;
}

/** A dot vote as everyone sees it: while open only how many have voted, never who voted what. */
export type PublicVote =
  | { id: string; status: 'open'; dotsPerPerson: number; kinds: VoteKind[]; voterCount: number; startedAt: number }
  | {
      id: string;
      status: 'revealed';
      dotsPerPerson: number;
      kinds: VoteKind[];
      voterCount: number;
      startedAt: number;
      counts: Record<string, number>;
      ranking: RankedTarget[];
    };

/** The presenter's lock: only the connection of `clientId` (an awareness client id) may edit. */
export interface PublicLock {
  clientId: number;
  name: string | null;
  lockedAt: number;
}

export interface PublicSession {
  /** The server's clock when it published this, so that clients can count down without skew. */
  serverTime: number;
  timer: PublicTimer | null;
  vote: PublicVote | null;
  lock: PublicLock | null;
}

/** The ids a vote on `kinds` may put dots on. */
export function voteTargets(map: MapDocument, kinds: readonly VoteKind[]): Set<string> {
  const targets = new Set<string>();
  if (kinds.includes('touchpoints')) for (const tp of map.touchpoints) targets.add(tp.id);
  if (kinds.includes('painPoints')) {
    const painLanes = new Set(effectiveLanes(map).filter((lane) => lane.kind === 'pain-points').map((lane) => lane.id));
    for (const card of map.cards ?? []) if (painLanes.has(card.laneId)) targets.add(card.id);
  }
  return targets;
}

/** Why a ballot is not valid (at most `dots` dots, several on one target allowed), or null. */
export function ballotProblem(targetIds: readonly string[], dots: number, targets: ReadonlySet<string>): string | null {
  if (targetIds.length > dots) return `at most ${dots} dots per person (got ${targetIds.length})`;
  const unknown = targetIds.find((id) => !targets.has(id));
  if (unknown !== undefined) return `"${unknown}" is nothing this vote is on`;
  return null;
}

/** Dots per target over all ballots, and the targets with dots ranked by them. */
export function tallyBallots(ballots: Iterable<readonly string[]>): { counts: Record<string, number>; ranking: RankedTarget[] } {
  const counts = new Map<string, number>();
  for (const ballot of ballots) for (const id of ballot) counts.set(id, (counts.get(id) ?? 0) + 1);
  // Ties in first-dot order would depend on who voted first; ids keep the ranking stable.
  const sorted = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  const ranking: RankedTarget[] = [];
  sorted.forEach(([targetId, count], index) => {
    const previous = ranking[index - 1];
    ranking.push({ targetId, count, rank: previous && previous.count === count ? previous.rank : index + 1 });
  });
  // fromEntries: a target id may be "__proto__".
  return { counts: Object.fromEntries(counts), ranking };
}

/** Reads a server awareness state; null when it carries no session. */
export function sessionOf(state: unknown): PublicSession | null {
  if (typeof state !== 'object' || state === null || !('session' in state)) return null;
  const session = (state as { session: unknown }).session;
  return typeof session === 'object' && session !== null ? (session as PublicSession) : null;
}
