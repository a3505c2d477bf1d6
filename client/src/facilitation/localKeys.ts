import { newId } from '../../../shared/src/index.js';

/** Reads a stored value; null when storage is unavailable (private mode, blocked). */
function read(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
}

function write(storage: () => Storage, key: string, value: string | null): void {
  try {
    if (value === null) storage().removeItem(key);
    else storage().setItem(key, value);
  } catch {
    // Without storage the value lasts as long as the page: still usable.
  }
}

const memory = new Map<string, string>();

/**
 * This browser's secret voter id on a map: it reads and replaces the ballot, so it is random and
 * never published. Kept across reloads, so that a reload keeps one's dots.
 */
export function voterIdFor(mapId: string): string {
  const key = `waymark:voter:${mapId}`;
  const stored = read(() => localStorage, key) ?? memory.get(key);
  if (stored && /^[A-Za-z0-9_-]{16,100}$/.test(stored)) return stored;
  const id = newId('voter', 24);
  memory.set(key, id);
  write(() => localStorage, key, id);
  return id;
}

/** The key of the lock this tab holds on a map (per tab: the presenter is one window). */
export function lockKeyFor(mapId: string): string | null {
  return read(() => sessionStorage, `waymark:lock:${mapId}`);
}

export function storeLockKey(mapId: string, key: string | null): void {
  write(() => sessionStorage, `waymark:lock:${mapId}`, key);
}
