import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Logger } from './logger.js';
import type { MapService } from './maps.js';
import { apiError } from './routes/errors.js';
import type { MeasurementService } from './measurements.js';
import { mapRoutes } from './routes/maps.js';
import { measurementRoutes } from './routes/measurements.js';
import type { ShareService } from './access/ShareService.js';
import { accessRoute, authenticate, authorizeMapRequests, type AccessEnv } from './routes/access.js';
import { lockGuard, sessionRoutes } from './routes/session.js';
import { shareRoutes } from './routes/shares.js';
import type { Rooms } from './sync/rooms.js';
import { threadRoutes } from './routes/threads.js';
import { ThreadService } from './threads.js';

const openApiDocument = readFileSync(fileURLToPath(new URL('../../docs/openapi.json', import.meta.url)), 'utf8');

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface AppDeps {
  maps: MapService;
  measurements: MeasurementService;
  shares: ShareService;
  /** The live maps: the facilitation session and the presenter's lock live in their rooms. */
  rooms: Rooms;
  /** The address share links point to; null takes it from the request. */
  publicUrl: string | null;
  maxUploadBytes: number;
  logger: Logger;
  maxBodyBytes: number;
  staticDir: string | null;
  version: string;
}

/** The HTTP application: the JSON API under /api and, when built, the client with SPA fallback. */
export function createApp(deps: AppDeps): Hono<AccessEnv> {
  const app = new Hono<AccessEnv>();

  // The app itself passes this policy (an e2e test listens for violations): its scripts and
  // workers come from the server, styles may be inline (React style attributes), images may be
  // data or blob URLs (thumbnails, exports), and no other site may frame it. A route that sets a
  // stricter policy of its own (the SVG thumbnail) keeps it.
  app.use('*', secureHeaders({ contentSecurityPolicy: undefined, xFrameOptions: 'DENY', referrerPolicy: 'same-origin', crossOriginEmbedderPolicy: false }));
  app.use('*', async (c, next) => {
    await next();
    if (!c.res.headers.has('Content-Security-Policy')) c.res.headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  });

  app.onError((error, c) => {
    deps.logger.error('request failed', { method: c.req.method, path: c.req.path, error: String(error) });
    return apiError(c, 500, 'internal server error');
  });

  app.get('/api/health', (c) => c.json({ status: 'ok', version: deps.version }));
  app.get('/api/openapi.json', (c) => c.body(openApiDocument, 200, { 'Content-Type': 'application/json' }));
  // Every map route needs a token that grants the request (see access/grants.ts); health and
  // the API description are public, and so is the app shell (it holds no data).
  app.get('/api/access', authenticate(deps.shares), accessRoute(deps.shares));
  app.use('/api/maps/*', authenticate(deps.shares), authorizeMapRequests(), lockGuard(deps.rooms));
  app.route('/api/maps', sessionRoutes(deps.rooms, deps.maxBodyBytes));
  app.route('/api/maps', shareRoutes(deps.maps, deps.shares, deps.publicUrl));
  // Before the map routes, so that uploads get their own (larger) size limit.
  app.route('/api/maps', measurementRoutes(deps.maps, deps.measurements, deps.maxUploadBytes));
  // Before the map routes too: comments have their own small body limit.
  app.route('/api/maps', threadRoutes(deps.maps, new ThreadService(deps.maps)));
  app.route('/api/maps', mapRoutes(deps.maps, deps.maxBodyBytes));
  app.all('/api/*', (c) => apiError(c, 404, `no such endpoint: ${c.req.method} ${c.req.path}`));

  const root = deps.staticDir ? resolve(deps.staticDir) : null;
  const indexFile = root ? join(root, 'index.html') : null;
  if (root && indexFile && existsSync(indexFile)) {
    app.use('/assets/*', serveStatic({ root, onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable') }));
    app.use('*', serveStatic({ root }));
    // Client-side routes (/maps/:id and the rest) all load the app shell. Read per request, so
    // that a rebuild while the server runs never serves a shell pointing at deleted assets.
    app.get('*', (c) => c.html(readFileSync(indexFile, 'utf8'), 200, { 'Cache-Control': 'no-cache' }));
  } else {
    app.get('/', (c) =>
      c.text('Waymark API is running. The client is not built: run `npm run build` (or `npm start`).', 200),
    );
  }
  app.notFound((c) => apiError(c, 404, 'not found'));
  return app;
}
