import { ROLES, type Role } from '../access/roles.js';
import { cleanName, PRESENCE_COLORS, type PresenceUser } from './participant.js';

/** A viewport as the canvas shows it, with the size of the pane it was shown in (for followers). */
export interface SharedViewport {
  x: number;
  y: number;
  zoom: number;
  width?: number;
  height?: number;
}

/**
 * What a participant shares through Yjs awareness. Other features read `user.name`; the server
 * stamps `role` into every state it relays, so only that field can be trusted for permissions.
 */
export interface PresenceState {
  user: PresenceUser;
  /** The pointer on the canvas, in flow coordinates; null when it is off the canvas. */
  cursor?: { x: number; y: number } | null;
  /** Selected touchpoint and card ids. */
  selection?: string[];
  viewport?: SharedViewport;
  presenting?: boolean;
  /** Counts up each time this participant brings everyone to their view. */
  summon?: number;
  /** The phase shown while presenting; -1 is the overview of the whole map. */
  phaseIndex?: number;
  /** The touchpoint spotlit while presenting. */
  spotlight?: string | null;
}

/** Another participant on the map, as read (and checked) from their awareness state. */
export interface Peer {
  clientId: number;
  user: PresenceUser;
  /** Stamped by the server; null when missing (an old server): then never trusted to summon. */
  role: Role | null;
  cursor: { x: number; y: number } | null;
  selection: readonly string[];
  viewport: SharedViewport | null;
  presenting: boolean;
  summon: number;
  phaseIndex: number;
  spotlight: string | null;
}

const MAX_SELECTION = 500;
const MAX_ID_LENGTH = 100;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function parseViewport(value: unknown): SharedViewport | null {
  if (!isRecord(value) || !finite(value.x) || !finite(value.y) || !finite(value.zoom) || value.zoom <= 0) return null;
  const viewport: SharedViewport = { x: value.x, y: value.y, zoom: value.zoom };
  if (finite(value.width) && finite(value.height) && value.width > 0 && value.height > 0) {
    viewport.width = value.width;
    viewport.height = value.height;
  }
  return viewport;
}

function shortId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;
}

/**
 * A remote awareness state as a Peer, or null when it is no participant: the server's own state
 * (a facilitation session, say) has no `user`. Anything malformed is dropped field by field.
 */
export function parsePeer(clientId: number, state: unknown): Peer | null {
  if (!isRecord(state) || !isRecord(state.user)) return null;
  const { id, name, color } = state.user;
  if (!shortId(id) || typeof name !== 'string') return null;
  const user: PresenceUser = {
    id,
    name: cleanName(name),
    color: typeof color === 'string' && /^#[0-9a-fA-F]{6}$/.test(color) ? color : PRESENCE_COLORS[clientId % PRESENCE_COLORS.length]!,
  };
  const cursor = isRecord(state.cursor) && finite(state.cursor.x) && finite(state.cursor.y) ? { x: state.cursor.x, y: state.cursor.y } : null;
  const selection = Array.isArray(state.selection) ? state.selection.filter(shortId).slice(0, MAX_SELECTION) : [];
  const role = ROLES.find((r) => r === state.role) ?? null;
  return {
    clientId,
    user,
    role,
    cursor,
    selection,
    viewport: parseViewport(state.viewport),
    presenting: state.presenting === true,
    summon: finite(state.summon) ? state.summon : 0,
    phaseIndex: finite(state.phaseIndex) && Number.isInteger(state.phaseIndex) ? state.phaseIndex : -1,
    spotlight: shortId(state.spotlight) ? state.spotlight : null,
  };
}

/**
 * Everyone else on the map, once each: states without a participant are left out, and of several
 * tabs of one person the one presenting (or the newest) stands for them. Sorted by name for a calm bar.
 */
export function peersFrom(states: ReadonlyMap<number, unknown>, self: { clientId: number; userId: string }): Peer[] {
  const byUser = new Map<string, Peer>();
  for (const [clientId, state] of states) {
    if (clientId === self.clientId) continue;
    const peer = parsePeer(clientId, state);
    if (!peer || peer.user.id === self.userId) continue;
    const other = byUser.get(peer.user.id);
    if (!other || (peer.presenting && !other.presenting) || (peer.presenting === other.presenting && peer.clientId > other.clientId)) {
      byUser.set(peer.user.id, peer);
    }
  }
  return [...byUser.values()].sort((a, b) => a.user.name.localeCompare(b.user.name) || a.clientId - b.clientId);
}

/** Whether a participant may bring everyone to their view: those who may edit the map. */
export function maySummon(peer: Pick<Peer, 'role'>): boolean {
  return peer.role === 'owner' || peer.role === 'editor';
}
