/**
 * The secret this browser comments with: the server stores only its hash (`authorId`) with each
 * comment, and the same key later edits or deletes it. Kept apart from the presence id, which
 * everyone on the map sees.
 */
const KEY = 'waymark:comment-key';
const AUTHOR_ID = 'waymark:comment-author-id';

let memoryKey: string | null = null;
let memoryAuthorId: string | null = null;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function randomKey(): string {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** This browser's comment key, created on first use. */
export function participantKey(): string {
  const stored = storage()?.getItem(KEY) ?? memoryKey;
  if (stored && /^[A-Za-z0-9_-]{16,128}$/.test(stored)) return stored;
  const key = randomKey();
  memoryKey = key;
  storage()?.setItem(KEY, key);
  return key;
}

/**
 * The public id of this browser's comments, learned from the server's answer to the first one
 * (hashing here would need crypto.subtle, which plain-http LAN addresses do not have).
 */
export function ownAuthorId(): string | null {
  return storage()?.getItem(AUTHOR_ID) ?? memoryAuthorId;
}

export function rememberAuthorId(id: string): void {
  memoryAuthorId = id;
  storage()?.setItem(AUTHOR_ID, id);
}
