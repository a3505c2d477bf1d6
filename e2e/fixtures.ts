import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { spawnServer, tempDir, type ServerProcess } from '../server/test/harness.js';

const clientDir = join(import.meta.dirname, '../dist/client');

/** Where the app runs and the owner's token for it: what page objects need to open a page. */
export interface Site {
  url: string;
  ownerToken: string;
}

/** `path` on the site, signed in: with `?token=`, which the app takes out of the address at once. */
export function signedInUrl(site: Site, path = '/', token = site.ownerToken): string {
  return `${site.url}${path}${path.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
}

export interface Waymark extends Site {
  /**
   * Stops the server (SIGTERM, or SIGKILL with `{ kill: true }`), runs `whileDown`, and starts it
   * again on the same database, port and owner token.
   */
  restart(options?: { kill?: boolean; whileDown?: () => Promise<void> }): Promise<void>;
  /** A request to the server as the owner (`path` such as `/api/maps`). */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** Imports a map over the HTTP API and returns its id. */
  importMap(map: unknown): Promise<string>;
  /** Creates a share link over the HTTP API; returns its id, token and address. */
  share(mapId: string, share: { role: 'editor' | 'commenter' | 'viewer'; label?: string; expiresAt?: string }): Promise<{
    id: string;
    token: string;
    url: string;
  }>;
}

/**
 * One real Waymark server per worker, serving the built client, with a temp database and
 * authentication on: the owner token is random per worker, as a real installation's would be.
 */
export const test = base.extend<{ closeOwnContexts: void }, { waymark: Waymark }>({
  /**
   * Closes the browser contexts a test opened itself (`browser.newContext()`) when it ends.
   * Playwright only closes its own `context`; the others stayed open for the rest of the worker,
   * each page still live on its map, and slowed every later test down.
   */
  closeOwnContexts: [
    async ({ browser }, use) => {
      const before = new Set(browser.contexts());
      await use();
      await Promise.all(browser.contexts().filter((context) => !before.has(context)).map((context) => context.close()));
    },
    { auto: true },
  ],
  waymark: [
    // Playwright reads the fixture dependencies from this destructuring; there are none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      if (!existsSync(join(clientDir, 'index.html'))) {
        throw new Error('The client is not built: run `npm run build` before the e2e tests.');
      }
      const temp = tempDir();
      const ownerToken = randomBytes(24).toString('base64url');
      const env = { WAYMARK_STATIC_DIR: clientDir, WAYMARK_UNLOAD_DELAY_MS: '0', WAYMARK_OWNER_TOKEN: ownerToken };
      let proc: ServerProcess = await spawnServer(temp.dir, env);
      // The server picks a new free port on each start; the fixture keeps one stable URL object.
      const waymark: Waymark = {
        url: proc.url,
        ownerToken,
        async restart(options) {
          if (options?.kill) await proc.kill9();
          else await proc.stop();
          await options?.whileDown?.();
          proc = await spawnServer(temp.dir, { ...env, PORT: new URL(waymark.url).port });
          waymark.url = proc.url;
        },
        fetch(path, init = {}) {
          const headers = new Headers(init.headers);
          headers.set('Authorization', `Bearer ${ownerToken}`);
          return fetch(`${waymark.url}${path}`, { ...init, headers });
        },
        async importMap(map) {
          const res = await waymark.fetch('/api/maps/import', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(map),
          });
          if (res.status !== 201) throw new Error(`import failed: ${res.status} ${await res.text()}`);
          return ((await res.json()) as { id: string }).id;
        },
        async share(mapId, share) {
          const res = await waymark.fetch(`/api/maps/${mapId}/shares`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(share),
          });
          if (res.status !== 201) throw new Error(`share failed: ${res.status} ${await res.text()}`);
          return (await res.json()) as { id: string; token: string; url: string };
        },
      };
      await use(waymark);
      await proc.stop();
      temp.remove();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
