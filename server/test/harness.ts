import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { DEFAULTS, type ServerConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startServer, type RunningServer } from '../src/server.js';

/** A fresh temp directory, removed by the returned function. */
export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A real server on port 0 with a real SQLite file in `dir`. Authentication is off and the rate
 * limits are out of reach unless a test turns them on (access.test.ts, rateLimit tests): most
 * tests are about other things and open many sockets from one address.
 */
export function startTestServer(dir: string, overrides: Partial<ServerConfig> = {}): Promise<RunningServer> {
  return startServer(
    {
      ...DEFAULTS,
      port: 0,
      host: '127.0.0.1',
      dbPath: join(dir, 'waymark.db'),
      staticDir: null,
      unloadDelayMs: 0,
      logLevel: 'silent',
      seedDemo: false,
      auth: false,
      connectsPerMinute: 1_000_000,
      messagesPerSecond: 1_000_000,
      ...overrides,
    },
    createLogger('silent'),
  );
}

export function wsUrl(httpUrl: string): string {
  return `${httpUrl.replace(/^http/, 'ws')}/sync`;
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

/** The stock y-websocket client, in Node, connected to a map. */
export function connectClient(httpUrl: string, mapId: string, doc = new Y.Doc(), token?: string): TestClient {
  const provider = new WebsocketProvider(wsUrl(httpUrl), mapId, doc, {
    params: token === undefined ? {} : { token },
    // ws implements the browser WebSocket interface the provider uses.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    maxBackoffTime: 200,
    // Clients in one process would otherwise talk over a BroadcastChannel, bypassing the server.
    disableBc: true,
  });
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Resolves once `check` holds, polling; rejects with `what` after the timeout. */
export async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export function synced(client: TestClient): Promise<void> {
  return until(() => client.provider.synced, 'sync');
}

export async function api(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: unknown; text: string; headers: Headers }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: callers look at text.
  }
  return { status: res.status, json, text, headers: res.headers };
}

/** The real server entry point (`npm start` without the build) as a child process. */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** SIGKILL, as a crash or a pulled plug would. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts `server/src/main.ts` on port 0 in `dir`. Authentication is off unless `env` brings an
 * owner token (WAYMARK_OWNER_TOKEN), as the e2e fixture does.
 */
export function spawnServer(dir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: join(import.meta.dirname, '../..'),
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      WAYMARK_DB: join(dir, 'waymark.db'),
      WAYMARK_STATIC_DIR: join(dir, 'no-client'),
      WAYMARK_DEMO: 'off',
      WAYMARK_LOG_LEVEL: 'warn',
      WAYMARK_AUTH: env.WAYMARK_OWNER_TOKEN ? 'on' : 'off',
      WAYMARK_CONNECTS_PER_MINUTE: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Waymark listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1]!,
          child,
          output: () => output,
          async kill9() {
            child.kill('SIGKILL');
            await exited;
          },
          async stop() {
            child.kill('SIGTERM');
            await exited;
          },
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}
