import type { Context, MiddlewareHandler } from 'hono';
import { decide, type Grant } from '../access/grants.js';
import type { ShareService } from '../access/ShareService.js';
import { apiError } from './errors.js';

export type AccessEnv = { Variables: { grant: Grant } };

const REASON_TEXT = {
  missing: 'sign in: send the owner token or a share link token (Authorization: Bearer …)',
  unknown: 'this token is not valid',
  expired: 'this share link has expired',
  revoked: 'this share link was revoked',
} as const;

/** The token of a request: `Authorization: Bearer …`, else `?token=` (for images and downloads). */
export function requestToken(c: Context): string | null {
  const header = c.req.header('Authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match ? match[1]! : null;
  }
  return c.req.query('token') ?? null;
}

/** Resolves the request's token; answers 401 (saying why) when it grants nothing. */
export function authenticate(shares: ShareService): MiddlewareHandler<AccessEnv> {
  return async (c, next) => {
    const resolution = shares.resolve(requestToken(c));
    if (!resolution.ok) {
      c.header('WWW-Authenticate', 'Bearer realm="waymark"');
      return apiError(c, 401, REASON_TEXT[resolution.reason], { reason: resolution.reason });
    }
    c.set('grant', resolution.grant);
    await next();
  };
}

/** Applies the access policy (`decide`) to every request under `/api/maps`. */
export function authorizeMapRequests(): MiddlewareHandler<AccessEnv> {
  return async (c, next) => {
    const path = c.req.path.slice('/api/maps'.length);
    const decision = decide(c.get('grant'), c.req.method, path);
    if (!decision.allow) return apiError(c, decision.status, decision.error);
    await next();
  };
}

/** `GET /api/access`: what the caller's token grants (the client asks this first). */
export function accessRoute(shares: ShareService) {
  return (c: Context<AccessEnv>) => {
    const grant = c.get('grant');
    return c.json({
      auth: shares.enabled,
      role: grant.role,
      mapId: grant.mapId,
      shareId: grant.shareId,
      label: grant.label,
      expiresAt: grant.expiresAt === null ? null : new Date(grant.expiresAt).toISOString(),
    });
  };
}
