import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import automotive from '../templates/automotive.json';
import { applyMapDocument, docToMapDocument, mapDocumentToDoc } from './convert.js';
import { validateMapDocument, type MapDocument, type Sticky } from './format.js';
import { deleteLane, effectiveLanes, setLaneHidden } from './laneMutations.js';
import { STICKY_COLORS, addSticky, convertSticky, deleteSticky, moveSticky, updateSticky } from './stickyMutations.js';
import { stickiesOf, touchpointsOf } from './schema.js';
import { mapDocumentArb } from './testArbitraries.js';

const demo = automotive as MapDocument;
const phaseId = demo.phases[1]!.id;

/** Two replicas that exchange every update at once, like two browsers on one map. */
function pair(map: MapDocument): [Y.Doc, Y.Doc] {
  const a = mapDocumentToDoc(map);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b];
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

const stickyArb: fc.Arbitrary<Omit<Sticky, 'id'>> = fc.record(
  {
    text: fc.string({ maxLength: 40 }),
    color: fc.constantFrom(...STICKY_COLORS),
    x: fc.integer({ min: -5000, max: 5000 }),
    y: fc.double({ min: -5000, max: 5000, noNaN: true }).map((v) => v + 0),
    author: fc.string({ maxLength: 20 }),
  },
  { requiredKeys: ['text', 'color', 'x', 'y'] },
);

