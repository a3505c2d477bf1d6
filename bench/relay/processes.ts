/** The child processes of the relay benchmark: the two servers and the load processes. */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { FromLoad, ToLoad } from './protocol.js';

const ROOT = join(import.meta.dirname, '../..');

/** A server in its own process, reachable at `url` (http://127.0.0.1:port). */
export interface ServerChild {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts `node [extra node args] --import tsx <script>` in the repository root and resolves once
 * its output shows `listening on http://…`. `nodeArgs` is how a run gets --cpu-prof.
 */
export function spawnServerChild(script: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<ServerChild> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not start:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      // Errors after start-up still reach the person watching.
      child.stderr!.pipe(process.stderr);
      resolve({
        url: match[1]!,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code}:\n${output}`));
    });
  });
}

/** A forked load process (loadProcess.ts), spoken to one request at a time. */
export class LoadChild {
  private readonly child: ChildProcess;
  private readonly inbox: FromLoad[] = [];
  private waiter: (() => void) | null = null;
  private exitError: Error | null = null;

  constructor() {
    this.child = fork(join(import.meta.dirname, 'loadProcess.ts'), [], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (message: FromLoad) => {
      this.inbox.push(message);
      this.waiter?.();
    });
    this.child.once('exit', (code) => {
      this.exitError = new Error(`a relay load process exited with ${code}`);
      this.waiter?.();
    });
  }

  /** Sends a request and resolves with the reply of type `expect`; rejects on an error reply. */
  async request<T extends FromLoad['type']>(message: ToLoad, expect: T, timeoutMs = 120_000): Promise<Extract<FromLoad, { type: T }>> {
    this.child.send(message);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const reply = this.inbox.shift();
      if (reply?.type === 'error') throw new Error(`relay load process: ${reply.message}`);
      if (reply?.type === expect) return reply as Extract<FromLoad, { type: T }>;
      if (reply) throw new Error(`relay load process answered ${reply.type}, expected ${expect}`);
      if (this.exitError) throw this.exitError;
      if (Date.now() > deadline) throw new Error(`relay load process: no ${expect} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.waiter = resolve;
        setTimeout(resolve, 1_000);
      });
      this.waiter = null;
    }
  }

  /** Asks it to close its clients and exit; kills it if it does not within a few seconds. */
  async exit(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.send({ type: 'exit' } satisfies ToLoad);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
}
