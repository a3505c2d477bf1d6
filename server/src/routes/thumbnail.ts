import type { Context } from 'hono';
import { renderThumbnail } from '../../../shared/src/index.js';
import type { MapService } from '../maps.js';
import { apiError } from './errors.js';

/** Bumped whenever renderThumbnail draws differently, so that no browser keeps an old picture. */
const RENDERER_VERSION = 1;

const SVG_HEADERS = {
  'Content-Type': 'image/svg+xml; charset=utf-8',
  // Revalidate every time: the ETag makes that a cheap 304 until the map changes.
  'Cache-Control': 'no-cache',
  // The image can be opened on its own: it must never run or load anything.
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
  'X-Content-Type-Options': 'nosniff',
};

/** True when an If-None-Match header names `etag` (or is `*`). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/** `GET /api/maps/:id/thumbnail.svg`: the map in miniature, revalidated by its last change. */
export function thumbnailRoute(maps: MapService) {
  return (c: Context) => {
    const id = c.req.param('id') ?? '';
    const record = maps.get(id);
    if (!record) return apiError(c, 404, 'map not found');
    const etag = `"${record.updatedAt.toString(36)}-${RENDERER_VERSION}"`;
    if (matches(c.req.header('If-None-Match'), etag)) {
      return c.body(null, 304, { ETag: etag, 'Cache-Control': SVG_HEADERS['Cache-Control'] });
    }
    const map = maps.read(id);
    if (!map) return apiError(c, 404, 'map not found');
    return c.body(renderThumbnail(map), 200, { ...SVG_HEADERS, ETag: etag });
  };
}
