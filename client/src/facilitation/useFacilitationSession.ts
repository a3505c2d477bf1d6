import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { sessionOf, type PublicSession } from '../../../shared/src/index.js';
import { deepEqual } from '../canvas/deepEqual.js';

/** What a client knows of the session, and who is here to take part. */
export interface SessionView {
  session: PublicSession | null;
  /** Server clock minus this browser's clock, measured when the server's state arrived. */
  clockOffset: number;
  /** Browsers connected to the map (the server stamps a role into each; it has none itself). */
  participants: number;
  /** Names of the participants by awareness client id, where they set one. */
  names: ReadonlyMap<number, string>;
  /** This browser's awareness client id. */
  clientId: number | null;
}

const NONE: SessionView = { session: null, clockOffset: 0, participants: 0, names: new Map(), clientId: null };

/**
 * The session view after an awareness change: `previous` itself while nothing it holds changed.
 * Every pointer move and pan changes this browser's own awareness state; a new object each time
 * would render the whole map page (side panels and all) on every frame of a pan.
 */
export function readSessionView(awareness: Awareness, previous: SessionView): SessionView {
  const next = read(awareness, previous);
  return deepEqual(next, previous) ? previous : next;
}

function read(awareness: Awareness, previous: SessionView): SessionView {
  let session: PublicSession | null = null;
  let participants = 0;
  const names = new Map<number, string>();
  for (const [clientId, state] of awareness.getStates()) {
    const found = sessionOf(state);
    if (found) {
      session = found;
      continue;
    }
    if (clientId === awareness.clientID || (typeof state === 'object' && state !== null && 'role' in state)) participants++;
    const name = (state as { user?: { name?: unknown } }).user?.name;
    if (typeof name === 'string' && name.trim() !== '') names.set(clientId, name);
  }
  // Measured only when the server sent a new clock reading, so that a re-read does not drift.
  const clockOffset =
    session && session.serverTime !== previous.session?.serverTime ? session.serverTime - Date.now() : previous.clockOffset;
  return { session, clockOffset, participants, names, clientId: awareness.clientID };
}

/**
 * The facilitation session, read from the server's awareness state (the one state with a
 * `session`), with the clock offset a countdown needs and the participants a vote counts.
 */
export function useFacilitationSession(awareness: Awareness | null): SessionView {
  const [view, setView] = useState<SessionView>(NONE);
  useEffect(() => {
    if (!awareness) return;
    const onChange = () => setView((previous) => readSessionView(awareness, previous));
    onChange();
    // A client's first state (clock 0) is never sent by y-protocols: publishing it once more
    // makes this browser known to the server and to everyone, so that it can present and count.
    if (awareness.getLocalState() !== null) awareness.setLocalState({ ...awareness.getLocalState() });
    awareness.on('change', onChange);
    return () => {
      awareness.off('change', onChange);
      setView(NONE);
    };
  }, [awareness]);
  return view;
}
