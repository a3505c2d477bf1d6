import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { readSessionView, type SessionView } from './useFacilitationSession.js';

const NONE: SessionView = { session: null, clockOffset: 0, participants: 0, names: new Map(), clientId: null };

describe('readSessionView', () => {
  it('keeps the same view while only the pointer and viewport move (no page render per frame)', () => {
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState({ user: { name: 'Ada' } });
    const first = readSessionView(awareness, NONE);
    expect(first).toMatchObject({ participants: 1, clientId: awareness.clientID });
    awareness.setLocalStateField('cursor', { x: 10, y: 20 });
    awareness.setLocalStateField('viewport', { x: 1, y: 2, zoom: 0.6, width: 1600, height: 1000 });
    expect(readSessionView(awareness, first)).toBe(first);
    awareness.destroy();
  });

  it('gives a new view when a name changes', () => {
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState({ user: { name: 'Ada' } });
    const first = readSessionView(awareness, NONE);
    awareness.setLocalStateField('user', { name: 'Grace' });
    const next = readSessionView(awareness, first);
    expect(next).not.toBe(first);
    expect(next.names.get(awareness.clientID)).toBe('Grace');
    awareness.destroy();
  });
});
