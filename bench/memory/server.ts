import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_SERVER_ENV } from '../lib/server.js';
import type { ProbeRequest, ProbeStats } from './probe.js';

const ROOT = join(import.meta.dirname, '../..');

/** The real server process (`server/src/main.ts`) with the probe loaded into it. */
export interface MeasuredServer {
  url: string;
  pid: number;
  /** Resident set size now (VmRSS) and its peak so far (VmHWM), in bytes. */
  rss(): { rss: number; peak: number };
  stats(): Promise<ProbeStats>;
  /** A full GC in the server, then its stats: a diagnostic that changes what it measures. */
  gc(): Promise<ProbeStats>;
  stop(): Promise<void>;
}

/** Reads a `kB` line such as VmRSS from /proc/<pid>/status, in bytes. */
function statusBytes(pid: number, field: string): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!match) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

/**
 * Starts the server on port 0 with a temp database: authentication off, rate limits lifted and
 * rooms unloaded as soon as their last connection leaves. `env` adds or overrides variables.
 */
export function startMeasuredServer(dir: string, env: Record<string, string> = {}): Promise<MeasuredServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', './bench/memory/probe.ts', 'server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      WAYMARK_DB: join(dir, 'waymark.db'),
      WAYMARK_STATIC_DIR: join(dir, 'no-client'),
      ...BENCH_SERVER_ENV,
      WAYMARK_UNLOAD_DELAY_MS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ask = (request: ProbeRequest) =>
    new Promise<ProbeStats>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the probe did not answer ${request.type}:\n${output}`)), 60_000);
      child.once('message', (stats) => {
        clearTimeout(timer);
        resolve(stats as ProbeStats);
      });
      child.send(request);
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Waymark listening on (http:\/\/\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1]!,
        pid: child.pid!,
        rss: () => ({ rss: statusBytes(child.pid!, 'VmRSS'), peak: statusBytes(child.pid!, 'VmHWM') }),
        stats: () => ask({ type: 'stats' }),
        gc: () => ask({ type: 'gc' }),
        stop: () => stopChild(child, exited),
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await exited;
}
