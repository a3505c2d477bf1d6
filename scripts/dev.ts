/**
 * `npm run dev`: the Waymark server (restarted on change) on WAYMARK_API_PORT (3001) and the Vite
 * dev server with hot reload on PORT (3000), which proxies /api and /sync to it.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const apiPort = process.env.WAYMARK_API_PORT ?? '3001';
const webPort = process.env.PORT ?? '3000';
const children: ChildProcess[] = [];

function run(command: string, args: string[], env: Record<string, string>): void {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => {
    for (const other of children) if (other !== child) other.kill('SIGTERM');
    process.exit(code ?? 0);
  });
  children.push(child);
}

run(process.execPath, ['--import', 'tsx', '--watch', 'server/src/main.ts'], {
  PORT: apiPort,
  WAYMARK_STATIC_DIR: '',
  WAYMARK_UNLOAD_DELAY_MS: process.env.WAYMARK_UNLOAD_DELAY_MS ?? '5000',
  // The sign-in link and share links point at the dev server people open, not at the API port.
  WAYMARK_PUBLIC_URL: process.env.WAYMARK_PUBLIC_URL ?? `http://localhost:${webPort}`,
});
run(process.execPath, ['node_modules/vite/bin/vite.js', '--port', webPort, '--strictPort'], {
  WAYMARK_API_PORT: apiPort,
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of children) child.kill('SIGTERM');
  });
}
