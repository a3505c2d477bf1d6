/** Who someone is on this server: the owner, or the holder of a share link with one of three roles. */
export const ROLES = ['owner', 'editor', 'commenter', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** The roles a share link can carry, from most to least. */
export const SHARE_ROLES = ['editor', 'commenter', 'viewer'] as const satisfies readonly Role[];
export type ShareRole = (typeof SHARE_ROLES)[number];

/** What the UI offers a role; the server enforces the same, the UI only leaves out what would fail. */
export interface Permissions {
  /** Change the map: canvas, inspector, personas, measures, title, settings, measurement imports. */
  editMap: boolean;
  /** The map list and trash: create, import, duplicate, delete. */
  manageMaps: boolean;
  /** Create and revoke share links. */
  share: boolean;
  /** Write comments, reply, resolve and reopen threads (everyone but viewers). */
  comment: boolean;
}

/** The permissions of a role. */
export function permissionsOf(role: Role): Permissions {
  return {
    editMap: role === 'owner' || role === 'editor',
    manageMaps: role === 'owner',
    share: role === 'owner',
    comment: role !== 'viewer',
  };
}
