import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { MAX_RECONNECT_DELAY_MS, isTerminalClose, jitterReconnects, reconnectDelay } from './reconnect.js';

describe('reconnectDelay', () => {
  it('doubles from a quarter second up to five seconds', () => {
    const ceiling = (attempt: number) => reconnectDelay(attempt, () => 1);
    expect([0, 1, 2, 3, 4, 5, 6, 20].map(ceiling)).toEqual([250, 500, 1000, 2000, 4000, 5000, 5000, 5000]);
  });

  it('takes a random part of up to half off', () => {
    expect(reconnectDelay(2, () => 0)).toBe(500);
    expect(reconnectDelay(2, () => 0.5)).toBe(750);
    for (let attempt = 0; attempt < 12; attempt++) {
      const delay = reconnectDelay(attempt);
      const ceiling = Math.min(MAX_RECONNECT_DELAY_MS, 250 * 2 ** attempt);
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
    }
  });

  it('spreads the retries of many browsers', () => {
    const delays = new Set(Array.from({ length: 50 }, () => Math.round(reconnectDelay(3))));
    expect(delays.size).toBeGreaterThan(25);
  });
});

describe('isTerminalClose', () => {
  it('is the 44xx range only', () => {
    expect([4400, 4401, 4404, 4410, 4499].every(isTerminalClose)).toBe(true);
    expect([undefined, 1000, 1006, 1008, 4399, 4500].some(isTerminalClose)).toBe(false);
  });
});

/** A WebSocket that opens or fails only when the test says so. */
class FakeSocket {
  static all: FakeSocket[] = [];
  static readonly OPEN = 1;
  readonly OPEN = 1;
  readyState = 0;
  binaryType = 'blob';
  onopen: (() => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onmessage: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  fail(code = 1006) {
    this.readyState = 3;
    this.onclose?.({ code, reason: '' });
  }
  send() {}
  close() {
    this.readyState = 3;
  }
}

function connectedProvider() {
  const provider = new WebsocketProvider('ws://test/sync', 'map-1', new Y.Doc(), {
    connect: false,
    disableBc: true,
    params: { token: 'secret' },
    WebSocketPolyfill: FakeSocket as unknown as typeof WebSocket,
  });
  provider.connect();
  return provider;
}

describe('jitterReconnects', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.all = [];
  });
  afterEach(() => vi.useRealTimers());

  it('retries once per close, after the jittered delay instead of the provider’s own', () => {
    const provider = connectedProvider();
    const stop = jitterReconnects(provider, { random: () => 1 });
    expect(FakeSocket.all).toHaveLength(1);
    expect(FakeSocket.all[0]!.url).toBe('ws://test/sync/map-1?token=secret');
    FakeSocket.all[0]!.fail();
    // The provider's own retry (200 ms) does nothing.
    vi.advanceTimersByTime(249);
    expect(FakeSocket.all).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.all).toHaveLength(2);
    FakeSocket.all[1]!.fail();
    vi.advanceTimersByTime(499);
    expect(FakeSocket.all).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.all).toHaveLength(3);
    stop();
    provider.destroy();
  });

  it('starts over from the shortest delay once a connection synced', () => {
    const provider = connectedProvider();
    const stop = jitterReconnects(provider, { random: () => 1 });
    for (let i = 0; i < 4; i++) {
      FakeSocket.all.at(-1)!.fail();
      vi.advanceTimersByTime(MAX_RECONNECT_DELAY_MS);
    }
    FakeSocket.all.at(-1)!.open();
    provider.synced = true;
    const before = FakeSocket.all.length;
    FakeSocket.all.at(-1)!.fail();
    vi.advanceTimersByTime(250);
    expect(FakeSocket.all).toHaveLength(before + 1);
    stop();
    provider.destroy();
  });

  it('leaves a terminal close alone and stops with the provider', () => {
    const provider = connectedProvider();
    const stop = jitterReconnects(provider);
    FakeSocket.all[0]!.fail(4401);
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.all).toHaveLength(1);
    provider.connect();
    FakeSocket.all[1]!.fail();
    stop();
    provider.disconnect();
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.all).toHaveLength(2);
    provider.destroy();
  });

  it('asks about access after every third refused attempt in a row', () => {
    const provider = connectedProvider();
    const onRepeatedRefusal = vi.fn();
    const stop = jitterReconnects(provider, { onRepeatedRefusal });
    for (let i = 0; i < 2; i++) {
      FakeSocket.all.at(-1)!.fail();
      vi.advanceTimersByTime(MAX_RECONNECT_DELAY_MS);
    }
    // An attempt that opened breaks the series.
    FakeSocket.all.at(-1)!.open();
    FakeSocket.all.at(-1)!.fail();
    vi.advanceTimersByTime(MAX_RECONNECT_DELAY_MS);
    expect(onRepeatedRefusal).not.toHaveBeenCalled();
    for (let i = 0; i < 3; i++) {
      FakeSocket.all.at(-1)!.fail();
      vi.advanceTimersByTime(MAX_RECONNECT_DELAY_MS);
    }
    expect(onRepeatedRefusal).toHaveBeenCalledTimes(1);
    stop();
    provider.destroy();
  });
});
