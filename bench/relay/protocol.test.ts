import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { stampsIn, stampTitle } from './protocol.js';

describe('relay stamps', () => {
  it('finds every stamp of updates merged into one, even after the title was overwritten', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const touchpoint = doc.getMap<string>('touchpoint');
    touchpoint.set('title', stampTitle('Test drive', 3, 1, 123456789012345n));
    touchpoint.set('title', stampTitle('Test drive', 3, 2, 123456789012399n));
    const stamps = [...stampsIn(Y.mergeUpdates(updates))];
    expect(stamps).toEqual([
      { sender: 3, seq: 1, sentAt: 123456789012345n },
      { sender: 3, seq: 2, sentAt: 123456789012399n },
    ]);
  });

  it('reads stamps from a view into a larger buffer', () => {
    const text = new TextEncoder().encode(`xx${stampTitle('Ü', 1, 7, 42n)}yy`);
    const view = new Uint8Array(text.buffer, 2, text.byteLength - 4);
    expect([...stampsIn(view)]).toEqual([{ sender: 1, seq: 7, sentAt: 42n }]);
  });
});
