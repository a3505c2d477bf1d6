/** Who this browser is to the others on a map: a random id, a name and a colour, remembered here. */
export interface PresenceUser {
  id: string;
  name: string;
  color: string;
}

/**
 * Participant colours: strong enough for white initials and a cursor on the light canvas, and
 * none of them near a persona colour (Okabe–Ito), so a cursor is never read as an emotion curve.
 */
export const PRESENCE_COLORS = ['#7048e8', '#c2255c', '#0b7285', '#5c940d', '#364fc7', '#862e9c', '#a0522d', '#e03131'] as const;

/** Longest name shown; longer ones are cut (a name is a label, not a text). */
export const MAX_NAME_LENGTH = 40;

const ID_KEY = 'waymark:participant-id';
const NAME_KEY = 'waymark:participant-name';
const COLOR_KEY = 'waymark:participant-color';

/** What participant details need of storage (localStorage, or a Map-backed stand-in in tests). */
export interface ParticipantStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** A name as others will see it: whitespace collapsed, cut to the maximum length. */
export function cleanName(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH).trim();
}

/** A colour picked from the id, so that the same person tends to keep theirs. */
export function preferredColor(id: string): string {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return PRESENCE_COLORS[hash % PRESENCE_COLORS.length]!;
}

/**
 * This participant's colour among the others: the preferred one unless someone who joined with
 * a smaller client id has it already. Everyone applies the same rule, so it settles without talk.
 */
export function pickColor(preferred: string, selfClientId: number, others: readonly { clientId: number; color: string }[]): string {
  const taken = new Set(others.filter((o) => o.clientId < selfClientId).map((o) => o.color));
  if (!taken.has(preferred)) return preferred;
  return PRESENCE_COLORS.find((c) => !taken.has(c)) ?? preferred;
}

function randomId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** This browser's participant: id and colour created once, name empty until given. */
export function loadParticipant(storage: ParticipantStorage | null): PresenceUser {
  const storedId = storage?.getItem(ID_KEY);
  const id = storedId && /^[0-9a-f]{8,64}$/.test(storedId) ? storedId : randomId();
  if (id !== storedId) storage?.setItem(ID_KEY, id);
  const storedColor = storage?.getItem(COLOR_KEY);
  const color = PRESENCE_COLORS.find((c) => c === storedColor) ?? preferredColor(id);
  return { id, name: cleanName(storage?.getItem(NAME_KEY) ?? ''), color };
}

/** Remembers the name (asked once) for every map opened in this browser. */
export function saveName(storage: ParticipantStorage | null, name: string): void {
  storage?.setItem(NAME_KEY, cleanName(name));
}

/** Remembers the colour last settled on, to start from it next time. */
export function saveColor(storage: ParticipantStorage | null, color: string): void {
  storage?.setItem(COLOR_KEY, color);
}

/** localStorage, or null where it is blocked (the name then lasts for this page load). */
export function browserParticipantStorage(): ParticipantStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** One or two letters for an avatar. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const letters = words.length === 1 ? [...words[0]!].slice(0, 2) : [[...words[0]!][0]!, [...words.at(-1)!][0]!];
  return letters.join('').toUpperCase();
}
