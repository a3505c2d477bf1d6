import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LANES,
  docToMapDocument,
  mapDocumentToDoc,
  type MapDocument,
  type Touchpoint,
} from '../../../shared/src/index.js';
import { CLIPBOARD_FORMAT, clipboardPayload, parseClipboard, serializeClipboard } from './clipboard.js';
import { deleteItems, duplicateItems, moveItems, pasteItems, shiftSelected } from './commands.js';
import {
  cardIdOfNode,
  cardNodeId,
  pruneSelection,
  selectedNodeIds,
  selectionFromNodeIds,
  selectionPhaseId,
} from './selection.js';
import { changesMap, formatStroke, matchShortcut, SHORTCUTS, type KeyLike } from './shortcuts.js';

function tp(id: string, phaseId: string, extra: Partial<Touchpoint> = {}): Touchpoint {
  return { id, phaseId, title: id, channel: 'web', importance: 3, momentOfTruth: false, metricKey: '', expectations: [], emotions: {}, ...extra };
}

const map: MapDocument = {
  format: 'waymark.map',
  version: 1,
  title: 'Editing',
  personas: [{ id: 'pe', name: 'P' }],
  phases: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ],
  touchpoints: [
    tp('a1', 'a', { emotions: { pe: -1 }, expectations: [{ category: 'product', text: 'Fast' }], momentOfTruth: true }),
    tp('a2', 'a'),
    tp('a3', 'a'),
    tp('b1', 'b'),
  ],
  measures: [{ id: 'm', title: 'M', touchpointIds: ['a1'], status: 'planned' }],
  lanes: DEFAULT_LANES.map((lane) => ({ ...lane })),
  cards: [
    { id: 'k1', laneId: 'lane-actions', phaseId: 'a', text: 'one', color: '#ffe27a' },
    { id: 'k2', laneId: 'lane-actions', phaseId: 'a', text: 'two' },
  ],
};

const ids = (m: MapDocument, phaseId: string) => m.touchpoints.filter((t) => t.phaseId === phaseId).map((t) => t.id);

describe('clipboard', () => {
  it('round-trips the selected items without ids, remembering the lane kind', () => {
    const payload = clipboardPayload(map, { touchpointIds: ['a1'], cardIds: ['k1'] })!;
    expect(payload.touchpoints).toHaveLength(1);
    expect(payload.touchpoints[0]).not.toHaveProperty('id');
    expect(payload.cards[0]).toMatchObject({ text: 'one', laneKind: 'actions', color: '#ffe27a' });
    expect(parseClipboard(serializeClipboard(payload))).toEqual(payload);
  });

  it('refuses anything else', () => {
    expect(clipboardPayload(map, { touchpointIds: ['gone'], cardIds: [] })).toBeNull();
    expect(parseClipboard('hello')).toBeNull();
    expect(parseClipboard(`{"format":"${CLIPBOARD_FORMAT}"`)).toBeNull();
    expect(parseClipboard(JSON.stringify({ format: CLIPBOARD_FORMAT, version: 1, touchpoints: [{ title: 1 }], cards: [] }))).toBeNull();
    expect(parseClipboard(JSON.stringify({ format: CLIPBOARD_FORMAT, version: 2, touchpoints: [], cards: [] }))).toBeNull();
  });
});

