import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

/** Whether the server has every local edit: saved, on its way, or waiting for a connection. */
export type SaveState = 'saved' | 'saving' | 'unsaved';

/**
 * The bookkeeping of acknowledgements, free of sockets: local edits count up a generation; a probe
 * records the generation it covers; each answer acknowledges the oldest probe in flight.
 */
export class SaveLedger {
  private generation = 0;
  private acknowledged = 0;
  private readonly probes: number[] = [];

  /** A local edit was made. */
  edit(): void {
    this.generation++;
  }

  /** Whether a probe would acknowledge something new. */
  get needsProbe(): boolean {
    const covered = this.probes.length > 0 ? this.probes[this.probes.length - 1]! : this.acknowledged;
    return covered < this.generation;
  }

  /** A probe was sent after everything up to now. */
  probeSent(): void {
    this.probes.push(this.generation);
  }

  /** The server answered the oldest probe in flight: what was sent before it is stored. */
  answered(): void {
    const covered = this.probes.shift();
    if (covered !== undefined) this.acknowledged = Math.max(this.acknowledged, covered);
  }

  /** The connection was lost: probes in flight will never be answered. */
  disconnected(): void {
    this.probes.length = 0;
  }

  /** Edits the server does not have for sure. */
  get unacknowledged(): number {
    return this.generation - this.acknowledged;
  }

  state(connected: boolean): SaveState {
    if (this.unacknowledged === 0) return 'saved';
    return connected ? 'saving' : 'unsaved';
  }
}

/**
 * Tracks whether the server has stored this browser's edits. The server handles a socket's frames
 * in order and commits each update before it goes on, so its answer to a sync-step-1 probe, sent
 * after some edits, proves that those edits are stored. The stock provider sends no such probes
 * once synced, so every sync-step-2 that arrives afterwards answers one of ours.
 */
export function trackSaves(doc: Y.Doc, provider: WebsocketProvider, onChange: (state: SaveState, unsaved: number) => void): () => void {
  const ledger = new SaveLedger();
  let socket: WebSocket | null = null;
  let timer: number | undefined;
  const report = () => onChange(ledger.state(provider.wsconnected && provider.synced), ledger.unacknowledged);

  const probe = () => {
    timer = undefined;
    const ws = provider.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN || !provider.synced || !ledger.needsProbe) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeSyncStep1(encoder, doc);
    ws.send(encoding.toUint8Array(encoder));
    ledger.probeSent();
  };
  const scheduleProbe = () => {
    if (timer === undefined) timer = window.setTimeout(probe, 150);
  };
  const onMessage = (event: MessageEvent) => {
    const data = event.data instanceof ArrayBuffer ? new Uint8Array(event.data) : null;
    // [0 = sync, 1 = step 2]: an answer to a step 1.
    if (!data || data[0] !== 0 || data[1] !== 1 || !provider.synced) return;
    ledger.answered();
    report();
    if (ledger.needsProbe) scheduleProbe();
  };
  const attach = () => {
    if (provider.ws === socket) return;
    socket?.removeEventListener('message', onMessage);
    socket = provider.ws;
    ledger.disconnected();
    socket?.addEventListener('message', onMessage);
  };
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === provider) return;
    ledger.edit();
    report();
    scheduleProbe();
  };
  const onStatus = () => {
    attach();
    report();
  };
  const onSync = (synced: boolean) => {
    attach();
    // The step-2 answer that completed the sync came before our listener saw it; probe afresh.
    if (synced && ledger.unacknowledged > 0) scheduleProbe();
    report();
  };

  doc.on('update', onUpdate);
  provider.on('status', onStatus);
  provider.on('sync', onSync);
  report();
  return () => {
    window.clearTimeout(timer);
    socket?.removeEventListener('message', onMessage);
    doc.off('update', onUpdate);
    provider.off('status', onStatus);
    provider.off('sync', onSync);
  };
}
