import type * as Y from 'yjs';
import { moveCard, moveLane, movePhase, moveSticky, moveTouchpoint } from '../../../shared/src/index.js';
import { stickyIdOfNode } from '../stickies/stickyNodes.js';
import { cardIdOfNode } from '../editing/selection.js';
import {
  cardDropTarget,
  isSameCardPlace,
  isSameTouchpointPlace,
  laneDropIndex,
  laneDropY,
  phaseDropIndex,
  phaseDropX,
  touchpointDropTarget,
  type InsertionMark,
} from './dropTargets.js';
import { BOARD_LEFT, HEADER_HEIGHT, type JourneyLayout, type Rect } from './layout.js';

/** A node being dragged, where it is now. */
export interface DraggedNode {
  id: string;
  type: string | undefined;
  rect: Rect;
}

function phaseIdOf(nodeId: string): string {
  return nodeId.slice('phase:'.length);
}
function laneIdOf(nodeId: string): string {
  return nodeId.slice('lane-header:'.length);
}

/** Where a dragged node may go while dragging: headers slide along their own axis only. */
export function constrainDrag(type: string | undefined, position: { x: number; y: number }): { x: number; y: number } {
  if (type === 'phase') return { x: position.x, y: 0 };
  if (type === 'laneHeader') return { x: BOARD_LEFT, y: position.y };
  return position;
}

/** What the canvas highlights while a node is dragged: target cells and an insertion line. */
export interface DropPreview {
  cells: Rect[];
  marks: InsertionMark[];
  /** A vertical line between phases (phase reordering). */
  column?: { x: number; top: number; bottom: number };
  /** A horizontal line between lanes (lane reordering). */
  row?: { y: number; left: number; right: number };
}

export function dropPreview(layout: JourneyLayout, dragged: readonly DraggedNode[]): DropPreview | null {
  const preview: DropPreview = { cells: [], marks: [] };
  for (const node of dragged) {
    if (node.type === 'touchpoint') {
      const drop = touchpointDropTarget(layout, node.id, node.rect);
      if (drop) {
        preview.cells.push(drop.cell);
        preview.marks.push(drop.mark);
      }
    } else if (node.type === 'card') {
      const drop = cardDropTarget(layout, cardIdOfNode(node.id) ?? '', node.rect);
      if (drop) {
        preview.cells.push(drop.cell);
        preview.marks.push(drop.mark);
      }
    } else if (node.type === 'phase') {
      const phaseId = phaseIdOf(node.id);
      const x = phaseDropX(layout, phaseId, phaseDropIndex(layout, phaseId, node.rect.x + node.rect.width / 2));
      preview.column = { x, top: 0, bottom: Math.max(layout.boardBottom, HEADER_HEIGHT) };
    } else if (node.type === 'laneHeader') {
      const y = laneDropY(layout, laneIdOf(node.id), node.rect.y + node.rect.height / 2);
      preview.row = { y, left: BOARD_LEFT, right: layout.boardRight };
    }
  }
  // One highlight per cell, however many cards go there.
  const seen = new Set<string>();
  preview.cells = preview.cells.filter((cell) => {
    const key = `${cell.x}:${cell.y}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return preview.cells.length > 0 || preview.column || preview.row ? preview : null;
}

/**
 * Turns a drop into moves, all in one transaction (one undo step). Targets are computed on the
 * layout before the drop, top item first, so that several cards dropped together keep their order.
 */
export function applyDrop(doc: Y.Doc, layout: JourneyLayout, dragged: readonly DraggedNode[]): void {
  const ordered = [...dragged].sort((a, b) => a.rect.y - b.rect.y || a.rect.x - b.rect.x);
  doc.transact(() => {
    for (const node of ordered) {
      if (node.type === 'touchpoint') {
        const drop = touchpointDropTarget(layout, node.id, node.rect);
        if (drop && !isSameTouchpointPlace(layout, node.id, drop)) {
          moveTouchpoint(doc, node.id, { phaseId: drop.phaseId, index: drop.index });
        }
      } else if (node.type === 'card') {
        const cardId = cardIdOfNode(node.id);
        const drop = cardId === null ? null : cardDropTarget(layout, cardId, node.rect);
        if (cardId !== null && drop && !isSameCardPlace(layout, cardId, drop)) {
          moveCard(doc, cardId, { laneId: drop.laneId, phaseId: drop.phaseId, index: drop.index });
        }
      } else if (node.type === 'phase') {
        const phaseId = phaseIdOf(node.id);
        const index = phaseDropIndex(layout, phaseId, node.rect.x + node.rect.width / 2);
        if (index !== layout.columnById.get(phaseId)?.index) movePhase(doc, phaseId, index);
      } else if (node.type === 'laneHeader') {
        const laneId = laneIdOf(node.id);
        const index = laneDropIndex(layout, laneId, node.rect.y + node.rect.height / 2);
        if (index !== layout.laneById.get(laneId)?.index) moveLane(doc, laneId, index);
      } else if (node.type === 'sticky') {
        // Anywhere on the canvas: a sticky note stays where it is dropped.
        const stickyId = stickyIdOfNode(node.id);
        if (stickyId !== null) moveSticky(doc, stickyId, { x: node.rect.x, y: node.rect.y });
      }
    }
  });
}
