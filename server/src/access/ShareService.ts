import { randomBytes } from 'node:crypto';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { WaymarkDatabase } from '../db/open.js';
import { shares } from '../db/schema.js';
import { OWNER, type DeniedReason, type Grant, type ShareRole } from './grants.js';
import { hashToken, newToken, sameToken } from './tokens.js';

/** A share link as the owner sees it (never with its token, which only its creator saw). */
export interface ShareRecord {
  id: string;
  mapId: string;
  role: ShareRole;
  label: string | null;
  createdAt: number;
  expiresAt: number | null;
}

export type Resolution = { ok: true; grant: Grant } | { ok: false; reason: DeniedReason };

/**
 * Share links and the owner token: creates, lists and revokes links, and resolves a token to
 * what it grants. Listeners hear of every revocation, so that the sockets opened with a link
 * close at once.
 */
export class ShareService {
  private readonly revokeListeners = new Set<(shareId: string) => void>();
  private readonly selectByHash;

  constructor(
    private readonly db: WaymarkDatabase,
    private readonly ownerToken: string | null,
    private readonly now: () => number = Date.now,
  ) {
    this.selectByHash = db
      .select()
      .from(shares)
      .where(eq(shares.tokenHash, sql.placeholder('hash')))
      .prepare();
  }

  /** Whether tokens are checked at all (WAYMARK_AUTH=off turns this off). */
  get enabled(): boolean {
    return this.ownerToken !== null;
  }

  /** What a token grants, or why it grants nothing. */
  resolve(token: string | null): Resolution {
    if (this.ownerToken === null) return { ok: true, grant: OWNER };
    if (token === null || token === '') return { ok: false, reason: 'missing' };
    if (sameToken(token, this.ownerToken)) return { ok: true, grant: OWNER };
    const row = this.selectByHash.get({ hash: hashToken(token) });
    if (!row) return { ok: false, reason: 'unknown' };
    if (row.revokedAt !== null) return { ok: false, reason: 'revoked' };
    if (row.expiresAt !== null && row.expiresAt <= this.now()) return { ok: false, reason: 'expired' };
    return {
      ok: true,
      grant: { role: row.role, mapId: row.mapId, shareId: row.id, label: row.label, expiresAt: row.expiresAt },
    };
  }

  /** The links of a map that have not been revoked, oldest first (expired ones included). */
  list(mapId: string): ShareRecord[] {
    return this.db
      .select({
        id: shares.id,
        mapId: shares.mapId,
        role: shares.role,
        label: shares.label,
        createdAt: shares.createdAt,
        expiresAt: shares.expiresAt,
      })
      .from(shares)
      .where(and(eq(shares.mapId, mapId), isNull(shares.revokedAt)))
      .orderBy(asc(shares.createdAt), asc(shares.id))
      .all();
  }

  /** Creates a link; the token is returned this once and only its hash is stored. */
  create(mapId: string, role: ShareRole, label: string | null, expiresAt: number | null): { share: ShareRecord; token: string } {
    const token = newToken();
    const share: ShareRecord = { id: `share_${randomBytes(9).toString('base64url')}`, mapId, role, label, createdAt: this.now(), expiresAt };
    this.db.insert(shares).values({ ...share, tokenHash: hashToken(token), revokedAt: null }).run();
    return { share, token };
  }

  /** Revokes a link of a map; false when the map has no such live link. */
  revoke(mapId: string, shareId: string): boolean {
    const result = this.db
      .update(shares)
      .set({ revokedAt: this.now() })
      .where(and(eq(shares.id, shareId), eq(shares.mapId, mapId), isNull(shares.revokedAt)))
      .run();
    if (result.changes === 0) return false;
    for (const listener of this.revokeListeners) listener(shareId);
    return true;
  }

  /** Calls `listener` with the id of every link revoked from now on; returns the unsubscribe. */
  onRevoke(listener: (shareId: string) => void): () => void {
    this.revokeListeners.add(listener);
    return () => this.revokeListeners.delete(listener);
  }

  isExpired(share: ShareRecord): boolean {
    return share.expiresAt !== null && share.expiresAt <= this.now();
  }
}
