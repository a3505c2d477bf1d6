import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { SHARE_ROLES } from '../access/grants.js';
import type { ShareRecord, ShareService } from '../access/ShareService.js';
import type { MapService } from '../maps.js';
import { MAP_ID, apiError, readBody } from './errors.js';

const SHARE_BODY_LIMIT = 16 * 1024;

const createBody = z.strictObject({
  role: z.enum(SHARE_ROLES, 'must be editor, commenter or viewer'),
  label: z.string().trim().max(100).optional(),
  expiresAt: z.iso.datetime({ offset: true, message: 'must be an ISO date-time such as 2026-12-31T18:00:00Z' }).optional(),
});

function shareJson(share: ShareRecord, expired: boolean) {
  return {
    id: share.id,
    role: share.role,
    label: share.label,
    createdAt: new Date(share.createdAt).toISOString(),
    expiresAt: share.expiresAt === null ? null : new Date(share.expiresAt).toISOString(),
    expired,
  };
}

/**
 * `/api/maps/:id/shares`: the owner's links to one map. The token of a new link is in the
 * creation response only; the database keeps its hash.
 */
export function shareRoutes(maps: MapService, shares: ShareService, publicUrl: string | null) {
  const app = new Hono();
  const knownMap = async (c: Context, next: () => Promise<void>) => {
    const id = c.req.param('id') ?? '';
    if (!MAP_ID.test(id) || !maps.get(id)) return apiError(c, 404, 'map not found');
    await next();
  };
  app.use('/:id/shares', knownMap);
  app.use('/:id/shares/*', knownMap);
  app.use(
    '/:id/shares',
    bodyLimit({
      maxSize: SHARE_BODY_LIMIT,
      onError: (c) => apiError(c, 413, `request body too large (limit ${SHARE_BODY_LIMIT} bytes)`),
    }),
  );

  app.get('/:id/shares', (c) => c.json(shares.list(c.req.param('id')).map((share) => shareJson(share, shares.isExpired(share)))));

  app.post('/:id/shares', async (c) => {
    const body = await readBody(c, createBody);
    if (!body.ok) return body.response;
    const expiresAt = body.value.expiresAt === undefined ? null : Date.parse(body.value.expiresAt);
    if (expiresAt !== null && expiresAt <= Date.now()) {
      return apiError(c, 422, 'invalid request', { problems: [{ path: 'expiresAt', message: 'must be in the future' }] });
    }
    const label = body.value.label ? body.value.label : null;
    const mapId = c.req.param('id');
    const { share, token } = shares.create(mapId, body.value.role, label, expiresAt);
    const base = publicUrl ?? new URL(c.req.url).origin;
    const url = `${base}/maps/${encodeURIComponent(mapId)}?token=${encodeURIComponent(token)}`;
    return c.json({ ...shareJson(share, false), token, url }, 201);
  });

  app.delete('/:id/shares/:shareId', (c) =>
    shares.revoke(c.req.param('id'), c.req.param('shareId')) ? c.body(null, 204) : apiError(c, 404, 'share link not found'),
  );

  return app;
}
