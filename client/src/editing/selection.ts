import type { MapDocument } from '../../../shared/src/index.js';

/** What is selected on the canvas: touchpoints and free cards, in the order they were selected. */
export interface Selection {
  touchpointIds: readonly string[];
  cardIds: readonly string[];
}

export const EMPTY_SELECTION: Selection = { touchpointIds: [], cardIds: [] };

/*
 * Canvas node ids: a touchpoint's node id is the touchpoint id (the e2e tests and the other
 * browsers' cursors rely on it); a card's is prefixed, since its id may equal a touchpoint's.
 */
const CARD_PREFIX = 'card:';

export function cardNodeId(cardId: string): string {
  return `${CARD_PREFIX}${cardId}`;
}

/** The card id of a card node id, or null for any other node. */
export function cardIdOfNode(nodeId: string): string | null {
  return nodeId.startsWith(CARD_PREFIX) ? nodeId.slice(CARD_PREFIX.length) : null;
}

export function isEmptySelection(selection: Selection): boolean {
  return selection.touchpointIds.length === 0 && selection.cardIds.length === 0;
}

export function selectionSize(selection: Selection): number {
  return selection.touchpointIds.length + selection.cardIds.length;
}

export function sameSelection(a: Selection, b: Selection): boolean {
  const same = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((id, i) => id === y[i]);
  return same(a.touchpointIds, b.touchpointIds) && same(a.cardIds, b.cardIds);
}

export function selectTouchpoints(ids: readonly string[]): Selection {
  return { touchpointIds: [...ids], cardIds: [] };
}

/** The node ids of a selection. */
export function selectedNodeIds(selection: Selection): Set<string> {
  return new Set([...selection.touchpointIds, ...selection.cardIds.map(cardNodeId)]);
}

/** The selection made of these node ids (scaffolding nodes are ignored). */
export function selectionFromNodeIds(nodeIds: Iterable<string>, map: Pick<MapDocument, 'touchpoints'>): Selection {
  const touchpoints = new Set(map.touchpoints.map((tp) => tp.id));
  const touchpointIds: string[] = [];
  const cardIds: string[] = [];
  for (const id of nodeIds) {
    const cardId = cardIdOfNode(id);
    if (cardId !== null) cardIds.push(cardId);
    else if (touchpoints.has(id)) touchpointIds.push(id);
  }
  return { touchpointIds, cardIds };
}

/** The selection without items that no longer exist (a colleague deleted them). */
export function pruneSelection(selection: Selection, map: Pick<MapDocument, 'touchpoints' | 'cards'>): Selection {
  const touchpoints = new Set(map.touchpoints.map((tp) => tp.id));
  const cards = new Set((map.cards ?? []).map((card) => card.id));
  const pruned = {
    touchpointIds: selection.touchpointIds.filter((id) => touchpoints.has(id)),
    cardIds: selection.cardIds.filter((id) => cards.has(id)),
  };
  return sameSelection(pruned, selection) ? selection : pruned;
}

/** The phase of the first selected item that still exists, if any. */
export function selectionPhaseId(selection: Selection, map: Pick<MapDocument, 'touchpoints' | 'cards'>): string | null {
  for (const id of selection.touchpointIds) {
    const tp = map.touchpoints.find((t) => t.id === id);
    if (tp) return tp.phaseId;
  }
  for (const id of selection.cardIds) {
    const card = map.cards?.find((c) => c.id === id);
    if (card) return card.phaseId;
  }
  return null;
}
