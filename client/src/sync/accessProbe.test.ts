import { afterEach, describe, expect, it, vi } from 'vitest';
import { accessProbe } from './accessProbe.js';

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('accessProbe', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reports a refused token with the server’s reason, sending the token', async () => {
    const fetch = vi.fn(async () => answer(401, { error: 'this share link was revoked', reason: 'revoked' }));
    vi.stubGlobal('fetch', fetch);
    const onLost = vi.fn();
    expect(await accessProbe('share-token', onLost).check()).toBe(false);
    expect(onLost).toHaveBeenCalledWith('revoked');
    const init = (fetch.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(new Headers(init.headers).get('Authorization')).toBe('Bearer share-token');
  });

  it('keeps quiet while the token works or the server is away, and after the session ended', async () => {
    const onLost = vi.fn();
    vi.stubGlobal('fetch', vi.fn(async () => answer(200, { auth: true, role: 'viewer', mapId: 'm1', shareId: 's1', label: null, expiresAt: null })));
    expect(await accessProbe('t', onLost).check()).toBe(true);
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    expect(await accessProbe('t', onLost).check()).toBeNull();
    vi.stubGlobal('fetch', vi.fn(async () => answer(401, { error: 'expired', reason: 'expired' })));
    const probe = accessProbe('t', onLost);
    probe.stop();
    expect(await probe.check()).toBe(false);
    expect(onLost).not.toHaveBeenCalled();
  });

  it('asks one question at a time', async () => {
    let release: (response: Response) => void = () => undefined;
    const fetch = vi.fn(() => new Promise<Response>((resolve) => (release = resolve)));
    vi.stubGlobal('fetch', fetch);
    const probe = accessProbe('t', () => undefined);
    const first = probe.check();
    const second = probe.check();
    expect(fetch).toHaveBeenCalledTimes(1);
    release(answer(401, { reason: 'unknown' }));
    expect(await first).toBe(false);
    expect(await second).toBe(false);
  });
});
