import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import automotive from '../templates/automotive.json';
import { applyMapDocument, docToMapDocument, mapDocumentToDoc } from './convert.js';
import { validateMapDocument, type MapDocument } from './format.js';
import { mapDocumentArb } from './testArbitraries.js';
import { touchpointsOf } from './schema.js';

const demo = automotive as MapDocument;

describe('JSON ⇄ Y.Doc', () => {
  it('round-trips the demo map exactly', () => {
    expect(docToMapDocument(mapDocumentToDoc(demo))).toEqual(demo);
  });

  it('JSON → Y.Doc → JSON is the identity (property)', () => {
    fc.assert(
      fc.property(mapDocumentArb, (map) => {
        expect(validateMapDocument(map).ok).toBe(true);
        expect(docToMapDocument(mapDocumentToDoc(map))).toEqual(map);
      }),
      { numRuns: 300 },
    );
  });

  it('survives the binary update encoding (what the server stores)', () => {
    fc.assert(
      fc.property(mapDocumentArb, (map) => {
        const copy = new Y.Doc();
        Y.applyUpdate(copy, Y.encodeStateAsUpdate(mapDocumentToDoc(map)));
        expect(docToMapDocument(copy)).toEqual(map);
      }),
      { numRuns: 100 },
    );
  });

  it('applying B over A yields exactly B (replace by reconciliation)', () => {
    fc.assert(
      fc.property(mapDocumentArb, mapDocumentArb, (a, b) => {
        const doc = mapDocumentToDoc(a);
        applyMapDocument(doc, b);
        expect(docToMapDocument(doc)).toEqual(b);
      }),
      { numRuns: 200 },
    );
  });

  it('applies a replacement as one transaction and writes nothing when unchanged', () => {
    const doc = mapDocumentToDoc(demo);
    let updates = 0;
    doc.on('update', () => updates++);
    applyMapDocument(doc, demo);
    expect(updates).toBe(0);
    const changed = structuredClone(demo);
    changed.title = 'Changed';
    changed.touchpoints[0]!.title = 'Changed too';
    changed.touchpoints.pop();
    applyMapDocument(doc, changed);
    expect(updates).toBe(1);
  });

  it('reads whatever a client wrote as a valid document', () => {
    const doc = mapDocumentToDoc(demo);
    doc.transact(() => {
      const tps = touchpointsOf(doc);
      const first = tps.get(demo.touchpoints[0]!.id)!;
      first.set('importance', 99);
      first.set('channel', 'pigeon');
      first.set('phaseId', 'deleted-phase');
      first.set('title', 42);
      (first.get('emotions') as Y.Map<unknown>).set('ghost', 1);
      (first.get('emotions') as Y.Map<unknown>).set(demo.personas[0]!.id, 'very happy');
      tps.set('', new Y.Map());
      doc.getMap('phases').set('junk', 'not a map' as never);
    });
    const read = docToMapDocument(doc);
    expect(validateMapDocument(read).ok).toBe(true);
    const first = read.touchpoints.find((tp) => tp.id === demo.touchpoints[0]!.id)!;
    expect(first).toMatchObject({ importance: 5, channel: 'other', phaseId: demo.phases[0]!.id, title: '' });
    expect(first.emotions).toEqual({ [demo.personas[1]!.id]: demo.touchpoints[0]!.emotions[demo.personas[1]!.id] });
  });
});
