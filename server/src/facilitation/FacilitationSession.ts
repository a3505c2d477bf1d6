import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  ballotProblem,
  newId,
  tallyBallots,
  type PublicSession,
  type PublicVote,
  type VoteKind,
} from '../../../shared/src/index.js';
import { type SessionStore, type StoredSession } from './SessionStore.js';

/** The outcome of a facilitator's action: done, or an HTTP status with the reason. */
export type SessionResult<T = object> = ({ ok: true } & T) | { ok: false; status: 403 | 409 | 422; error: string };

const fail = (status: 403 | 409 | 422, error: string) => ({ ok: false, status, error }) as const;

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The facilitation session of one map: timer, dot vote and presenter lock. Every change is
 * stored before it is published, so a restart keeps what everyone saw. Ballots stay in here:
 * the published state has only how many have voted until the vote is revealed.
 */
export class FacilitationSession {
  private state: StoredSession;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly mapId: string,
    private readonly store: SessionStore,
    private readonly now: () => number = Date.now,
  ) {
    this.state = store.load(mapId);
  }

  /** Calls `listener` after every change; returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get lock(): StoredSession['lock'] {
    return this.state.lock;
  }

  /** What everyone may see. */
  publicState(): PublicSession {
    const { timer, vote, lock } = this.state;
    let publicVote: PublicVote | null = null;
    if (vote) {
      const base = {
        id: vote.id,
        dotsPerPerson: vote.dotsPerPerson,
        kinds: vote.kinds,
        startedAt: vote.startedAt,
        voterCount: Object.values(vote.ballots).filter((ballot) => ballot.length > 0).length,
      };
      publicVote =
        vote.status === 'open' ? { ...base, status: 'open' } : { ...base, status: 'revealed', ...tallyBallots(Object.values(vote.ballots)) };
    }
    return {
      serverTime: this.now(),
      timer,
      vote: publicVote,
      lock: lock && { clientId: lock.clientId, name: lock.name, lockedAt: lock.lockedAt },
    };
  }

  startTimer(durationSeconds: number): SessionResult {
    const startedAt = this.now();
    this.update({ timer: { startedAt, endsAt: startedAt + durationSeconds * 1000, durationSeconds } });
    return { ok: true };
  }

  stopTimer(): SessionResult {
    if (!this.state.timer) return fail(409, 'no timer is running');
    this.update({ timer: null });
    return { ok: true };
  }

  /** Opens a vote; a revealed one is replaced, an open one must be ended first. */
  startVote(dotsPerPerson: number, kinds: VoteKind[]): SessionResult {
    if (this.state.vote?.status === 'open') return fail(409, 'a vote is already open: reveal or end it first');
    const vote = { id: newId('vote', 12), status: 'open' as const, dotsPerPerson, kinds: [...new Set(kinds)], startedAt: this.now(), ballots: {} };
    this.update({ vote });
    return { ok: true };
  }

  /** Replaces a voter's dots; `targets` are what the vote may be on, read from the map now. */
  castBallot(voterId: string, targetIds: string[], targets: (kinds: VoteKind[]) => ReadonlySet<string>): SessionResult<{ targetIds: string[] }> {
    const vote = this.state.vote;
    if (!vote) return fail(409, 'no vote is open');
    if (vote.status !== 'open') return fail(409, 'the vote has been revealed: ballots can no longer change');
    const problem = ballotProblem(targetIds, vote.dotsPerPerson, targets(vote.kinds));
    if (problem) return fail(422, problem);
    const ballots: Record<string, string[]> = { ...vote.ballots };
    // An emptied ballot is no vote: "x of y voted" counts only people with dots.
    if (targetIds.length === 0) delete ballots[voterId];
    else ballots[voterId] = [...targetIds];
    this.update({ vote: { ...vote, ballots } });
    return { ok: true, targetIds };
  }

  /** A voter's own dots in the current vote (empty when none). */
  ballotOf(voterId: string): { voteId: string; targetIds: string[] } | null {
    const vote = this.state.vote;
    if (!vote) return null;
    return { voteId: vote.id, targetIds: Object.hasOwn(vote.ballots, voterId) ? vote.ballots[voterId]! : [] };
  }

  reveal(): SessionResult {
    const vote = this.state.vote;
    if (!vote) return fail(409, 'no vote is open');
    if (vote.status === 'revealed') return fail(409, 'the vote is already revealed');
    this.update({ vote: { ...vote, status: 'revealed' } });
    return { ok: true };
  }

  endVote(): SessionResult {
    if (!this.state.vote) return fail(409, 'no vote is open');
    this.update({ vote: null });
    return { ok: true };
  }

  /**
   * Locks the map for everyone but the connection of `clientId`. With the key of the current
   * lock, the presenter takes it over to a new client id (after a reload); the key is new for
   * every lock and only its hash is kept.
   */
  lockFor(clientId: number, name: string | null, key?: string): SessionResult<{ lockKey: string }> {
    const current = this.state.lock;
    if (current) {
      if (key === undefined || !sameHash(hashKey(key), current.keyHash)) {
        return fail(409, `the map is already locked${current.name ? ` by ${current.name}` : ''}`);
      }
      this.update({ lock: { ...current, clientId, name: name ?? current.name } });
      return { ok: true, lockKey: key };
    }
    const lockKey = randomBytes(18).toString('base64url');
    this.update({ lock: { clientId, name, lockedAt: this.now(), keyHash: hashKey(lockKey) } });
    return { ok: true, lockKey };
  }

  /** Unlocks with the lock's key, or as the owner. */
  unlock(key: string | undefined, asOwner: boolean): SessionResult {
    const current = this.state.lock;
    if (!current) return fail(409, 'the map is not locked');
    if (!asOwner && (key === undefined || !sameHash(hashKey(key), current.keyHash))) {
      return fail(403, 'only the presenter who locked the map, or its owner, can unlock it');
    }
    this.update({ lock: null });
    return { ok: true };
  }

  private update(patch: Partial<StoredSession>): void {
    const next = { ...this.state, ...patch };
    this.store.save(this.mapId, next);
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
