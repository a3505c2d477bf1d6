import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import automotive from '../templates/automotive.json';
import { docToMapDocument, mapDocumentToDoc } from './convert.js';
import { validateMapDocument, type MapDocument } from './format.js';
import {
  addExpectation,
  addMeasure,
  addPersona,
  addPhase,
  addTouchpoint,
  deleteMeasure,
  deletePersona,
  deletePhase,
  deleteTouchpoint,
  movePhase,
  moveTouchpoint,
  removeExpectation,
  renamePhase,
  setEmotion,
  setMeasureLink,
  setTitle,
  touchpointIdsInPhase,
  updateExpectation,
  updateMeasure,
  updatePersona,
  updateTouchpoint,
} from './mutations.js';

const demo = automotive as MapDocument;
const read = (doc: Y.Doc) => docToMapDocument(doc);
const titlesIn = (doc: Y.Doc, phaseId: string) =>
  read(doc)
    .touchpoints.filter((tp) => tp.phaseId === phaseId)
    .map((tp) => tp.title);

/** Two replicas that exchange every update, as two browsers through the server would. */
function pair(map: MapDocument): [Y.Doc, Y.Doc] {
  const a = mapDocumentToDoc(map);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(b, u, 'remote'));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(a, u, 'remote'));
  return [a, b];
}

describe('phases', () => {
  it('adds, renames and reorders phases', () => {
    const doc = mapDocumentToDoc(demo);
    const id = addPhase(doc, { name: 'Loyalty', index: 1 });
    renamePhase(doc, id, 'Loyalty programme');
    expect(read(doc).phases.map((p) => p.name).slice(0, 3)).toEqual([demo.phases[0]!.name, 'Loyalty programme', demo.phases[1]!.name]);
    movePhase(doc, id, read(doc).phases.length);
    expect(read(doc).phases.at(-1)).toEqual({ id, name: 'Loyalty programme' });
    movePhase(doc, id, 0);
    expect(read(doc).phases[0]!.id).toBe(id);
  });

  it('deleting a phase deletes its touchpoints or moves them, as asked', () => {
    const [first, second, third] = demo.phases;
    const doc = mapDocumentToDoc(demo);
    const moved = touchpointIdsInPhase(doc, first!.id);
    const targetBefore = touchpointIdsInPhase(doc, second!.id);
    deletePhase(doc, first!.id, { touchpoints: 'move', toPhaseId: second!.id });
    expect(read(doc).phases.some((p) => p.id === first!.id)).toBe(false);
    expect(touchpointIdsInPhase(doc, second!.id)).toEqual([...targetBefore, ...moved]);

    const deleted = touchpointIdsInPhase(doc, third!.id);
    const measuresLinked = read(doc).measures.filter((m) => m.touchpointIds.some((id) => deleted.includes(id)));
    deletePhase(doc, third!.id, { touchpoints: 'delete' });
    const after = read(doc);
    expect(after.touchpoints.some((tp) => deleted.includes(tp.id))).toBe(false);
    for (const m of measuresLinked) {
      expect(after.measures.find((x) => x.id === m.id)!.touchpointIds.some((id) => deleted.includes(id))).toBe(false);
    }
    expect(validateMapDocument(after).ok).toBe(true);
  });
});

