import { useCallback, useEffect, useMemo } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { voteTargets, type MapDocument, type PublicLock, type PublicVote } from '../../../shared/src/index.js';
import { lockKeyFor, storeLockKey } from './localKeys.js';
import { sessionApi } from './sessionApi.js';
import { useBallot } from './useBallot.js';
import { useFacilitationSession, type SessionView } from './useFacilitationSession.js';
import type { Voting } from './VotingContext.js';

export interface Facilitation {
  view: SessionView;
  vote: PublicVote | null;
  /** For the cards; null while no vote runs. */
  voting: Voting | null;
  ballotError: string | null;
  lock: PublicLock | null;
  /** Someone else presents: this page is read-only. */
  lockedOut: boolean;
  /** This page presents. */
  presenting: boolean;
  /** Who locked the map: their name in presence, else the name they locked with; null unknown. */
  lockedBy: string | null;
  lockMap: () => Promise<void>;
  unlockMap: () => Promise<void>;
}

function ownName(awareness: Awareness | null): string | undefined {
  const name = (awareness?.getLocalState() as { user?: { name?: unknown } } | null)?.user?.name;
  return typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 100) : undefined;
}

/** The facilitation session of the map page: timer and vote as seen here, my ballot, the lock. */
export function useFacilitation(mapId: string, awareness: Awareness | null, map: MapDocument | null): Facilitation {
  const view = useFacilitationSession(awareness);
  const vote = view.session?.vote ?? null;
  const lock = view.session?.lock ?? null;
  const ballot = useBallot(mapId, vote);

  const targets = useMemo(() => (vote && map ? voteTargets(map, vote.kinds) : new Set<string>()), [vote, map]);
  const { dots, cast } = ballot;
  const voting = useMemo<Voting | null>(() => {
    if (!vote) return null;
    const dotsLeft = Math.max(0, vote.dotsPerPerson - dots.length);
    return {
      vote,
      isTarget: (id) => targets.has(id),
      myDotsOn: (id) => dots.filter((dot) => dot === id).length,
      dotsLeft,
      addDot: (id) => {
        if (vote.status === 'open' && dotsLeft > 0) cast([...dots, id]);
      },
      removeDot: (id) => {
        const at = dots.lastIndexOf(id);
        if (vote.status === 'open' && at >= 0) cast([...dots.slice(0, at), ...dots.slice(at + 1)]);
      },
    };
  }, [vote, targets, dots, cast]);

  // After a reload the presenter has a new client id: the lock's key moves the lock over to it.
  const clientId = view.clientId;
  const lockClient = lock?.clientId ?? null;
  useEffect(() => {
    const key = lockKeyFor(mapId);
    if (!key || clientId === null) return;
    if (lockClient === null) {
      // Unlocked meanwhile (by the owner, or in another tab): the key is worth nothing now.
      if (view.session) storeLockKey(mapId, null);
      return;
    }
    if (lockClient === clientId) return;
    let cancelled = false;
    const retry = window.setTimeout(() => {
      sessionApi.lock(mapId, clientId, ownName(awareness), key).catch(() => {
        // Someone unlocked and locked again: this tab no longer presents.
        if (!cancelled) storeLockKey(mapId, null);
      });
    }, 300);
    return () => {
      cancelled = true;
      window.clearTimeout(retry);
    };
  }, [mapId, clientId, lockClient, awareness, view.session]);

  const lockMap = useCallback(async () => {
    if (clientId === null) return;
    const key = await sessionApi.lock(mapId, clientId, ownName(awareness));
    storeLockKey(mapId, key);
  }, [mapId, clientId, awareness]);
  const unlockMap = useCallback(async () => {
    await sessionApi.unlock(mapId, lockKeyFor(mapId) ?? undefined);
    storeLockKey(mapId, null);
  }, [mapId]);

  return {
    view,
    vote,
    voting,
    ballotError: ballot.error,
    lock,
    lockedOut: lock !== null && lock.clientId !== clientId,
    presenting: lock !== null && lock.clientId === clientId,
    lockedBy: lock ? (view.names.get(lock.clientId) ?? lock.name) : null,
    lockMap,
    unlockMap,
  };
}
