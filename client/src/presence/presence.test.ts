import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { PERSONA_COLORS } from '../../../shared/src/map/mutations.js';
import { cleanName, initials, loadParticipant, pickColor, PRESENCE_COLORS, saveName, type ParticipantStorage } from './participant.js';
import { maySummon, parsePeer, peersFrom } from './peers.js';
import { PresenceChannel } from './PresenceChannel.js';
import { followViewport } from './viewportMath.js';

function memoryStorage(): ParticipantStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const ana = { id: 'a1', name: 'Ana', color: '#7048e8' };

describe('participant', () => {
  it('keeps one id per browser and remembers the name once given', () => {
    const storage = memoryStorage();
    const first = loadParticipant(storage);
    expect(first.id).toMatch(/^[0-9a-f]{24}$/);
    expect(first.name).toBe('');
    saveName(storage, '  Grace   Hopper ');
    const again = loadParticipant(storage);
    expect(again).toEqual({ ...first, name: 'Grace Hopper' });
    expect(loadParticipant(null).id).not.toBe(first.id);
  });

  it('uses colours no persona uses', () => {
    for (const color of PRESENCE_COLORS) expect(PERSONA_COLORS.map((c) => c.toLowerCase())).not.toContain(color);
  });

  it('gives way on a colour to whoever has the smaller client id', () => {
    const c = PRESENCE_COLORS[0];
    expect(pickColor(c, 5, [{ clientId: 9, color: c }])).toBe(c);
    expect(pickColor(c, 5, [{ clientId: 2, color: c }])).toBe(PRESENCE_COLORS[1]);
    expect(pickColor(c, 5, [{ clientId: 2, color: c }, { clientId: 3, color: PRESENCE_COLORS[1] }])).toBe(PRESENCE_COLORS[2]);
  });

  it('shortens names and makes initials', () => {
    expect(cleanName('x'.repeat(80))).toHaveLength(40);
    expect(initials('Grace Murray Hopper')).toBe('GH');
    expect(initials('ana')).toBe('AN');
    expect(initials('  ')).toBe('?');
  });
});

describe('peers', () => {
  it('reads a participant and drops what is malformed', () => {
    const peer = parsePeer(7, {
      user: { id: 'u', name: 'Bo', color: 'red' },
      role: 'editor',
      cursor: { x: 1, y: Number.NaN },
      selection: ['tp-1', 3, ''],
      viewport: { x: 10, y: 20, zoom: 0.5, width: 800, height: 600 },
      summon: 2,
      presenting: 'yes',
    });
    expect(peer).toMatchObject({
      clientId: 7,
      user: { id: 'u', name: 'Bo' },
      role: 'editor',
      cursor: null,
      selection: ['tp-1'],
      viewport: { x: 10, y: 20, zoom: 0.5, width: 800, height: 600 },
      summon: 2,
      presenting: false,
      phaseIndex: -1,
    });
    expect(peer!.user.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(parsePeer(1, { session: { timer: 3 } })).toBeNull();
    expect(parsePeer(1, { user: { name: 'no id' } })).toBeNull();
    expect(parsePeer(1, null)).toBeNull();
  });

  it('lists everyone else once, without this browser or the server’s own state', () => {
    const states = new Map<number, unknown>([
      [1, { user: ana }],
      [2, { user: { id: 'me', name: 'Me', color: '#000000' } }],
      [3, { user: { id: 'b', name: 'Bo', color: '#c2255c' } }],
      [4, { user: { id: 'b', name: 'Bo', color: '#c2255c' }, presenting: true }],
      [5, { session: { phase: 2 } }],
      [6, { user: { id: 'me', name: 'Me', color: '#000000' } }],
    ]);
    const peers = peersFrom(states, { clientId: 2, userId: 'me' });
    expect(peers.map((p) => [p.user.name, p.clientId])).toEqual([['Ana', 1], ['Bo', 4]]);
  });

  it('trusts only editors and owners to bring everyone along', () => {
    expect(maySummon({ role: 'owner' })).toBe(true);
    expect(maySummon({ role: 'editor' })).toBe(true);
    expect(maySummon({ role: 'viewer' })).toBe(false);
    expect(maySummon({ role: null })).toBe(false);
  });
});

describe('followViewport', () => {
  it('shows the leader’s area centred and fitted on a pane of another size', () => {
    const leader = { x: -100, y: -50, zoom: 1, width: 1000, height: 500 };
    // Same pane: the same viewport.
    expect(followViewport(leader, { width: 1000, height: 500 }, { min: 0.1, max: 2 })).toEqual({ x: -100, y: -50, zoom: 1 });
    // Half as wide: half the zoom, the same centre (600, 300) in the middle.
    const half = followViewport(leader, { width: 500, height: 500 }, { min: 0.1, max: 2 });
    expect(half.zoom).toBeCloseTo(0.5);
    expect((250 - half.x) / half.zoom).toBeCloseTo(600);
    expect((250 - half.y) / half.zoom).toBeCloseTo(300);
    expect(followViewport(leader, { width: 50, height: 50 }, { min: 0.15, max: 2 }).zoom).toBe(0.15);
  });
});

/** Two awareness instances wired to each other as the server would relay them. */
function pair() {
  const a = new Awareness(new Y.Doc());
  const b = new Awareness(new Y.Doc());
  const relay = (from: Awareness, to: Awareness) =>
    from.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
      applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [...added!, ...updated!, ...removed!]), 'remote');
    });
  relay(a, b);
  relay(b, a);
  return { a, b };
}

