import type { Node } from '@xyflow/react';
import type { Sticky } from '../../../shared/src/index.js';
import type { JourneyLayout } from '../canvas/layout.js';

/** A sticky note is a fixed square, like the paper kind: text beyond it scrolls while editing. */
export const STICKY_SIZE = 168;

export type StickyNodeData = {
  sticky: Sticky;
  /** The phase under the note's centre (nearest when beside the board): where a conversion goes. */
  phaseId: string | null;
  editing: boolean;
};
export type StickyNode = Node<StickyNodeData, 'sticky'>;

const PREFIX = 'sticky:';

export function stickyNodeId(stickyId: string): string {
  return `${PREFIX}${stickyId}`;
}

/** The sticky id of a node id, or null for other nodes. */
export function stickyIdOfNode(nodeId: string): string | null {
  return nodeId.startsWith(PREFIX) ? nodeId.slice(PREFIX.length) : null;
}

/** The phase whose column holds x, else the nearest one; null on a map without phases. */
export function phaseAtX(layout: Pick<JourneyLayout, 'columns'>, x: number): string | null {
  let best: { phaseId: string; distance: number } | null = null;
  for (const column of layout.columns) {
    const distance = x < column.x ? column.x - x : x > column.x + column.width ? x - column.x - column.width : 0;
    if (!best || distance < best.distance) best = { phaseId: column.phase.id, distance };
  }
  return best?.phaseId ?? null;
}

/**
 * The canvas nodes of the sticky notes: above the board (later notes above earlier ones), not
 * part of the selection (they are moved by dragging and changed through their own menu).
 */
export function buildStickyNodes(
  stickies: readonly Sticky[] | undefined,
  layout: Pick<JourneyLayout, 'columns'>,
  editingId: string | null,
  readOnly: boolean,
): StickyNode[] {
  return (stickies ?? []).map((sticky, index) => ({
    id: stickyNodeId(sticky.id),
    type: 'sticky',
    position: { x: sticky.x, y: sticky.y },
    width: STICKY_SIZE,
    height: STICKY_SIZE,
    zIndex: 600 + index,
    draggable: !readOnly && editingId !== sticky.id,
    selectable: false,
    deletable: false,
    data: { sticky, phaseId: phaseAtX(layout, sticky.x + STICKY_SIZE / 2), editing: !readOnly && editingId === sticky.id },
  }));
}
