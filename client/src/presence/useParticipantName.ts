import { useCallback, useSyncExternalStore } from 'react';

/**
 * The participant's display name, asked once and remembered in this browser. The presence work
 * keeps the same name under the same key (and shows it in the awareness state as `user.name`),
 * so whoever lands second takes this over instead of asking again.
 */
const NAME_KEY = 'waymark:participant-name';
const COLOR_KEY = 'waymark:participant-color';
/** Longest name shown; a name is a label, not a text. */
export const MAX_NAME_LENGTH = 40;

const listeners = new Set<() => void>();
let memoryName = '';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** A name as others will see it: whitespace collapsed, cut to the maximum length. */
export function cleanName(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH).trim();
}

function read(): string {
  return cleanName(storage()?.getItem(NAME_KEY) ?? memoryName);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab naming itself counts too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === NAME_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The participant's colour when presence has settled on one (a #rrggbb), else undefined. */
export function participantColor(): string | undefined {
  const color = storage()?.getItem(COLOR_KEY);
  return color && /^#[0-9a-fA-F]{6}$/.test(color) ? color : undefined;
}

/** The remembered name ('' until given) and a setter that every user of the hook sees at once. */
export function useParticipantName(): [string, (name: string) => void] {
  const name = useSyncExternalStore(subscribe, read);
  const setName = useCallback((next: string) => {
    memoryName = cleanName(next);
    storage()?.setItem(NAME_KEY, memoryName);
    for (const listener of listeners) listener();
  }, []);
  return [name, setName];
}