describe('PresenceChannel', () => {
  afterEach(() => vi.useRealTimers());

  it('shares the user and sees the other participant come and go', () => {
    const { a, b } = pair();
    const one = new PresenceChannel(a, ana);
    const two = new PresenceChannel(b, { id: 'b', name: 'Bo', color: '#c2255c' });
    expect(one.peers().map((p) => p.user.name)).toEqual(['Bo']);
    expect(two.peers().map((p) => p.user.name)).toEqual(['Ana']);
    const seen = vi.fn();
    one.subscribe(seen);
    two.setUser({ name: 'Bob' });
    expect(one.peers()[0]!.user.name).toBe('Bob');
    expect(seen).toHaveBeenCalled();
    b.setLocalState(null);
    expect(one.peers()).toEqual([]);
  });

  it('sends cursor moves at most once per interval, the latest winning', () => {
    vi.useFakeTimers();
    const { a, b } = pair();
    const one = new PresenceChannel(a, ana, undefined, 50);
    const two = new PresenceChannel(b, { id: 'b', name: 'Bo', color: '#c2255c' });
    const sent = vi.fn();
    a.on('update', sent);
    for (let i = 0; i <= 10; i++) one.publishThrottled({ cursor: { x: i, y: i } });
    expect(sent).toHaveBeenCalledTimes(1);
    expect(two.peers()[0]!.cursor).toEqual({ x: 0, y: 0 });
    vi.advanceTimersByTime(50);
    expect(sent).toHaveBeenCalledTimes(2);
    expect(two.peers()[0]!.cursor).toEqual({ x: 10, y: 10 });
    // Something sent at once takes the waiting move along.
    one.publishThrottled({ cursor: { x: 11, y: 11 } });
    one.publish({ selection: ['tp-1'] });
    expect(two.peers()[0]).toMatchObject({ cursor: { x: 11, y: 11 }, selection: ['tp-1'] });
    one.destroy();
  });

  it('sends nothing when nothing changed', () => {
    const { a } = pair();
    const one = new PresenceChannel(a, ana, undefined, 0);
    one.publish({ selection: ['tp-1'] });
    const sent = vi.fn();
    a.on('update', sent);
    one.publish({ selection: ['tp-1'] });
    one.publish({ selection: ['tp-1'], cursor: null });
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('does not rebuild the list for its own cursor moves', () => {
    const { a, b } = pair();
    const one = new PresenceChannel(a, ana, undefined, 0);
    new PresenceChannel(b, { id: 'b', name: 'Bo', color: '#c2255c' });
    const before = one.peers();
    one.publish({ cursor: { x: 1, y: 2 } });
    expect(one.peers()).toBe(before);
  });

  it('moves off a colour someone with a smaller client id already has', () => {
    const { a, b } = pair();
    const [low, high] = a.clientID < b.clientID ? [a, b] : [b, a];
    const first = new PresenceChannel(low, { ...ana, id: 'x' });
    const onColor = vi.fn();
    const second = new PresenceChannel(high, { ...ana, id: 'y' }, onColor);
    expect(first.self.color).toBe(ana.color);
    expect(second.self.color).not.toBe(ana.color);
    expect(onColor).toHaveBeenCalledWith(second.self.color);
    expect(first.peers()[0]!.user.color).toBe(second.self.color);
  });
});
