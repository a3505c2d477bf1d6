import * as Y from 'yjs';
import { orderedEntities } from './convert.js';
import { isCardLane, type Lane, type LaneKind, type MapDocument } from './format.js';
import { newId } from './ids.js';
import { keyForIndex } from './order.js';
import { laneKey, orderedLanes, splitLaneKey } from './laneStore.js';
import { cardsOf, entityOf, lanesOf, phasesOf, setField, stringField } from './schema.js';

/**
 * The lanes of a map that never changed its lanes: a workshop sees at once where actions,
 * thoughts, pain points and ideas go; the service-blueprint lanes are there but hidden.
 */
export const DEFAULT_LANES: readonly Lane[] = (
  [
    ['actions', false],
    ['touchpoints', false],
    ['channels', false],
    ['thoughts', true],
    ['emotions', false],
    ['expectations', false],
    ['pain-points', false],
    ['opportunities', false],
    ['backstage', true],
    ['department', true],
  ] as const
).map(([kind, hidden]) => ({ id: `lane-${kind}`, kind, hidden }));

/** The lanes to show: the map's own, or the defaults. */
export function effectiveLanes(map: MapDocument): Lane[] {
  return map.lanes ?? DEFAULT_LANES.map((lane) => ({ ...lane }));
}

/**
 * Writes the default lanes into a map that has none, before the first lane edit (inside a
 * transaction). Ids are fixed, so two people doing this at once write the same entities instead
 * of duplicates.
 */
export function ensureLanes(doc: Y.Doc): void {
  const lanes = lanesOf(doc);
  if (orderedLanes(lanes).length > 0) return;
  const keys: { id: string; order: string }[] = [];
  for (const lane of DEFAULT_LANES) {
    const order = keyForIndex(keys, keys.length);
    keys.push({ id: lane.id, order });
    lanes.set(laneKey(lane.id, 'kind'), lane.kind);
    lanes.set(laneKey(lane.id, 'hidden'), lane.hidden ?? false);
    lanes.set(laneKey(lane.id, 'order'), order);
  }
}

function laneExists(doc: Y.Doc, laneId: string): boolean {
  return typeof lanesOf(doc).get(laneKey(laneId, 'kind')) === 'string';
}

function setLaneField(doc: Y.Doc, laneId: string, field: string, value: unknown): void {
  const lanes = lanesOf(doc);
  const key = laneKey(laneId, field);
  if (value === undefined) {
    if (lanes.has(key)) lanes.delete(key);
  } else if (lanes.get(key) !== value) lanes.set(key, value);
}

export function setLaneHidden(doc: Y.Doc, laneId: string, hidden: boolean, origin?: unknown): void {
  doc.transact(() => {
    ensureLanes(doc);
    if (laneExists(doc, laneId)) setLaneField(doc, laneId, 'hidden', hidden);
  }, origin);
}

/** Sets a custom lane heading; an empty or null title goes back to the default name. */
export function renameLane(doc: Y.Doc, laneId: string, title: string | null, origin?: unknown): void {
  doc.transact(() => {
    ensureLanes(doc);
    if (laneExists(doc, laneId)) setLaneField(doc, laneId, 'title', title ? title : undefined);
  }, origin);
}

export function moveLane(doc: Y.Doc, laneId: string, index: number, origin?: unknown): void {
  doc.transact(() => {
    ensureLanes(doc);
    if (!laneExists(doc, laneId)) return;
    const siblings = orderedLanes(lanesOf(doc)).filter((l) => l.id !== laneId);
    setLaneField(doc, laneId, 'order', keyForIndex(siblings, index));
  }, origin);
}

/** Adds a lane (card lanes may repeat; other kinds only when missing) and returns its id. */
export function addLane(doc: Y.Doc, kind: LaneKind, index?: number, origin?: unknown): string | undefined {
  let id: string | undefined;
  doc.transact(() => {
    ensureLanes(doc);
    const existing = orderedLanes(lanesOf(doc));
    if (!isCardLane(kind)) {
      const present = existing.find(({ entity }) => entity.get('kind') === kind);
      if (present) {
        setLaneField(doc, present.id, 'hidden', false);
        id = present.id;
        return;
      }
    }
    id = newId('lane');
    setLaneField(doc, id, 'kind', kind);
    setLaneField(doc, id, 'order', keyForIndex(existing, index ?? existing.length));
  }, origin);
  return id;
}

