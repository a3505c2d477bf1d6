import { useReactFlow, type XYPosition } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import { addSticky, type Sticky } from '../../../shared/src/index.js';
import type { JourneyNode } from '../canvas/canvasNodes.js';
import type { JourneyLayout } from '../canvas/layout.js';
import { useParticipantName } from '../presence/useParticipantName.js';
import { STICKY_SIZE, buildStickyNodes, type StickyNode } from './stickyNodes.js';

/**
 * The sticky notes of the canvas: their nodes, and adding one (at a point, or in the middle of
 * the view) signed with the participant's name and open for typing at once.
 */
export function useStickies(args: {
  doc: Y.Doc;
  stickies: readonly Sticky[] | undefined;
  layout: JourneyLayout;
  editingId: string | null;
  readOnly: boolean;
  edit: (id: string) => void;
}): { nodes: StickyNode[]; add: (at?: XYPosition) => void } {
  const { doc, stickies, layout, editingId, readOnly, edit } = args;
  const flow = useReactFlow<JourneyNode>();
  const [author] = useParticipantName();
  const nodes = useMemo(() => buildStickyNodes(stickies, layout, editingId, readOnly), [stickies, layout, editingId, readOnly]);
  const add = useCallback(
    (at?: XYPosition) => {
      if (readOnly) return;
      let point = at;
      if (!point) {
        const pane = document.querySelector('.journey-canvas')?.getBoundingClientRect();
        const centre = pane ? flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 }) : { x: 0, y: 0 };
        // A little offset per note, so that notes added in a row do not hide each other.
        const shift = ((stickies?.length ?? 0) % 6) * 16;
        point = { x: centre.x - STICKY_SIZE / 2 + shift, y: centre.y - STICKY_SIZE / 2 + shift };
      }
      edit(addSticky(doc, { x: point.x, y: point.y, author: author || undefined }));
    },
    [doc, flow, author, stickies, readOnly, edit],
  );
  return { nodes, add };
}
