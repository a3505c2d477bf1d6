import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import automotive from '../templates/automotive.json';
import { docToMapDocument, mapDocumentToDoc } from './convert.js';
import { validateMapDocument, type MapDocument } from './format.js';
import {
  DEFAULT_LANES,
  addCard,
  addLane,
  cardIdsInCell,
  deleteCard,
  deleteLane,
  duplicateCards,
  effectiveLanes,
  moveCard,
  moveLane,
  renameLane,
  setLaneHidden,
  updateCard,
} from './laneMutations.js';
import { deletePhase, duplicateTouchpoints, setPhaseWidth, touchpointIdsInPhase, updateMeasure } from './mutations.js';

const demo = automotive as MapDocument;
const read = (doc: Y.Doc) => docToMapDocument(doc);

describe('lanes', () => {
  it('a map without lanes shows the defaults and writes nothing until a lane is changed', () => {
    const doc = mapDocumentToDoc(demo);
    expect(read(doc).lanes).toBeUndefined();
    expect(effectiveLanes(read(doc))).toEqual(DEFAULT_LANES);
    setLaneHidden(doc, 'lane-thoughts', false);
    const lanes = read(doc).lanes!;
    expect(lanes.map((l) => l.kind)).toEqual(DEFAULT_LANES.map((l) => l.kind));
    expect(lanes.find((l) => l.kind === 'thoughts')!.hidden).toBe(false);
    expect(validateMapDocument(read(doc)).ok).toBe(true);
  });

  it('two people changing default lanes at once do not duplicate them', () => {
    const a = mapDocumentToDoc(demo);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    setLaneHidden(a, 'lane-backstage', false);
    renameLane(b, 'lane-actions', 'Customer steps');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(read(a)).toEqual(read(b));
    expect(read(a).lanes).toHaveLength(DEFAULT_LANES.length);
    expect(read(a).lanes!.find((l) => l.id === 'lane-actions')!.title).toBe('Customer steps');
  });

  it('reorders, renames back to default, adds and deletes lanes', () => {
    const doc = mapDocumentToDoc(demo);
    moveLane(doc, 'lane-emotions', 0);
    expect(read(doc).lanes![0]!.kind).toBe('emotions');
    renameLane(doc, 'lane-emotions', 'Feelings');
    renameLane(doc, 'lane-emotions', '');
    expect(read(doc).lanes![0]!.title).toBeUndefined();
    // A second card lane of a kind is allowed; a second emotion lane is not: it re-shows the first.
    const extra = addLane(doc, 'department')!;
    expect(extra).not.toBe('lane-department');
    setLaneHidden(doc, 'lane-emotions', true);
    expect(addLane(doc, 'emotions')).toBe('lane-emotions');
    expect(read(doc).lanes!.find((l) => l.id === 'lane-emotions')!.hidden).toBe(false);
    const card = addCard(doc, { laneId: extra, phaseId: demo.phases[0]!.id, text: 'Sales team' })!;
    deleteLane(doc, extra);
    expect(read(doc).lanes!.some((l) => l.id === extra)).toBe(false);
    expect((read(doc).cards ?? []).some((c) => c.id === card)).toBe(false);
  });
});

describe('cards', () => {
  it('adds, edits, moves between cells, duplicates and deletes', () => {
    const doc = mapDocumentToDoc(demo);
    const [p1, p2] = demo.phases;
    const pain = addCard(doc, { laneId: 'lane-pain-points', phaseId: p1!.id, text: 'Hidden prices' })!;
    const pain2 = addCard(doc, { laneId: 'lane-pain-points', phaseId: p1!.id, text: 'Slow site', index: 0 })!;
    expect(cardIdsInCell(doc, 'lane-pain-points', p1!.id)).toEqual([pain2, pain]);
    updateCard(doc, pain, { text: 'Prices hidden', color: '#ffcc00' });
    moveCard(doc, pain, { laneId: 'lane-opportunities', phaseId: p2!.id });
    expect(read(doc).cards!.find((c) => c.id === pain)).toEqual({
      id: pain,
      laneId: 'lane-opportunities',
      phaseId: p2!.id,
      text: 'Prices hidden',
      color: '#ffcc00',
    });
    const [copy] = duplicateCards(doc, [pain]);
    expect(cardIdsInCell(doc, 'lane-opportunities', p2!.id)).toEqual([pain, copy]);
    deleteCard(doc, pain2);
    expect(read(doc).cards!.map((c) => c.id).sort()).toEqual([pain, copy].sort());
    expect(validateMapDocument(read(doc)).ok).toBe(true);
  });

  it('refuses cards in lanes that hold none', () => {
    const doc = mapDocumentToDoc(demo);
    expect(addCard(doc, { laneId: 'lane-emotions', phaseId: demo.phases[0]!.id, text: 'x' })).toBeUndefined();
    const card = addCard(doc, { laneId: 'lane-actions', phaseId: demo.phases[0]!.id, text: 'x' })!;
    moveCard(doc, card, { laneId: 'lane-touchpoints', phaseId: demo.phases[0]!.id });
    expect(read(doc).cards![0]!.laneId).toBe('lane-actions');
  });

  it('go with their phase when it is deleted, or move with its touchpoints', () => {
    const doc = mapDocumentToDoc(demo);
    const [p1, p2, p3] = demo.phases;
    const moved = addCard(doc, { laneId: 'lane-actions', phaseId: p1!.id, text: 'moves' })!;
    const gone = addCard(doc, { laneId: 'lane-actions', phaseId: p3!.id, text: 'goes' })!;
    deletePhase(doc, p1!.id, { touchpoints: 'move', toPhaseId: p2!.id });
    deletePhase(doc, p3!.id, { touchpoints: 'delete' });
    const cards = read(doc).cards!;
    expect(cards.find((c) => c.id === moved)!.phaseId).toBe(p2!.id);
    expect(cards.some((c) => c.id === gone)).toBe(false);
  });
});

describe('more fields', () => {
  it('duplicates touchpoints with every field, below the original', () => {
    const doc = mapDocumentToDoc(demo);
    const original = demo.touchpoints[1]!;
    const [copy] = duplicateTouchpoints(doc, [original.id]);
    const ids = touchpointIdsInPhase(doc, original.phaseId);
    expect(ids[ids.indexOf(original.id) + 1]).toBe(copy);
    const { id: _id, ...rest } = read(doc).touchpoints.find((t) => t.id === copy)!;
    const { id: _orig, ...expected } = original;
    expect(rest).toEqual(expected);
  });

  it('sets phase widths and measure owner and due date', () => {
    const doc = mapDocumentToDoc(demo);
    const phase = demo.phases[0]!.id;
    setPhaseWidth(doc, phase, 5000);
    expect(read(doc).phases[0]!.width).toBe(1200);
    setPhaseWidth(doc, phase, null);
    expect(read(doc).phases[0]!.width).toBeUndefined();
    const measure = demo.measures[0]!.id;
    updateMeasure(doc, measure, { owner: 'Service lead', dueDate: '2027-03-31' });
    expect(read(doc).measures[0]).toMatchObject({ owner: 'Service lead', dueDate: '2027-03-31' });
    updateMeasure(doc, measure, { owner: null, dueDate: null });
    expect(read(doc).measures[0]!.owner).toBeUndefined();
    expect(validateMapDocument(read(doc)).ok).toBe(true);
  });
});
