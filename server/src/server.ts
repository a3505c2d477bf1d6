import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { ShareService } from './access/ShareService.js';
import { loadOwnerToken } from './access/tokens.js';
import { createApp } from './app.js';
import { SqliteSessionStore } from './facilitation/SessionStore.js';
import type { ServerConfig } from './config.js';
import { openDatabase } from './db/open.js';
import { createLogger, type Logger } from './logger.js';
import { MapService } from './maps.js';
import { MeasurementService } from './measurements.js';
import { SqliteDocStore } from './store/SqliteDocStore.js';
import { attachSyncEndpoint } from './sync/socketServer.js';
import { Rooms } from './sync/rooms.js';
import { templateMap } from './templates.js';
import { parseMeasurementCsv } from '../../shared/src/index.js';

export interface RunningServer {
  url: string;
  port: number;
  maps: MapService;
  rooms: Rooms;
  shares: ShareService;
  /** The owner's token; null when authentication is off. */
  ownerToken: string | null;
  /** Where the owner signs in (the URL with the token); null when authentication is off. */
  signInUrl: string | null;
  /** Closes sockets, compacts and unloads every map, closes the database. */
  close(): Promise<void>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const PURGE_INTERVAL_MS = 6 * 60 * 60 * 1000;

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;

/** Starts Waymark: database (migrated), HTTP API, sync endpoint; resolves once listening. */
export async function startServer(config: ServerConfig, logger: Logger = createLogger(config.logLevel)): Promise<RunningServer> {
  const db = openDatabase(config.dbPath);
  const store = new SqliteDocStore(db);
  const rooms = new Rooms(store, {
    compactAfter: config.compactAfter,
    unloadDelayMs: config.unloadDelayMs,
    logger,
    sessions: new SqliteSessionStore(db),
  });
  const maps = new MapService(store, rooms, config.trashDays * DAY_MS);
  const purgeTrash = () => {
    try {
      const purged = maps.purgeTrash();
      if (purged.length > 0) logger.info('deleted maps that were in the trash too long', { count: purged.length });
    } catch (error) {
      // The trash is emptied on the next run; no reason to stop serving the live maps.
      logger.error('could not empty the trash', { error: String(error) });
    }
  };
  purgeTrash();
  // A server that runs for weeks still empties the trash on time.
  const purger = setInterval(purgeTrash, PURGE_INTERVAL_MS);
  purger.unref();
  const measurements = new MeasurementService(db, maps, rooms);
  const ownerToken = config.auth ? loadOwnerToken(config.ownerToken, config.dbPath).token : null;
  const shares = new ShareService(db, ownerToken);
  // Only a database without any map, live or trashed, gets the demo: a map with two years of
  // survey results, so that the CSI overlay and the barometer have something to show.
  if (config.seedDemo && store.listMaps().length === 0 && store.listTrash().length === 0) {
    const demo = maps.create(templateMap('automotive'));
    const survey = parseMeasurementCsv(readFileSync(new URL('../../shared/src/templates/automotive-measurements.csv', import.meta.url), 'utf8'));
    if (survey.problems.length > 0) throw new Error(`the demo measurements are invalid: ${JSON.stringify(survey.problems)}`);
    measurements.import(demo.id, survey.rows, 'demo');
    logger.info('created the demo map', { id: demo.id });
  }

  const app = createApp({
    maps,
    measurements,
    shares,
    rooms,
    publicUrl: config.publicUrl,
    logger,
    maxBodyBytes: config.maxBodyBytes,
    maxUploadBytes: config.maxUploadBytes,
    staticDir: config.staticDir,
    version,
  });
  const server = await new Promise<Server>((resolveListening, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolveListening(s as Server));
    s.once('error', reject);
  });
  const sync = attachSyncEndpoint(server, {
    rooms,
    shares,
    logger,
    maxMessageBytes: config.maxMessageBytes,
    connectsPerMinute: config.connectsPerMinute,
    messagesPerSecond: config.messagesPerSecond,
    pingIntervalMs: config.pingIntervalMs,
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;

  let closed = false;
  return {
    url,
    port,
    maps,
    rooms,
    shares,
    ownerToken,
    signInUrl: ownerToken === null ? null : `${config.publicUrl ?? url}/?token=${encodeURIComponent(ownerToken)}`,
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(purger);
      sync.close();
      rooms.closeAll();
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      store.close();
    },
  };
}
