import { useCallback, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { browserParticipantStorage, loadParticipant } from '../presence/participant.js';

const LAST_AUTHOR_KEY = 'waymark:version-author';

/** The author name a version was last saved with in this browser. */
export function lastAuthor(): string {
  try {
    return window.localStorage.getItem(LAST_AUTHOR_KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberAuthor(name: string): void {
  try {
    window.localStorage.setItem(LAST_AUTHOR_KEY, name);
  } catch {
    // Not remembered; it is only a default for the next time.
  }
}

/**
 * Who is using this browser: the name given for presence (not the "Guest" stand-in shown until
 * someone gives one), else the last author typed here, else ''. Read again whenever presence
 * changes, so that a new name is the next default at once.
 */
export function useParticipantName(awareness: Awareness | null): string {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!awareness) return () => {};
      awareness.on('change', onChange);
      return () => awareness.off('change', onChange);
    },
    [awareness],
  );
  const name = useSyncExternalStore(subscribe, () => loadParticipant(browserParticipantStorage()).name);
  return name || lastAuthor();
}
