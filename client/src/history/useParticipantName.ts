import { useCallback, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';

const LAST_AUTHOR_KEY = 'waymark.versionAuthor';

/** The name in this browser's presence state (`user.name`, set by the presence feature), if any. */
function presenceName(awareness: Awareness | null): string {
  const user: unknown = (awareness?.getLocalState() as { user?: unknown } | null)?.user;
  const name = typeof user === 'object' && user !== null ? (user as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name.trim() : '';
}

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

/** Who is using this browser: the presence name, else the last author typed here, else ''. */
export function useParticipantName(awareness: Awareness | null): string {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!awareness) return () => {};
      awareness.on('change', onChange);
      return () => awareness.off('change', onChange);
    },
    [awareness],
  );
  const name = useSyncExternalStore(subscribe, () => presenceName(awareness));
  return name || lastAuthor();
}
