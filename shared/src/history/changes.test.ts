import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import automotive from '../templates/automotive.json';
import { applyMapDocument, docToMapDocument, mapDocumentToDoc } from '../map/convert.js';
import type { MapDocument } from '../map/format.js';
import { addLane, addCard, deleteLane, moveLane, renameLane, setLaneHidden, updateCard } from '../map/laneMutations.js';
import {
  addPersona,
  addTouchpoint,
  bumpMeasurementsRevision,
  deleteTouchpoint,
  renamePhase,
  setEmotion,
  setInsightSettings,
  setTitle,
  updateMeasure,
  updateTouchpoint,
  addExpectation,
  addMeasure,
  setMeasureLink,
} from '../map/mutations.js';
import { entityLabel, mergeChanges, transactionChanges, type DocChanges } from './changes.js';
import { restoreVersion, restoredVersionName } from './restore.js';

const demo = automotive as MapDocument;

/** What each transaction on `doc` changed, in order, while `run` runs. */
function record(doc: Y.Doc, run: () => void): DocChanges[] {
  const seen: DocChanges[] = [];
  const listener = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, tr: Y.Transaction) => seen.push(transactionChanges(tr));
  doc.on('update', listener);
  run();
  doc.off('update', listener);
  return seen;
}

/** One transaction's changes as plain sorted arrays, for toEqual. */
function plain(changes: DocChanges): Record<string, { added: string[]; changed: string[]; removed: string[] }> {
  return Object.fromEntries(
    [...changes].map(([subject, entry]) => [
      subject,
      { added: [...entry.added].sort(), changed: [...entry.changed].sort(), removed: [...entry.removed].sort() },
    ]),
  );
}

function only(doc: Y.Doc, run: () => void) {
  const seen = record(doc, run);
  expect(seen).toHaveLength(1);
  return plain(seen[0]!);
}