describe('editing commands', () => {
  it('pastes into the target phase, keeping fields, emotions and expectations, as one undo step', () => {
    const doc = mapDocumentToDoc(map);
    let updates = 0;
    doc.on('update', () => updates++);
    const payload = clipboardPayload(map, { touchpointIds: ['a1'], cardIds: ['k1'] })!;
    const pasted = pasteItems(doc, map, payload, 'b');
    expect(updates).toBe(1);
    const after = docToMapDocument(doc);
    const copy = after.touchpoints.find((t) => t.id === pasted.touchpointIds[0])!;
    expect(copy).toMatchObject({ phaseId: 'b', title: 'a1', momentOfTruth: true, emotions: { pe: -1 } });
    expect(copy.expectations).toEqual([{ category: 'product', text: 'Fast' }]);
    expect(after.cards!.find((c) => c.id === pasted.cardIds[0])).toMatchObject({ laneId: 'lane-actions', phaseId: 'b', text: 'one' });
  });

  it('pastes into the items’ own phase without a target, and into a map without that lane', () => {
    const payload = clipboardPayload(map, { touchpointIds: ['b1'], cardIds: ['k2'] })!;
    const other: MapDocument = { ...map, lanes: [{ id: 'x', kind: 'touchpoints' }, { id: 'ideas', kind: 'thoughts', hidden: true }], cards: undefined };
    const doc = mapDocumentToDoc(other);
    const pasted = pasteItems(doc, other, payload, null);
    const after = docToMapDocument(doc);
    expect(after.touchpoints.find((t) => t.id === pasted.touchpointIds[0])!.phaseId).toBe('b');
    // No lane of its kind (actions): one is added rather than the card changing meaning.
    const card = after.cards!.find((c) => c.id === pasted.cardIds[0])!;
    expect(card.phaseId).toBe('a');
    expect(after.lanes!.find((l) => l.id === card.laneId)!.kind).toBe('actions');
    // A lane of its kind that is hidden is shown again.
    const hiddenIdeas = clipboardPayload({ ...other, cards: [{ id: 'i', laneId: 'ideas', phaseId: 'a', text: 'idea' }] }, { touchpointIds: [], cardIds: ['i'] })!;
    const doc2 = mapDocumentToDoc(other);
    pasteItems(doc2, other, hiddenIdeas, 'b');
    expect(docToMapDocument(doc2).lanes!.find((l) => l.id === 'ideas')!.hidden).toBe(false);
  });

  it('duplicates and deletes a mixed selection', () => {
    const doc = mapDocumentToDoc(map);
    const copies = duplicateItems(doc, { touchpointIds: ['a1'], cardIds: ['k2'] });
    let after = docToMapDocument(doc);
    expect(ids(after, 'a')).toEqual(['a1', copies.touchpointIds[0], 'a2', 'a3']);
    expect(after.cards!.map((c) => c.id)).toEqual(['k1', 'k2', copies.cardIds[0]]);
    deleteItems(doc, { touchpointIds: ['a1', ...copies.touchpointIds], cardIds: copies.cardIds });
    after = docToMapDocument(doc);
    expect(ids(after, 'a')).toEqual(['a2', 'a3']);
    expect(after.measures[0]!.touchpointIds).toEqual([]);
    expect(after.cards!.map((c) => c.id)).toEqual(['k1', 'k2']);
  });

  it('moves with the arrow keys: to the neighbouring phase, and up and down within a cell', () => {
    const doc = mapDocumentToDoc(map);
    moveItems(doc, map, { touchpointIds: ['a2', 'a3'], cardIds: [] }, 'up');
    let after = docToMapDocument(doc);
    expect(ids(after, 'a')).toEqual(['a2', 'a3', 'a1']);
    moveItems(doc, after, { touchpointIds: ['a2'], cardIds: [] }, 'up');
    expect(ids(docToMapDocument(doc), 'a')).toEqual(['a2', 'a3', 'a1']);
    moveItems(doc, after, { touchpointIds: ['a2'], cardIds: ['k2'] }, 'right');
    after = docToMapDocument(doc);
    expect(ids(after, 'b')).toEqual(['a2', 'b1']);
    expect(after.cards!.find((c) => c.id === 'k2')!.phaseId).toBe('b');
    moveItems(doc, after, { touchpointIds: [], cardIds: ['k1'] }, 'down');
    after = docToMapDocument(doc);
    moveItems(doc, after, { touchpointIds: ['b1'], cardIds: [] }, 'right');
    expect(ids(docToMapDocument(doc), 'b')).toEqual(['a2', 'b1']);
  });

  it('moves a selection spread over neighbouring phases by one phase only', () => {
    const three: MapDocument = {
      ...map,
      phases: [...map.phases, { id: 'c', name: 'C' }],
      cards: [...map.cards!, { id: 'k3', laneId: 'lane-actions', phaseId: 'b', text: 'three' }],
    };
    const doc = mapDocumentToDoc(three);
    moveItems(doc, three, { touchpointIds: ['a1', 'b1'], cardIds: ['k1', 'k3'] }, 'right');
    const after = docToMapDocument(doc);
    expect(ids(after, 'b')).toEqual(['a1']);
    expect(ids(after, 'c')).toEqual(['b1']);
    expect(after.cards!.filter((c) => c.phaseId === 'b').map((c) => c.id)).toEqual(['k1']);
    expect(after.cards!.find((c) => c.id === 'k3')!.phaseId).toBe('c');
  });

  it('shifts a selected block as one', () => {
    const set = new Set(['c', 'd']);
    expect(shiftSelected(['a', 'b', 'c', 'd'], set, 'up')).toEqual(['a', 'c', 'd', 'b']);
    expect(shiftSelected(['c', 'd', 'a'], set, 'up')).toEqual(['c', 'd', 'a']);
    expect(shiftSelected(['c', 'd', 'a'], set, 'down')).toEqual(['a', 'c', 'd']);
  });
});

