import type { WebsocketProvider } from 'y-websocket';

/** The longest wait between two connection attempts. */
export const MAX_RECONNECT_DELAY_MS = 5000;
const FIRST_DELAY_MS = 250;

/**
 * How long to wait before connection attempt `attempt` (0 for the first retry): exponential up to
 * five seconds, and a random half of it taken off. Without the randomness every browser in a
 * workshop would hit a restarted server in the same millisecond, again and again.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_RECONNECT_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempt));
  return ceiling * (0.5 + 0.5 * random());
}

/** Close codes 4400–4499 are the server's final word (unknown map, revoked link): no retry. */
export function isTerminalClose(code: number | undefined): boolean {
  return code !== undefined && code >= 4400 && code < 4500;
}

export interface ReconnectOptions {
  /**
   * Called after every `refusalsBeforeCheck` attempts in a row that never opened: a refused
   * upgrade (401, 404, 429) looks the same to a browser as a server that is down.
   */
  onRepeatedRefusal?: () => void;
  refusalsBeforeCheck?: number;
  random?: () => number;
}

/**
 * Takes the reconnection of a y-websocket provider over, adding jitter to its backoff. The
 * provider schedules its own retry right after emitting 'connection-close'; clearing
 * `shouldConnect` in that event turns its retry into a no-op, and ours calls connect() later.
 * Returns a function that stops this (and cancels a pending retry).
 */
export function jitterReconnects(provider: WebsocketProvider, options: ReconnectOptions = {}): () => void {
  const refusalsBeforeCheck = options.refusalsBeforeCheck ?? 3;
  let attempt = 0;
  let refusals = 0;
  let opened = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const onStatus = ({ status }: { status: string }) => {
    if (status === 'connected') {
      opened = true;
      refusals = 0;
    }
  };
  const onSync = (synced: boolean) => {
    if (synced) attempt = 0;
  };
  const onClose = (event: CloseEvent | null) => {
    // A local disconnect() has cleared shouldConnect already; a terminal close is the provider's to end.
    if (!provider.shouldConnect || isTerminalClose(event?.code)) return;
    if (!opened) refusals++;
    opened = false;
    provider.shouldConnect = false;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      provider.connect();
    }, reconnectDelay(attempt++, options.random));
    if (refusals > 0 && refusals % refusalsBeforeCheck === 0) options.onRepeatedRefusal?.();
  };

  provider.on('status', onStatus);
  provider.on('sync', onSync);
  provider.on('connection-close', onClose);
  return () => {
    clearTimeout(timer);
    provider.off('status', onStatus);
    provider.off('sync', onSync);
    provider.off('connection-close', onClose);
  };
}
