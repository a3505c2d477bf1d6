import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { spawnServer, tempDir, type ServerProcess } from '../server/test/harness.js';

const clientDir = join(import.meta.dirname, '../dist/client');

export interface Waymark {
  url: string;
  /**
   * Stops the server (SIGTERM, or SIGKILL with `{ kill: true }`), runs `whileDown`, and starts it
   * again on the same database and port.
   */
  restart(options?: { kill?: boolean; whileDown?: () => Promise<void> }): Promise<void>;
  /** Imports a map over the HTTP API and returns its id. */
  importMap(map: unknown): Promise<string>;
}

/** One real Waymark server per worker, serving the built client, with a temp database. */
export const test = base.extend<object, { waymark: Waymark }>({
  waymark: [
    // Playwright reads the fixture dependencies from this destructuring; there are none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      if (!existsSync(join(clientDir, 'index.html'))) {
        throw new Error('The client is not built: run `npm run build` before the e2e tests.');
      }
      const temp = tempDir();
      const env = { WAYMARK_STATIC_DIR: clientDir, WAYMARK_UNLOAD_DELAY_MS: '0' };
      let proc: ServerProcess = await spawnServer(temp.dir, env);
      // The server picks a new free port on each start; the fixture keeps one stable URL object.
      const waymark: Waymark = {
        url: proc.url,
        async restart(options) {
          if (options?.kill) await proc.kill9();
          else await proc.stop();
          await options?.whileDown?.();
          proc = await spawnServer(temp.dir, { ...env, PORT: new URL(waymark.url).port });
          waymark.url = proc.url;
        },
        async importMap(map) {
          const res = await fetch(`${waymark.url}/api/maps/import`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(map),
          });
          if (res.status !== 201) throw new Error(`import failed: ${res.status} ${await res.text()}`);
          return ((await res.json()) as { id: string }).id;
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
