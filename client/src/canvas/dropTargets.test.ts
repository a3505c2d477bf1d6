import { describe, expect, it } from 'vitest';
import { DEFAULT_LANES, docToMapDocument, mapDocumentToDoc, type MapDocument, type Touchpoint } from '../../../shared/src/index.js';
import { applyDrop, constrainDrag, dropPreview } from './drop.js';
import {
  cardDropTarget,
  columnAt,
  isSameCardPlace,
  isSameTouchpointPlace,
  laneDropIndex,
  phaseDropIndex,
  touchpointDropTarget,
} from './dropTargets.js';
import { BOARD_LEFT, layoutJourney, type Rect } from './layout.js';

function tp(id: string, phaseId: string): Touchpoint {
  return { id, phaseId, title: id, channel: 'web', importance: 3, momentOfTruth: false, metricKey: '', expectations: [], emotions: {} };
}

const map: MapDocument = {
  format: 'waymark.map',
  version: 1,
  title: 'Drops',
  personas: [],
  phases: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
    { id: 'c', name: 'C' },
  ],
  touchpoints: [tp('a1', 'a'), tp('a2', 'a'), tp('b1', 'b'), tp('b2', 'b'), tp('b3', 'b')],
  measures: [],
  lanes: DEFAULT_LANES.map((lane) => ({ ...lane })),
  cards: [
    { id: 'k1', laneId: 'lane-actions', phaseId: 'a', text: 'one' },
    { id: 'k2', laneId: 'lane-actions', phaseId: 'a', text: 'two' },
    { id: 'k3', laneId: 'lane-pain-points', phaseId: 'b', text: 'three' },
  ],
};
const layout = layoutJourney({ ...map, lanes: map.lanes! });

/** The box of a slot moved by (dx, dy). */
function moved(rect: Rect, dx: number, dy: number): Rect {
  return { ...rect, x: rect.x + dx, y: rect.y + dy };
}
const slot = (id: string) => layout.slotById.get(id)!;
const cardSlot = (id: string) => layout.cardSlotById.get(id)!;
const column = (id: string) => layout.columnById.get(id)!;
const row = (laneId: string) => layout.laneById.get(laneId)!;

describe('touchpoint drops', () => {
  it('finds the column under the centre and the index by position', () => {
    const dx = column('b').x - column('a').x;
    // a1 dragged onto b2's place: between b1 and b2.
    const drop = touchpointDropTarget(layout, 'a1', moved(slot('a1'), dx, slot('b2').y - slot('a1').y - 10))!;
    expect(drop).toMatchObject({ phaseId: 'b', index: 1 });
    expect(drop.cell).toMatchObject({ laneId: 'lane-touchpoints', phaseId: 'b' });
    expect(touchpointDropTarget(layout, 'a1', moved(slot('a1'), dx, -500))).toMatchObject({ phaseId: 'b', index: 0 });
    expect(touchpointDropTarget(layout, 'a1', moved(slot('a1'), dx, 5000))).toMatchObject({ phaseId: 'b', index: 3 });
  });

  it('clamps to the first and last column', () => {
    expect(touchpointDropTarget(layout, 'b1', moved(slot('b1'), -9000, 0))).toMatchObject({ phaseId: 'a', index: 0 });
    expect(touchpointDropTarget(layout, 'b1', moved(slot('b1'), 9000, 0))).toMatchObject({ phaseId: 'c', index: 0 });
    expect(columnAt(layout, -9000)?.phase.id).toBe('a');
  });

  it('knows a drop back onto the same place', () => {
    const stay = touchpointDropTarget(layout, 'b2', moved(slot('b2'), 5, 5))!;
    expect(isSameTouchpointPlace(layout, 'b2', stay)).toBe(true);
    const down = touchpointDropTarget(layout, 'b1', moved(slot('b1'), 0, slot('b2').y - slot('b1').y + 10))!;
    expect(down).toMatchObject({ phaseId: 'b', index: 1 });
    expect(isSameTouchpointPlace(layout, 'b1', down)).toBe(false);
  });
});