describe('transactionChanges', () => {
  it('tells an added, a changed and a removed touchpoint apart', () => {
    const doc = mapDocumentToDoc(demo);
    let id = '';
    expect(only(doc, () => (id = addTouchpoint(doc, { phaseId: 'ph-inform', title: 'Radio ad' })))).toEqual({
      touchpoints: { added: [id], changed: [], removed: [] },
    });
    expect(only(doc, () => updateTouchpoint(doc, 'tp-homepage', { title: 'Website' }))).toEqual({
      touchpoints: { added: [], changed: ['tp-homepage'], removed: [] },
    });
    expect(only(doc, () => deleteTouchpoint(doc, 'tp-reviews'))).toMatchObject({
      touchpoints: { added: [], changed: [], removed: ['tp-reviews'] },
    });
  });

  it('attributes nested edits (emotions, expectations, measure links) to their entity', () => {
    const doc = mapDocumentToDoc(demo);
    expect(only(doc, () => setEmotion(doc, 'tp-configurator', 'pe-anna', -2))).toEqual({
      touchpoints: { added: [], changed: ['tp-configurator'], removed: [] },
    });
    expect(only(doc, () => addExpectation(doc, 'tp-homepage', { category: 'product', text: 'Prices' }))).toEqual({
      touchpoints: { added: [], changed: ['tp-homepage'], removed: [] },
    });
    let measureId = '';
    expect(only(doc, () => (measureId = addMeasure(doc, { title: 'Clear prices' })))).toEqual({
      measures: { added: [measureId], changed: [], removed: [] },
    });
    expect(only(doc, () => setMeasureLink(doc, measureId, 'tp-homepage', true))).toEqual({
      measures: { added: [], changed: [measureId], removed: [] },
    });
    expect(only(doc, () => updateMeasure(doc, measureId, { status: 'done' }))).toEqual({
      measures: { added: [], changed: [measureId], removed: [] },
    });
  });

  it('names the title, the settings and a measurement import', () => {
    const doc = mapDocumentToDoc(demo);
    expect(only(doc, () => setTitle(doc, 'Cars'))).toEqual({ title: { added: [], changed: ['title'], removed: [] } });
    expect(only(doc, () => setInsightSettings(doc, { csiTarget: 80 }))).toEqual({
      settings: { added: [], changed: ['csiTarget'], removed: [] },
    });
    expect(only(doc, () => bumpMeasurementsRevision(doc))).toEqual({
      measurements: { added: [], changed: ['measurementsRevision'], removed: [] },
    });
  });

  it('counts phases, personas, cards and lanes', () => {
    const doc = mapDocumentToDoc(demo);
    expect(only(doc, () => renamePhase(doc, 'ph-book', 'Booking'))).toEqual({ phases: { added: [], changed: ['ph-book'], removed: [] } });
    let personaId = '';
    expect(only(doc, () => (personaId = addPersona(doc, { name: 'Kim' })))).toEqual({ personas: { added: [personaId], changed: [], removed: [] } });
    let cardId: string | undefined;
    expect(only(doc, () => (cardId = addCard(doc, { laneId: 'lane-pain-points', phaseId: 'ph-book', text: 'No slots' })))).toMatchObject({
      cards: { added: [cardId], changed: [], removed: [] },
    });
    expect(only(doc, () => updateCard(doc, cardId!, { text: 'No free slots' }))).toEqual({ cards: { added: [], changed: [cardId], removed: [] } });
    let laneId: string | undefined;
    expect(only(doc, () => (laneId = addLane(doc, 'opportunities')))).toEqual({ lanes: { added: [laneId], changed: [], removed: [] } });
    expect(only(doc, () => renameLane(doc, laneId!, 'Ideas'))).toEqual({ lanes: { added: [], changed: [laneId], removed: [] } });
    expect(only(doc, () => deleteLane(doc, laneId!))).toEqual({ lanes: { added: [], changed: [], removed: [laneId] } });
  });

  it('does not count the default lanes as added when the first lane edit writes them out', () => {
    const doc = mapDocumentToDoc(demo);
    expect(only(doc, () => setLaneHidden(doc, 'lane-backstage', false))).toEqual({
      lanes: { added: [], changed: ['lane-backstage'], removed: [] },
    });
    const other = mapDocumentToDoc(demo);
    expect(only(other, () => moveLane(other, 'lane-actions', 2))).toEqual({
      lanes: { added: [], changed: ['lane-actions'], removed: [] },
    });
  });

  it('sees a whole restore as one change of many entities', () => {
    const doc = mapDocumentToDoc(demo);
    const target = structuredClone(demo);
    target.touchpoints = target.touchpoints.slice(2);
    target.touchpoints[0]!.title = 'Reviews';
    target.phases[0]!.name = 'Research';
    const changes = only(doc, () => applyMapDocument(doc, target));
    expect(changes.touchpoints).toEqual({ added: [], changed: [target.touchpoints[0]!.id], removed: ['tp-configurator', 'tp-homepage'] });
    expect(changes.phases).toEqual({ added: [], changed: ['ph-inform'], removed: [] });
  });

  it('names the version a restore brought back, beside what it changed', () => {
    const doc = mapDocumentToDoc(demo);
    const target = structuredClone(demo);
    target.title = 'Cars, as they were';
    const changes = only(doc, () => restoreVersion(doc, target, { id: 'ver-1', name: 'Workshop 1' }));
    expect(changes.restore).toEqual({ added: [], changed: ['restoredVersion'], removed: [] });
    expect(changes.title).toEqual({ added: [], changed: ['title'], removed: [] });
    expect(entityLabel(doc, 'restore', 'restoredVersion')).toBe('Workshop 1');
    expect(restoredVersionName(mapDocumentToDoc(demo))).toBe('');
    // The note is no part of the map.
    expect(docToMapDocument(doc)).toEqual(target);
  });

  it('keeps classifying when a root that came in an update is first asked for as a map', () => {
    // The server's room: loaded from stored updates, nobody has called getMap on the roots yet.
    const room = new Y.Doc();
    Y.applyUpdate(room, Y.encodeStateAsUpdate(mapDocumentToDoc(demo)));
    const editor = new Y.Doc();
    Y.applyUpdate(editor, Y.encodeStateAsUpdate(room));
    const send = (run: () => void) => {
      const updates: Uint8Array[] = [];
      const listener = (update: Uint8Array) => updates.push(update);
      editor.on('update', listener);
      run();
      editor.off('update', listener);
      return updates;
    };
    const first = send(() => updateTouchpoint(editor, 'tp-homepage', { title: 'One' }));
    expect(only(room, () => first.forEach((u) => Y.applyUpdate(room, u)))).toEqual({ touchpoints: { added: [], changed: ['tp-homepage'], removed: [] } });
    expect(entityLabel(room, 'touchpoints', 'tp-homepage')).toBe('One');
    const second = send(() => updateTouchpoint(editor, 'tp-configurator', { title: 'Two' }));
    expect(only(room, () => second.forEach((u) => Y.applyUpdate(room, u)))).toEqual({ touchpoints: { added: [], changed: ['tp-configurator'], removed: [] } });
  });

  it('reads changes that arrive from another replica as an update', () => {
    const source = mapDocumentToDoc(demo);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(source));
    const update = (() => {
      let captured: Uint8Array | null = null;
      source.once('update', (u: Uint8Array) => (captured = u));
      updateTouchpoint(source, 'tp-homepage', { importance: 5 });
      return captured!;
    })();
    expect(only(replica, () => Y.applyUpdate(replica, update))).toEqual({
      touchpoints: { added: [], changed: ['tp-homepage'], removed: [] },
    });
  });
});

describe('mergeChanges', () => {
  const change = (added: string[], changed: string[], removed: string[]): DocChanges =>
    new Map([['touchpoints', { added: new Set(added), changed: new Set(changed), removed: new Set(removed) }]]);

  it('sums what happened net over several transactions', () => {
    const total: DocChanges = new Map();
    mergeChanges(total, change(['a'], [], []));
    mergeChanges(total, change([], ['a', 'b'], []));
    mergeChanges(total, change([], ['b'], []));
    mergeChanges(total, change(['c'], [], []));
    mergeChanges(total, change([], [], ['c', 'd']));
    expect(plain(total)).toEqual({ touchpoints: { added: ['a'], changed: ['b'], removed: ['d'] } });
  });

  it('counts a removal that is undone as a change', () => {
    const total: DocChanges = new Map();
    mergeChanges(total, change([], ['x'], []));
    mergeChanges(total, change([], [], ['x']));
    mergeChanges(total, change(['x'], [], []));
    expect(plain(total)).toEqual({ touchpoints: { added: [], changed: ['x'], removed: [] } });
  });
});

describe('entityLabel', () => {
  it('reads the title, name or text of an entity, and nothing for one that is gone', () => {
    const doc = mapDocumentToDoc(demo);
    expect(entityLabel(doc, 'touchpoints', 'tp-homepage')).toBe('Research on the brand homepage');
    expect(entityLabel(doc, 'phases', 'ph-book')).toBe('Book appointment');
    expect(entityLabel(doc, 'personas', 'pe-anna')).toBe('Anna, 34, first family car');
    expect(entityLabel(doc, 'touchpoints', 'gone')).toBe('');
    expect(entityLabel(doc, 'title', 'title')).toBe('');
  });
});
