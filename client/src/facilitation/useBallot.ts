import { useCallback, useEffect, useRef, useState } from 'react';
import type { PublicVote } from '../../../shared/src/index.js';
import { sessionApi } from './sessionApi.js';
import { voterIdFor } from './localKeys.js';

export interface Ballot {
  /** My dots in the current vote, a target id per dot. */
  dots: string[];
  /** Replaces my dots (shown at once, sent to the server; put back if it refuses). */
  cast: (dots: string[]) => void;
  error: string | null;
}

/** This browser's ballot in the open vote: read back when a vote starts or the page loads. */
export function useBallot(mapId: string, vote: PublicVote | null): Ballot {
  const voteId = vote?.id ?? null;
  const [state, setState] = useState<{ voteId: string | null; dots: string[]; error: string | null }>({ voteId: null, dots: [], error: null });
  // Casts go out one after another, so that the last click is what the server keeps.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    if (!voteId) return;
    let current = true;
    sessionApi
      .ballot(mapId, voterIdFor(mapId))
      .then((ballot) => {
        if (current && ballot.voteId === voteId) setState({ voteId, dots: ballot.targetIds, error: null });
      })
      .catch(() => {
        // No ballot to read back: start with none.
        if (current) setState({ voteId, dots: [], error: null });
      });
    return () => {
      current = false;
    };
  }, [mapId, voteId]);

  const cast = useCallback(
    (dots: string[]) => {
      if (!voteId) return;
      let previous: string[] = [];
      setState((s) => {
        previous = s.dots;
        return { voteId, dots, error: null };
      });
      queue.current = queue.current.then(() =>
        sessionApi.cast(mapId, voterIdFor(mapId), dots).catch((error: unknown) => {
          setState((s) => (s.voteId === voteId ? { voteId, dots: previous, error: error instanceof Error ? error.message : String(error) } : s));
        }),
      );
    },
    [mapId, voteId],
  );

  const current = state.voteId === voteId && voteId !== null;
  return { dots: current ? state.dots : [], cast, error: current ? state.error : null };
}
