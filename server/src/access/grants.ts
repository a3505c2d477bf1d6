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

const ALLOW: Decision = { allow: true };

/**
 * The access policy of the map API, as one table: `path` is the part after `/api/maps`
 * (e.g. `/abc/measurements`). The owner may do everything. A share holder sees exactly one map:
 * any other map is "not found" (a link must not reveal which maps exist), the map list and the
 * management of maps and links need the owner, reading needs any role, and changing the
 * document or its measurements needs an editor.
 */
export function decide(grant: Grant, method: string, path: string): Decision {
  if (grant.role === 'owner') return ALLOW;
  const segments = path.split('/').filter((segment) => segment !== '');
  const [first, second] = segments;
  if (first === undefined || first === 'import' || first === 'trash') {
    return { allow: false, status: 403, error: 'only the owner can list, create or import maps' };
  }
  let mapId: string;
  try {
    mapId = decodeURIComponent(first);
  } catch {
    return { allow: false, status: 404, error: 'map not found' };
  }
  if (mapId !== grant.mapId) return { allow: false, status: 404, error: 'map not found' };
  if (second === 'shares') return { allow: false, status: 403, error: 'only the owner can manage share links' };
  const reading = method === 'GET' || method === 'HEAD';
  if (reading) return ALLOW;
  const documentWrite =
    (segments.length === 1 && (method === 'PUT' || method === 'PATCH')) ||
    (segments.length === 2 && second === 'measurements' && (method === 'POST' || method === 'DELETE'));
  if (!documentWrite) return { allow: false, status: 403, error: 'only the owner can duplicate, delete or restore maps' };
  if (!canEdit(grant.role)) return { allow: false, status: 403, error: `a ${grant.role} link cannot change the map` };
  return ALLOW;
}
