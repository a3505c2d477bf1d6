/**
 * What the relay benchmark's coordinator and its load processes say to each other over IPC, and
 * the stamp every edit carries in the title it writes.
 */

/** One simulated participant: who it is and which room (map) it edits. */
export interface ClientSpec {
  /** Unique over the whole round; part of the stamp. */
  sender: number;
  /** Room name: the map id on Waymark, the document name on the reference server. */
  room: string;
  /** Which touchpoint it edits, by rank among the touchpoint ids of the map (mod their count). */
  slot: number;
}

/** Coordinator → load process. Times are `process.hrtime.bigint()` values as decimal strings. */
export type ToLoad =
  | { type: 'connect'; serverUrl: string; clients: ClientSpec[] }
  | { type: 'start'; startAt: string; stopAt: string; measureFrom: string; measureTo: string; editsPerSecond: number }
  /** Last seq each sender sent, so that the load process knows what every receiver still lacks. */
  | { type: 'collect'; lastSeq: Record<number, number>; roomOf: Record<number, string>; timeoutMs: number }
  | { type: 'disconnect' }
  | { type: 'exit' };

/** Load process → coordinator. */
export type FromLoad =
  | { type: 'connected' }
  | { type: 'stopped'; lastSeq: Record<number, number>; maxLagMs: number }
  | { type: 'collected'; latenciesMs: number[]; received: number; missing: number; duplicates: number }
  | { type: 'disconnected' }
  | { type: 'error'; message: string };

/** Written at the end of a touchpoint title; ASCII so that it can be found in raw update bytes. */
export function stampTitle(base: string, sender: number, seq: number, sentAt: bigint): string {
  return `${base} [relay s${sender} #${seq} @${sentAt}]`;
}

/** Every stamp in a message, found in its raw bytes (so that edits merged into one update all count). */
export function* stampsIn(bytes: Uint8Array): Generator<{ sender: number; seq: number; sentAt: bigint }> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  for (const match of text.matchAll(/\[relay s(\d+) #(\d+) @(\d+)\]/g)) {
    yield { sender: Number(match[1]), seq: Number(match[2]), sentAt: BigInt(match[3]!) };
  }
}
