/** The roles a share link can grant; the owner is no share. */
export const SHARE_ROLES = ['editor', 'commenter', 'viewer'] as const;
export type ShareRole = (typeof SHARE_ROLES)[number];
export type Role = 'owner' | ShareRole;

/** What a request or a socket may do, resolved from its token. */
export type Grant =
  | { role: 'owner'; mapId: null; shareId: null; label: null; expiresAt: null }
  | { role: ShareRole; mapId: string; shareId: string; label: string | null; expiresAt: number | null };

/** Why a token lets nobody in; the client shows a page for each. */
export type DeniedReason = 'missing' | 'unknown' | 'expired' | 'revoked';

export const OWNER: Grant = { role: 'owner', mapId: null, shareId: null, label: null, expiresAt: null };

/** Whether a role may change a map's document (over HTTP or the socket). */
export function canEdit(role: Role): boolean {
  return role === 'owner' || role === 'editor';
}

/** The answer of the access policy for one request. */
export type Decision = { allow: true } | { allow: false; status: 403 | 404; error: string };

const RANK: Record<Role, number> = { viewer: 0, commenter: 1, editor: 2, owner: 3 };

/**
 * What a share link may do on its own map, beyond reading (every role may GET and HEAD
 * everything but the share links). `path` is what follows `/api/maps/:id`; anything not listed
 * needs the owner. New routes that share holders may use add a row here.
 */
export const MAP_WRITE_RULES: readonly { method: string; path: RegExp; role: ShareRole }[] = [
  { method: 'PUT', path: /^$/, role: 'editor' },
  { method: 'PATCH', path: /^$/, role: 'editor' },
  { method: 'POST', path: /^\/measurements$/, role: 'editor' },
  { method: 'DELETE', path: /^\/measurements$/, role: 'editor' },
  // Facilitation: running the session is for editors; voting is participation, open to all.
  { method: 'POST', path: /^\/session\/timer$/, role: 'editor' },
  { method: 'DELETE', path: /^\/session\/timer$/, role: 'editor' },
  { method: 'POST', path: /^\/session\/vote$/, role: 'editor' },
  { method: 'POST', path: /^\/session\/vote\/reveal$/, role: 'editor' },
  { method: 'DELETE', path: /^\/session\/vote$/, role: 'editor' },
  { method: 'PUT', path: /^\/session\/vote\/ballots\/[^/]+$/, role: 'viewer' },
  { method: 'POST', path: /^\/session\/lock$/, role: 'editor' },
  { method: 'POST', path: /^\/session\/unlock$/, role: 'editor' },
  // Comments: commenters and up; whose comment it is the route decides (author or editor+).
  { method: 'POST', path: /^\/threads$/, role: 'commenter' },
  { method: 'POST', path: /^\/threads\/[^/]+\/comments$/, role: 'commenter' },
  { method: 'PATCH', path: /^\/threads\/[^/]+$/, role: 'commenter' },
  { method: 'PATCH', path: /^\/threads\/[^/]+\/comments\/[^/]+$/, role: 'commenter' },
  { method: 'DELETE', path: /^\/threads\/[^/]+\/comments\/[^/]+$/, role: 'commenter' },
];

const ALLOW: Decision = { allow: true };

/**
 * The access policy of the map API: `path` is the part after `/api/maps` (e.g.
 * `/abc/measurements`). The owner may do everything. A share holder sees exactly one map: any
 * other map is "not found" (a link must not reveal which maps exist), the map list and the
 * share links need the owner, reading needs any role, and writing what MAP_WRITE_RULES says.
 */
export function decide(grant: Grant, method: string, path: string): Decision {
  if (grant.role === 'owner') return ALLOW;
  const match = /^\/([^/]+)(\/.*)?$/.exec(path.replace(/\/+$/, ''));
  if (!match || match[1] === 'import' || match[1] === 'trash') {
    return { allow: false, status: 403, error: 'only the owner can list, create or import maps' };
  }
  let mapId: string;
  try {
    mapId = decodeURIComponent(match[1]!);
  } catch {
    return { allow: false, status: 404, error: 'map not found' };
  }
  if (mapId !== grant.mapId) return { allow: false, status: 404, error: 'map not found' };
  const rest = match[2] ?? '';
  if (/^\/shares(\/|$)/.test(rest)) return { allow: false, status: 403, error: 'only the owner can manage share links' };
  if (method === 'GET' || method === 'HEAD') return ALLOW;
  const rule = MAP_WRITE_RULES.find((r) => r.method === method && r.path.test(rest));
  if (!rule) return { allow: false, status: 403, error: 'only the owner can do this' };
  if (RANK[grant.role] < RANK[rule.role]) return { allow: false, status: 403, error: `a ${grant.role} link cannot do this` };
  return ALLOW;
}