describe('selection', () => {
  it('converts between node ids and selected items', () => {
    expect(cardIdOfNode(cardNodeId('k1'))).toBe('k1');
    expect(cardIdOfNode('a1')).toBeNull();
    const selection = selectionFromNodeIds(['a1', 'card:k2', 'phase:a', 'gone'], map);
    expect(selection).toEqual({ touchpointIds: ['a1'], cardIds: ['k2'] });
    expect([...selectedNodeIds(selection)]).toEqual(['a1', 'card:k2']);
    expect(selectionPhaseId({ touchpointIds: [], cardIds: ['k2'] }, map)).toBe('a');
  });

  it('drops items that no longer exist, keeping the object when nothing changed', () => {
    const selection = { touchpointIds: ['a1', 'x'], cardIds: ['k1'] };
    expect(pruneSelection(selection, map)).toEqual({ touchpointIds: ['a1'], cardIds: ['k1'] });
    const kept = { touchpointIds: ['a1'], cardIds: [] };
    expect(pruneSelection(kept, map)).toBe(kept);
  });
});

describe('keyboard shortcuts', () => {
  const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });

  it('matches keys with and without modifiers, Ctrl or ⌘', () => {
    expect(matchShortcut(key('z', { ctrlKey: true }))).toBe('undo');
    expect(matchShortcut(key('z', { metaKey: true }))).toBe('undo');
    expect(matchShortcut(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(matchShortcut(key('y', { ctrlKey: true }))).toBe('redo');
    expect(matchShortcut(key('d', { ctrlKey: true }))).toBe('duplicate');
    expect(matchShortcut(key('Delete'))).toBe('delete');
    expect(matchShortcut(key('Backspace'))).toBe('delete');
    expect(matchShortcut(key('n'))).toBe('newTouchpoint');
    expect(matchShortcut(key('N', { shiftKey: true }))).toBeNull();
    expect(matchShortcut(key('N'))).toBe('newTouchpoint');
    expect(matchShortcut(key('n', { ctrlKey: true }))).toBeNull();
    expect(matchShortcut(key('ArrowLeft'))).toBe('moveLeft');
    expect(matchShortcut(key('ArrowLeft', { altKey: true }))).toBeNull();
    expect(matchShortcut(key('f'))).toBe('facilitate');
    expect(matchShortcut(key('f', { ctrlKey: true }))).toBeNull();
  });

  it('matches "?" and "+" whatever Shift is needed for them, and Shift+1 by the physical key', () => {
    expect(matchShortcut(key('?', { shiftKey: true }))).toBe('help');
    expect(matchShortcut(key('+', { shiftKey: true }))).toBe('zoomIn');
    expect(matchShortcut({ ...key('!', { shiftKey: true }), code: 'Digit1' })).toBe('zoomFit');
    expect(matchShortcut({ ...key('1'), code: 'Digit1' })).toBeNull();
  });

  it('names every shortcut for people on both platforms', () => {
    expect(formatStroke({ key: 'z', mod: true, shift: true }, false)).toBe('Ctrl+Shift+Z');
    expect(formatStroke({ key: 'z', mod: true, shift: true }, true)).toBe('⌘⇧Z');
    expect(formatStroke({ key: 'ArrowUp' }, false)).toBe('↑');
    expect(formatStroke({ key: 'z', mod: true, shift: true }, false, { ctrl: 'Strg', shift: 'Umschalt' })).toBe('Strg+Umschalt+Z');
    expect(new Set(SHORTCUTS.map((s) => s.id)).size).toBe(SHORTCUTS.length);
  });

  it('knows which shortcuts change the map, for read-only links', () => {
    const changing = SHORTCUTS.filter((s) => changesMap(s.id)).map((s) => s.id);
    expect(changing.sort()).toEqual(
      ['cut', 'delete', 'duplicate', 'moveDown', 'moveLeft', 'moveRight', 'moveUp', 'newSticky', 'newTouchpoint', 'paste', 'redo', 'undo', 'saveVersion', 'facilitate'].sort(),
    );
    for (const id of ['copy', 'selectAll', 'edit', 'escape', 'zoomIn', 'zoomOut', 'zoomFit', 'help', 'comments', 'history'] as const) {
      expect(changesMap(id)).toBe(false);
    }
  });
});
