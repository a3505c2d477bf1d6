import type * as Y from 'yjs';
import {
  addCard,
  addLane,
  addTouchpoint,
  cardIdsInCell,
  deleteCard,
  deleteTouchpoint,
  duplicateCards,
  duplicateTouchpoints,
  effectiveLanes,
  isCardLane,
  moveCard,
  moveTouchpoint,
  setLaneHidden,
  touchpointIdsInPhase,
  type Lane,
  type MapDocument,
} from '../../../shared/src/index.js';
import type { ClipboardPayload } from './clipboard.js';
import { EMPTY_SELECTION, type Selection } from './selection.js';

/*
 * Editing commands on a selection. Each one is a single transaction, so that it is one step of
 * the user's undo, and arrives at everyone else at once. Like the mutations they call, they
 * tolerate items that a colleague deleted a moment ago.
 */

export type Direction = 'left' | 'right' | 'up' | 'down';

/** Deletes the selected touchpoints and cards. */
export function deleteItems(doc: Y.Doc, selection: Selection): void {
  doc.transact(() => {
    for (const id of selection.touchpointIds) deleteTouchpoint(doc, id);
    for (const id of selection.cardIds) deleteCard(doc, id);
  });
}

/** Copies the selected items next to their originals; returns the copies as the new selection. */
export function duplicateItems(doc: Y.Doc, selection: Selection): Selection {
  let result = EMPTY_SELECTION;
  doc.transact(() => {
    result = {
      touchpointIds: duplicateTouchpoints(doc, selection.touchpointIds),
      cardIds: duplicateCards(doc, selection.cardIds),
    };
  });
  return result;
}

/** The lane a pasted card goes to: the same lane, else one of the same kind, else any card lane. */
function pasteLane(doc: Y.Doc, lanes: Lane[], laneId: string, kind: Lane['kind']): string | undefined {
  const cardLanes = lanes.filter((lane) => isCardLane(lane.kind));
  const lane =
    cardLanes.find((l) => l.id === laneId) ??
    cardLanes.find((l) => l.kind === kind && !l.hidden) ??
    cardLanes.find((l) => l.kind === kind) ??
    cardLanes.find((l) => !l.hidden);
  if (!lane) return addLane(doc, isCardLane(kind) ? kind : 'actions');
  if (lane.hidden) setLaneHidden(doc, lane.id, false);
  return lane.id;
}

/**
 * Pastes clipboard contents into `phaseId` (else into each item's own phase, when this map has
 * it, else the first phase); returns the new items as the selection.
 */
export function pasteItems(doc: Y.Doc, map: MapDocument, payload: ClipboardPayload, phaseId: string | null): Selection {
  const phases = new Set(map.phases.map((p) => p.id));
  const first = map.phases[0]?.id;
  const target = (own: string) => (phaseId !== null && phases.has(phaseId) ? phaseId : phases.has(own) ? own : first);
  const lanes = effectiveLanes(map);
  const touchpointIds: string[] = [];
  const cardIds: string[] = [];
  doc.transact(() => {
    for (const { phaseId: own, ...fields } of payload.touchpoints) {
      const into = target(own);
      if (into === undefined) continue;
      touchpointIds.push(addTouchpoint(doc, { ...fields, phaseId: into }));
    }
    for (const card of payload.cards) {
      const into = target(card.phaseId);
      const laneId = pasteLane(doc, lanes, card.laneId, card.laneKind);
      if (into === undefined || laneId === undefined) continue;
      const id = addCard(doc, { laneId, phaseId: into, text: card.text, color: card.color });
      if (id) cardIds.push(id);
    }
  });
  return { touchpointIds, cardIds };
}

/**
 * A list with the selected items moved one place up (or down); a selected block moves as one,
 * and an item already at the edge stays.
 */
export function shiftSelected(list: readonly string[], selected: ReadonlySet<string>, direction: 'up' | 'down'): string[] {
  const out = [...list];
  if (direction === 'up') {
    for (let i = 1; i < out.length; i++) {
      if (selected.has(out[i]!) && !selected.has(out[i - 1]!)) [out[i - 1], out[i]] = [out[i]!, out[i - 1]!];
    }
  } else {
    for (let i = out.length - 2; i >= 0; i--) {
      if (selected.has(out[i]!) && !selected.has(out[i + 1]!)) [out[i + 1], out[i]] = [out[i]!, out[i + 1]!];
    }
  }
  return out;
}

/** Applies a new order to a list by moving only the items that changed place. */
function applyOrder(before: readonly string[], after: readonly string[], move: (id: string, index: number) => void): void {
  let current = [...before];
  for (let target = 0; target < after.length; target++) {
    const id = after[target]!;
    if (current[target] === id) continue;
    move(id, target);
    current = current.filter((x) => x !== id);
    current.splice(target, 0, id);
  }
}

/**
 * Moves the selection with the arrow keys: left and right to the neighbouring phase (keeping the
 * position in the stack), up and down within the cell.
 */
export function moveItems(doc: Y.Doc, map: MapDocument, selection: Selection, direction: Direction): void {
  const phaseIds = map.phases.map((p) => p.id);
  const neighbour = (phaseId: string) => {
    const index = phaseIds.indexOf(phaseId) + (direction === 'left' ? -1 : 1);
    return index >= 0 && index < phaseIds.length ? phaseIds[index]! : null;
  };
  const selectedTps = new Set(selection.touchpointIds);
  const selectedCards = new Set(selection.cardIds);
  doc.transact(() => {
    if (direction === 'left' || direction === 'right') {
      // Every move is worked out before any is made: an item moved into the next phase must
      // not be picked up again there.
      const moves: (() => void)[] = [];
      for (const phaseId of phaseIds) {
        const to = neighbour(phaseId);
        if (to === null) continue;
        touchpointIdsInPhase(doc, phaseId).forEach((id, index) => {
          if (selectedTps.has(id)) moves.push(() => moveTouchpoint(doc, id, { phaseId: to, index }));
        });
      }
      const cells = new Map<string, { laneId: string; phaseId: string }>();
      for (const card of map.cards ?? []) {
        if (selectedCards.has(card.id)) cells.set(`${card.laneId}|${card.phaseId}`, card);
      }
      for (const { laneId, phaseId } of cells.values()) {
        const to = neighbour(phaseId);
        if (to === null) continue;
        cardIdsInCell(doc, laneId, phaseId).forEach((id, index) => {
          if (selectedCards.has(id)) moves.push(() => moveCard(doc, id, { laneId, phaseId: to, index }));
        });
      }
      for (const move of moves) move();
      return;
    }
    const phasesWithSelection = new Set(map.touchpoints.filter((tp) => selectedTps.has(tp.id)).map((tp) => tp.phaseId));
    for (const phaseId of phasesWithSelection) {
      const before = touchpointIdsInPhase(doc, phaseId);
      applyOrder(before, shiftSelected(before, selectedTps, direction), (id, index) =>
        moveTouchpoint(doc, id, { phaseId, index }),
      );
    }
    const cells = new Map<string, { laneId: string; phaseId: string }>();
    for (const card of map.cards ?? []) {
      if (selectedCards.has(card.id)) cells.set(`${card.laneId}|${card.phaseId}`, card);
    }
    for (const { laneId, phaseId } of cells.values()) {
      const before = cardIdsInCell(doc, laneId, phaseId);
      applyOrder(before, shiftSelected(before, selectedCards, direction), (id, index) =>
        moveCard(doc, id, { laneId, phaseId, index }),
      );
    }
  });
}