describe('touchpoints', () => {
  it('adds at an index within its phase and keeps the JSON order grouped', () => {
    const doc = mapDocumentToDoc(demo);
    const phase = demo.phases[1]!;
    const before = titlesIn(doc, phase.id);
    addTouchpoint(doc, { phaseId: phase.id, title: 'First', index: 0 });
    addTouchpoint(doc, { phaseId: phase.id, title: 'Last' });
    addTouchpoint(doc, { phaseId: phase.id, title: 'Second', index: 1 });
    expect(titlesIn(doc, phase.id)).toEqual(['First', 'Second', ...before, 'Last']);
    const phaseOfEach = read(doc).touchpoints.map((tp) => tp.phaseId);
    const order = demo.phases.map((p) => p.id);
    expect(phaseOfEach).toEqual([...phaseOfEach].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  it('adds into an empty phase after the touchpoints of earlier phases', () => {
    const doc = mapDocumentToDoc(demo);
    const empty = addPhase(doc, { name: 'Empty', index: 2 });
    addTouchpoint(doc, { phaseId: empty, title: 'Lonely' });
    const phaseOfEach = read(doc).touchpoints.map((tp) => tp.phaseId);
    const order = read(doc).phases.map((p) => p.id);
    expect(phaseOfEach).toEqual([...phaseOfEach].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  it('moves between phases and reorders within one', () => {
    const doc = mapDocumentToDoc(demo);
    const [from, to] = [demo.phases[0]!.id, demo.phases[3]!.id];
    const [tpId] = touchpointIdsInPhase(doc, from);
    moveTouchpoint(doc, tpId!, { phaseId: to, index: 1 });
    expect(touchpointIdsInPhase(doc, to)[1]).toBe(tpId);
    expect(touchpointIdsInPhase(doc, from)).not.toContain(tpId);
    moveTouchpoint(doc, tpId!, { phaseId: to, index: 0 });
    expect(touchpointIdsInPhase(doc, to)[0]).toBe(tpId);
    const ids = touchpointIdsInPhase(doc, to);
    moveTouchpoint(doc, tpId!, { phaseId: to, index: ids.length });
    expect(touchpointIdsInPhase(doc, to).at(-1)).toBe(tpId);
  });

  it('updates fields, clamps importance and deletes with its measure links', () => {
    const doc = mapDocumentToDoc(demo);
    const measure = demo.measures[0]!;
    const tpId = measure.touchpointIds[0]!;
    updateTouchpoint(doc, tpId, { title: 'New', channel: 'chat', importance: 9, momentOfTruth: true, metricKey: 'k' });
    expect(read(doc).touchpoints.find((t) => t.id === tpId)).toMatchObject({
      title: 'New',
      channel: 'chat',
      importance: 5,
      momentOfTruth: true,
      metricKey: 'k',
    });
    deleteTouchpoint(doc, tpId);
    expect(read(doc).touchpoints.some((t) => t.id === tpId)).toBe(false);
    expect(read(doc).measures.find((m) => m.id === measure.id)!.touchpointIds).not.toContain(tpId);
  });

  it('edits emotions and expectations', () => {
    const doc = mapDocumentToDoc(demo);
    const tp = demo.touchpoints[0]!;
    const persona = demo.personas[0]!.id;
    setEmotion(doc, tp.id, persona, -7);
    expect(read(doc).touchpoints[0]!.emotions[persona]).toBe(-2);
    setEmotion(doc, tp.id, persona, null);
    expect(persona in read(doc).touchpoints[0]!.emotions).toBe(false);
    setEmotion(doc, tp.id, 'no-such-persona', 1);
    expect('no-such-persona' in read(doc).touchpoints[0]!.emotions).toBe(false);

    addExpectation(doc, tp.id, { category: 'product', text: 'Works' });
    const n = read(doc).touchpoints[0]!.expectations.length;
    updateExpectation(doc, tp.id, n - 1, { category: 'other', text: 'Changed' });
    expect(read(doc).touchpoints[0]!.expectations.at(-1)).toEqual({ category: 'other', text: 'Changed' });
    removeExpectation(doc, tp.id, n - 1);
    expect(read(doc).touchpoints[0]!.expectations).toEqual(tp.expectations);
  });

  it('concurrent move and retitle of one card both survive', () => {
    const [a, b] = pair(demo);
    const tp = demo.touchpoints[0]!;
    const to = demo.phases[4]!.id;
    // Simulate true concurrency: apply each side's change before exchanging.
    const bOnly = new Y.Doc();
    Y.applyUpdate(bOnly, Y.encodeStateAsUpdate(b));
    moveTouchpoint(a, tp.id, { phaseId: to, index: 0 });
    updateTouchpoint(bOnly, tp.id, { title: 'Retitled' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(bOnly));
    Y.applyUpdate(bOnly, Y.encodeStateAsUpdate(a));
    expect(read(a)).toEqual(read(bOnly));
    expect(read(a).touchpoints.find((t) => t.id === tp.id)).toMatchObject({ phaseId: to, title: 'Retitled' });
  });
});

describe('personas', () => {
  it('adds with distinct colours, renames, and deletes with their emotions', () => {
    const doc = mapDocumentToDoc(demo);
    const id = addPersona(doc, { name: 'Gen Z' });
    const colors = read(doc).personas.map((p) => p.color);
    expect(new Set(colors).size).toBe(colors.length);
    updatePersona(doc, id, { name: 'Generation Z', color: '#123456' });
    expect(read(doc).personas.at(-1)).toEqual({ id, name: 'Generation Z', color: '#123456' });
    setEmotion(doc, demo.touchpoints[0]!.id, id, 1);
    const victim = demo.personas[0]!.id;
    deletePersona(doc, victim);
    const after = read(doc);
    expect(after.personas.some((p) => p.id === victim)).toBe(false);
    expect(after.touchpoints.every((tp) => !(victim in tp.emotions))).toBe(true);
    expect(after.touchpoints[0]!.emotions[id]).toBe(1);
  });
});

describe('measures', () => {
  it('adds, links, updates and deletes', () => {
    const doc = mapDocumentToDoc(demo);
    const [t1, t2] = demo.touchpoints;
    const id = addMeasure(doc, { title: 'FAQ', touchpointIds: [t1!.id, t1!.id] });
    setMeasureLink(doc, id, t2!.id, true);
    setMeasureLink(doc, id, 'missing', true);
    updateMeasure(doc, id, { status: 'done', title: 'FAQ page' });
    expect(read(doc).measures.at(-1)).toEqual({ id, title: 'FAQ page', status: 'done', touchpointIds: [t1!.id, t2!.id] });
    setMeasureLink(doc, id, t1!.id, false);
    expect(read(doc).measures.at(-1)!.touchpointIds).toEqual([t2!.id]);
    deleteMeasure(doc, id);
    expect(read(doc).measures).toEqual(demo.measures);
  });
});

describe('undo scope', () => {
  it("an UndoManager on my origin undoes my change, never a colleague's", () => {
    const [mine, theirs] = pair(demo);
    const me = Symbol('me');
    const undo = new Y.UndoManager(
      ['meta', 'personas', 'phases', 'touchpoints', 'measures'].map((k) => mine.getMap(k)),
      { trackedOrigins: new Set([me]) },
    );
    const [tp1, tp2] = demo.touchpoints;
    updateTouchpoint(mine, tp1!.id, { title: 'Mine' }, me);
    updateTouchpoint(theirs, tp2!.id, { title: 'Theirs' });
    setTitle(theirs, 'Their title');
    undo.undo();
    const result = read(mine);
    expect(result.touchpoints.find((t) => t.id === tp1!.id)!.title).toBe(tp1!.title);
    expect(result.touchpoints.find((t) => t.id === tp2!.id)!.title).toBe('Theirs');
    expect(result.title).toBe('Their title');
    expect(read(theirs)).toEqual(result);
  });
});
