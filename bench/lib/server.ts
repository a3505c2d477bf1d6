import { spawnServer, type ServerProcess } from '../../server/test/harness.js';

/**
 * The settings every benchmark starts Waymark with: no sign-in, no demo map, quiet logs, and the
 * rate limits lifted so that the load generator measures the server, not its abuse protection.
 */
export const BENCH_SERVER_ENV: Readonly<Record<string, string>> = {
  WAYMARK_AUTH: 'off',
  WAYMARK_DEMO: 'off',
  WAYMARK_LOG_LEVEL: 'error',
  WAYMARK_CONNECTS_PER_MINUTE: '1000000',
  WAYMARK_MESSAGES_PER_SECOND: '1000000',
};

/** Starts server/src/main.ts on port 0 in `dir` with BENCH_SERVER_ENV, plus `env`. */
export function startBenchServer(dir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  return spawnServer(dir, { ...BENCH_SERVER_ENV, ...env });
}