/** Deletes a lane with its cards. */
export function deleteLane(doc: Y.Doc, laneId: string, origin?: unknown): void {
  doc.transact(() => {
    ensureLanes(doc);
    const lanes = lanesOf(doc);
    for (const key of [...lanes.keys()]) if (splitLaneKey(key).laneId === laneId) lanes.delete(key);
    const cards = cardsOf(doc);
    for (const [id, card] of [...cards.entries()]) {
      if (card instanceof Y.Map && card.get('laneId') === laneId) cards.delete(id);
    }
  }, origin);
}

/** Card ids in one cell (lane × phase), in order. */
export function cardIdsInCell(doc: Y.Doc, laneId: string, phaseId: string): string[] {
  return orderedEntities(cardsOf(doc))
    .filter(({ entity }) => stringField(entity, 'laneId') === laneId && stringField(entity, 'phaseId') === phaseId)
    .map(({ id }) => id);
}

function cardKey(doc: Y.Doc, laneId: string, phaseId: string, index: number | undefined, excludeId?: string): string {
  const all = orderedEntities(cardsOf(doc)).filter((c) => c.id !== excludeId);
  const inCell = all.filter(
    ({ entity }) => stringField(entity, 'laneId') === laneId && stringField(entity, 'phaseId') === phaseId,
  );
  if (inCell.length === 0) return keyForIndex(all, all.length);
  const target = Math.max(0, Math.min(index ?? inCell.length, inCell.length));
  const anchor = target > 0 ? all.indexOf(inCell[target - 1]!) + 1 : all.indexOf(inCell[0]!);
  return keyForIndex(all, anchor);
}

function isCardLaneId(doc: Y.Doc, laneId: string): boolean {
  const kind = lanesOf(doc).get(laneKey(laneId, 'kind'));
  return typeof kind === 'string' && isCardLane(kind as LaneKind);
}

/** Adds a card to a cell and returns its id (undefined if the lane holds no cards). */
export function addCard(
  doc: Y.Doc,
  args: { laneId: string; phaseId: string; text: string; color?: string; index?: number },
  origin?: unknown,
): string | undefined {
  let id: string | undefined;
  doc.transact(() => {
    ensureLanes(doc);
    if (!isCardLaneId(doc, args.laneId) || !phasesOf(doc).has(args.phaseId)) return;
    id = newId('card');
    const entity = new Y.Map<unknown>();
    entity.set('laneId', args.laneId);
    entity.set('phaseId', args.phaseId);
    entity.set('text', args.text);
    if (args.color !== undefined) entity.set('color', args.color);
    entity.set('order', cardKey(doc, args.laneId, args.phaseId, args.index));
    cardsOf(doc).set(id, entity);
  }, origin);
  return id;
}

export function updateCard(
  doc: Y.Doc,
  id: string,
  patch: { text?: string; color?: string | null },
  origin?: unknown,
): void {
  doc.transact(() => {
    const card = entityOf(cardsOf(doc), id);
    if (!card) return;
    if (patch.text !== undefined) setField(card, 'text', patch.text);
    if (patch.color !== undefined) setField(card, 'color', patch.color ?? undefined);
  }, origin);
}

/** Moves a card to another cell (lane × phase) at `index` (default: last). */
export function moveCard(
  doc: Y.Doc,
  id: string,
  to: { laneId: string; phaseId: string; index?: number },
  origin?: unknown,
): void {
  doc.transact(() => {
    const card = entityOf(cardsOf(doc), id);
    if (!card || !isCardLaneId(doc, to.laneId) || !phasesOf(doc).has(to.phaseId)) return;
    setField(card, 'order', cardKey(doc, to.laneId, to.phaseId, to.index, id));
    setField(card, 'laneId', to.laneId);
    setField(card, 'phaseId', to.phaseId);
  }, origin);
}

export function deleteCard(doc: Y.Doc, id: string, origin?: unknown): void {
  doc.transact(() => {
    cardsOf(doc).delete(id);
  }, origin);
}

/** Copies cards, each right after its original; returns the new ids. */
export function duplicateCards(doc: Y.Doc, ids: readonly string[], origin?: unknown): string[] {
  const created: string[] = [];
  doc.transact(() => {
    for (const id of ids) {
      const card = entityOf(cardsOf(doc), id);
      if (!card) continue;
      const laneId = stringField(card, 'laneId');
      const phaseId = stringField(card, 'phaseId');
      const color = card.get('color');
      const newCard = addCard(
        doc,
        {
          laneId,
          phaseId,
          text: stringField(card, 'text'),
          color: typeof color === 'string' ? color : undefined,
          index: cardIdsInCell(doc, laneId, phaseId).indexOf(id) + 1,
        },
        origin,
      );
      if (newCard) created.push(newCard);
    }
  }, origin);
  return created;
}