describe('card drops', () => {
  it('snaps to the card lane and phase under the centre', () => {
    const target = row('lane-pain-points');
    const dx = column('c').x - column('a').x;
    const drop = cardDropTarget(layout, 'k1', moved(cardSlot('k1'), dx, target.top + 20 - cardSlot('k1').y))!;
    expect(drop).toMatchObject({ laneId: 'lane-pain-points', phaseId: 'c', index: 0 });
    expect(drop.cell).toMatchObject({ laneId: 'lane-pain-points', phaseId: 'c', kind: 'pain-points' });
  });

  it('goes to the nearest card lane when dropped on a lane without cards', () => {
    const expectations = row('lane-expectations');
    const k1 = cardSlot('k1');
    // The centre near the bottom of the expectations lane: the pain points lane is right below.
    const centreY = expectations.top + expectations.height - 2;
    const drop = cardDropTarget(layout, 'k1', { ...k1, y: centreY - k1.height / 2 })!;
    expect(drop.laneId).toBe('lane-pain-points');
    expect(cardDropTarget(layout, 'k3', moved(cardSlot('k3'), 0, -5000))!.laneId).toBe('lane-actions');
  });

  it('orders within a cell and knows the same place', () => {
    const k1 = cardSlot('k1');
    const k2 = cardSlot('k2');
    const below = cardDropTarget(layout, 'k1', moved(k1, 0, k2.y - k1.y + k2.height / 2 + 4))!;
    expect(below).toMatchObject({ laneId: 'lane-actions', phaseId: 'a', index: 1 });
    expect(isSameCardPlace(layout, 'k1', below)).toBe(false);
    expect(isSameCardPlace(layout, 'k1', cardDropTarget(layout, 'k1', moved(k1, 3, 3))!)).toBe(true);
  });
});

describe('header drops', () => {
  it('reorders phases by the centre of the dragged header', () => {
    const a = column('a');
    expect(phaseDropIndex(layout, 'a', a.x + a.width / 2)).toBe(0);
    expect(phaseDropIndex(layout, 'a', column('b').x + column('b').width - 5)).toBe(1);
    expect(phaseDropIndex(layout, 'a', 99999)).toBe(2);
    expect(constrainDrag('phase', { x: 40, y: 300 })).toEqual({ x: 40, y: 0 });
  });

  it('reorders lanes counting hidden lanes too', () => {
    // Default lanes: actions, touchpoints, channels, (thoughts hidden), emotions, …
    const channels = row('lane-channels');
    const actions = row('lane-actions');
    // Actions dropped just below channels: right before emotions, after the hidden thoughts lane.
    expect(laneDropIndex(layout, 'lane-actions', channels.top + channels.height / 2 + 1)).toBe(3);
    expect(laneDropIndex(layout, 'lane-actions', 99999)).toBe(map.lanes!.length - 1);
    expect(laneDropIndex(layout, 'lane-actions', actions.top + 2)).toBe(0);
    const emotions = row('lane-emotions');
    expect(laneDropIndex(layout, 'lane-emotions', 0)).toBe(0);
    expect(laneDropIndex(layout, 'lane-emotions', emotions.top + emotions.height / 2)).toBe(emotions.index);
    expect(constrainDrag('laneHeader', { x: 40, y: 300 })).toEqual({ x: BOARD_LEFT, y: 300 });
  });
});

describe('applyDrop', () => {
  it('turns a drop into one transaction of moves', () => {
    const doc = mapDocumentToDoc(map);
    const updates: number[] = [];
    doc.on('update', () => updates.push(1));
    const dx = column('b').x - column('a').x;
    const pain = row('lane-pain-points');
    applyDrop(doc, layout, [
      { id: 'a1', type: 'touchpoint', rect: moved(slot('a1'), dx, -500) },
      { id: 'card:k1', type: 'card', rect: moved(cardSlot('k1'), dx, pain.top + 10 - cardSlot('k1').y) },
      { id: 'phase:c', type: 'phase', rect: { x: -100, y: 0, width: 260, height: 96 } },
    ]);
    expect(updates).toHaveLength(1);
    const after = docToMapDocument(doc);
    expect(after.phases.map((p) => p.id)).toEqual(['c', 'a', 'b']);
    expect(after.touchpoints.filter((t) => t.phaseId === 'b').map((t) => t.id)).toEqual(['a1', 'b1', 'b2', 'b3']);
    expect(after.cards!.find((c) => c.id === 'k1')).toMatchObject({ laneId: 'lane-pain-points', phaseId: 'b' });
  });

  it('previews target cells, marks and header lines', () => {
    const preview = dropPreview(layout, [
      { id: 'card:k1', type: 'card', rect: moved(cardSlot('k1'), 0, 3) },
      { id: 'card:k2', type: 'card', rect: moved(cardSlot('k2'), 0, 3) },
    ])!;
    expect(preview.cells).toHaveLength(1);
    expect(preview.marks).toHaveLength(2);
    expect(dropPreview(layout, [{ id: 'phase:a', type: 'phase', rect: { x: 400, y: 0, width: 260, height: 96 } }])!.column).toBeDefined();
    expect(dropPreview(layout, [])).toBeNull();
  });
});
