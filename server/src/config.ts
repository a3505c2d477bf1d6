import { isLogLevel, type LogLevel } from './logger.js';

/** Everything the server can be told through its environment (see the README). */
export interface ServerConfig {
  port: number;
  host: string;
  dbPath: string;
  /** Folder of the built client, served with a fallback to index.html; null serves no client. */
  staticDir: string | null;
  maxBodyBytes: number;
  /** Largest measurement upload (CSV or JSON). */
  maxUploadBytes: number;
  maxMessageBytes: number;
  compactAfter: number;
  unloadDelayMs: number;
  logLevel: LogLevel;
  /** Create the demo map when the database has no maps. */
  seedDemo: boolean;
  /** Days a map stays in the trash before it is deleted for good. */
  trashDays: number;
  /** Check tokens (the default); off only on a trusted single-user machine. */
  auth: boolean;
  /** The owner's token; null generates one and keeps it next to the database. */
  ownerToken: string | null;
  /** The address share links point to (behind a proxy); null takes it from each request. */
  publicUrl: string | null;
  /** Sync connections one IP address may open per minute (a burst of this many, then refilled). */
  connectsPerMinute: number;
  /** Sync messages one connection may send per second on average (bursts of 5 s worth pass). */
  messagesPerSecond: number;
  /**
   * How often sync sockets are pinged; one that misses a pong until the next ping is dropped,
   * and its participant leaves everyone's presence (a crashed tab or a lost network).
   */
  pingIntervalMs: number;
}

export const DEFAULTS: ServerConfig = {
  port: 3000,
  host: 'localhost',
  dbPath: './data/waymark.db',
  staticDir: './dist/client',
  maxBodyBytes: 5 * 1024 * 1024,
  maxUploadBytes: 64 * 1024 * 1024,
  maxMessageBytes: 8 * 1024 * 1024,
  compactAfter: 500,
  unloadDelayMs: 5_000,
  logLevel: 'info',
  seedDemo: true,
  trashDays: 30,
  auth: true,
  ownerToken: null,
  publicUrl: null,
  connectsPerMinute: 120,
  messagesPerSecond: 300,
  // A participant whose connection died is gone from presence within 10–20 s (ws default: 30–60 s).
  pingIntervalMs: 10_000,
};

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  }
  return value;
}

/** Reads the configuration from environment variables; throws with a clear message on bad values. */
export function configFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  const logLevel = env.WAYMARK_LOG_LEVEL ?? DEFAULTS.logLevel;
  if (!isLogLevel(logLevel)) throw new Error(`WAYMARK_LOG_LEVEL must be silent, error, warn or info`);
  const port = integer(env, 'PORT', DEFAULTS.port, 0);
  if (port > 65535) throw new Error(`PORT must be at most 65535, got ${port}`);
  const auth = env.WAYMARK_AUTH ?? 'on';
  if (auth !== 'on' && auth !== 'off') throw new Error(`WAYMARK_AUTH must be on or off, got "${auth}"`);
  const ownerToken = env.WAYMARK_OWNER_TOKEN || null;
  if (ownerToken !== null && !/^[A-Za-z0-9._~-]{16,200}$/.test(ownerToken)) {
    // Not echoed: it is a secret, even when it is a bad one.
    throw new Error('WAYMARK_OWNER_TOKEN must be 16 to 200 characters of A–Z, a–z, 0–9, . _ ~ -');
  }
  const publicUrl = env.WAYMARK_PUBLIC_URL ? env.WAYMARK_PUBLIC_URL.replace(/\/+$/, '') : null;
  if (publicUrl !== null && !/^https?:\/\/[^/?#]+(\/[^?#]*)?$/.test(publicUrl)) {
    throw new Error(`WAYMARK_PUBLIC_URL must be an http(s) address such as https://waymark.example.com, got "${publicUrl}"`);
  }
  return {
    port,
    host: env.HOST || DEFAULTS.host,
    dbPath: env.WAYMARK_DB || DEFAULTS.dbPath,
    staticDir: env.WAYMARK_STATIC_DIR || DEFAULTS.staticDir,
    maxBodyBytes: integer(env, 'WAYMARK_MAX_BODY_BYTES', DEFAULTS.maxBodyBytes, 1024),
    maxUploadBytes: integer(env, 'WAYMARK_MAX_UPLOAD_BYTES', DEFAULTS.maxUploadBytes, 1024),
    maxMessageBytes: integer(env, 'WAYMARK_MAX_MESSAGE_BYTES', DEFAULTS.maxMessageBytes, 1024),
    compactAfter: integer(env, 'WAYMARK_COMPACT_AFTER', DEFAULTS.compactAfter, 2),
    unloadDelayMs: integer(env, 'WAYMARK_UNLOAD_DELAY_MS', DEFAULTS.unloadDelayMs, 0),
    logLevel,
    seedDemo: env.WAYMARK_DEMO !== 'off',
    trashDays: integer(env, 'WAYMARK_TRASH_DAYS', DEFAULTS.trashDays, 0),
    auth: auth === 'on',
    ownerToken,
    publicUrl,
    connectsPerMinute: integer(env, 'WAYMARK_CONNECTS_PER_MINUTE', DEFAULTS.connectsPerMinute, 1),
    messagesPerSecond: integer(env, 'WAYMARK_MESSAGES_PER_SECOND', DEFAULTS.messagesPerSecond, 1),
    pingIntervalMs: integer(env, 'WAYMARK_PING_INTERVAL_MS', DEFAULTS.pingIntervalMs, 100),
  };
}