describe('sticky notes in the JSON format', () => {
  it('JSON → Y.Doc → JSON keeps them, in order (property)', () => {
    const withStickies = mapDocumentArb.chain((map) =>
      fc.uniqueArray(fc.tuple(fc.uuid(), stickyArb), { minLength: 1, maxLength: 5, selector: ([id]) => id }).map(
        (items): MapDocument => ({ ...map, stickies: items.map(([id, sticky]) => ({ id, ...sticky })) }),
      ),
    );
    fc.assert(
      fc.property(withStickies, (map) => {
        expect(validateMapDocument(map).ok).toBe(true);
        expect(docToMapDocument(mapDocumentToDoc(map))).toEqual(map);
      }),
      { numRuns: 100 },
    );
  });

  it('rejects bad notes with a path', () => {
    const bad = { ...demo, stickies: [{ id: 's', text: 'x', color: 'yellow', x: 1, y: Number.MAX_VALUE }] };
    const result = validateMapDocument(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(['stickies[0].color', 'stickies[0].y']);
    const twice = { ...demo, stickies: [0, 1].map(() => ({ id: 's', text: '', color: '#ffffff', x: 0, y: 0 })) };
    expect(validateMapDocument(twice)).toMatchObject({ ok: false, problems: [{ path: 'stickies[1].id' }] });
  });

  it('reads whatever a client wrote as valid notes', () => {
    const doc = mapDocumentToDoc(demo);
    const id = addSticky(doc, { x: 10, y: 20, text: 'Idea' });
    doc.transact(() => {
      const entity = stickiesOf(doc).get(id)!;
      entity.set('color', 'red');
      entity.set('x', Number.NaN);
      entity.set('y', 1e12);
    });
    const read = docToMapDocument(doc);
    expect(validateMapDocument(read).ok).toBe(true);
    expect(read.stickies).toEqual([{ id, text: 'Idea', color: STICKY_COLORS[0], x: 0, y: 1_000_000 }]);
  });

  it('a replacement without notes removes them', () => {
    const doc = mapDocumentToDoc(demo);
    addSticky(doc, { x: 0, y: 0 });
    applyMapDocument(doc, demo);
    expect(docToMapDocument(doc).stickies).toBeUndefined();
  });
});

describe('sticky-note mutations', () => {
  it('add, move, edit and delete', () => {
    const doc = mapDocumentToDoc(demo);
    const id = addSticky(doc, { x: 12.4, y: -7, text: 'Queue too long', author: 'Ana' });
    const second = addSticky(doc, { x: 0, y: 0, color: STICKY_COLORS[2] });
    moveSticky(doc, id, { x: 300, y: 400 });
    updateSticky(doc, id, { text: 'Queue far too long', color: STICKY_COLORS[3] });
    expect(docToMapDocument(doc).stickies).toEqual([
      { id, text: 'Queue far too long', color: STICKY_COLORS[3], x: 300, y: 400, author: 'Ana' },
      { id: second, text: '', color: STICKY_COLORS[2], x: 0, y: 0 },
    ]);
    deleteSticky(doc, id);
    moveSticky(doc, id, { x: 1, y: 1 });
    expect(docToMapDocument(doc).stickies?.map((s) => s.id)).toEqual([second]);
  });

  it('a move and a text edit at once both survive', () => {
    const [a, b] = pair(demo);
    const id = addSticky(a, { x: 0, y: 0, text: 'old' });
    exchange(a, b);
    moveSticky(a, id, { x: 50, y: 60 });
    updateSticky(b, id, { text: 'new' });
    exchange(a, b);
    expect(docToMapDocument(a)).toEqual(docToMapDocument(b));
    expect(docToMapDocument(a).stickies).toMatchObject([{ id, text: 'new', x: 50, y: 60 }]);
  });

  it('converts into a touchpoint in the chosen phase, in one undoable step', () => {
    const doc = mapDocumentToDoc(demo);
    const id = addSticky(doc, { x: 0, y: 0, text: '  Test drive booking  ' }, 'me');
    const undo = new Y.UndoManager([stickiesOf(doc), touchpointsOf(doc)], { trackedOrigins: new Set(['me']) });
    const tpId = convertSticky(doc, id, { kind: 'touchpoint', phaseId }, 'me');
    const read = docToMapDocument(doc);
    expect(read.stickies).toBeUndefined();
    expect(read.touchpoints.find((tp) => tp.id === tpId)).toMatchObject({ phaseId, title: 'Test drive booking' });
    undo.undo();
    const back = docToMapDocument(doc);
    expect(back.stickies?.map((s) => s.id)).toEqual([id]);
    expect(back.touchpoints).toEqual(demo.touchpoints);
  });

  it('converts into a pain point, showing or creating the pain-point lane', () => {
    const doc = mapDocumentToDoc(demo);
    const painLane = effectiveLanes(docToMapDocument(doc)).find((l) => l.kind === 'pain-points')!;
    setLaneHidden(doc, painLane.id, true);
    const cardId = convertSticky(doc, addSticky(doc, { x: 0, y: 0, text: 'Waiting' }), { kind: 'pain-point', phaseId });
    let read = docToMapDocument(doc);
    expect(read.cards?.find((c) => c.id === cardId)).toMatchObject({ laneId: painLane.id, phaseId, text: 'Waiting' });
    expect(read.lanes?.find((l) => l.id === painLane.id)?.hidden).toBe(false);

    deleteLane(doc, painLane.id);
    const again = convertSticky(doc, addSticky(doc, { x: 0, y: 0, text: 'Again' }), { kind: 'pain-point', phaseId });
    read = docToMapDocument(doc);
    const lane = read.lanes!.find((l) => l.kind === 'pain-points')!;
    expect(read.cards?.find((c) => c.id === again)).toMatchObject({ laneId: lane.id, text: 'Again' });
  });

  it('converts into a measure; nothing happens for a deleted phase or note', () => {
    const doc = mapDocumentToDoc(demo);
    const id = addSticky(doc, { x: 0, y: 0, text: 'Call back within a day' });
    expect(convertSticky(doc, id, { kind: 'touchpoint', phaseId: 'gone' })).toBeUndefined();
    expect(docToMapDocument(doc).stickies).toHaveLength(1);
    const measureId = convertSticky(doc, id, { kind: 'measure' });
    const read = docToMapDocument(doc);
    expect(read.measures.find((m) => m.id === measureId)).toMatchObject({ title: 'Call back within a day', touchpointIds: [] });
    expect(convertSticky(doc, id, { kind: 'measure' })).toBeUndefined();
  });

  it('a conversion and a concurrent edit of the note converge', () => {
    const [a, b] = pair(demo);
    const id = addSticky(a, { x: 0, y: 0, text: 'x' });
    exchange(a, b);
    convertSticky(a, id, { kind: 'touchpoint', phaseId });
    moveSticky(b, id, { x: 9, y: 9 });
    exchange(a, b);
    expect(docToMapDocument(a)).toEqual(docToMapDocument(b));
    expect(docToMapDocument(a).stickies).toBeUndefined();
  });
});
