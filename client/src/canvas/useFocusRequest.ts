import type { ReactFlowInstance } from '@xyflow/react';
import { useEffect, useState, type RefObject } from 'react';
import { phaseNodeId, type JourneyNode } from './canvasNodes.js';

/** A request to bring a touchpoint or a phase into view; `seq` makes a repeated request for one id count. */
export type FocusRequest = { seq: number } & ({ touchpointId: string } | { phaseId: string });

/** How long a card or phase brought into view is highlighted. */
const FLASH_MS = 1600;
/** Where a phase header lands: just under the toolbar. */
const PHASE_TOP = 80;

/**
 * Pans and zooms to each new focus request: a touchpoint into the middle, a phase with its header
 * just under the toolbar and its column below. Returns the node id to highlight for a moment, so
 * that the eye finds it after the pan.
 */
export function useFocusRequest(
  instanceRef: RefObject<ReactFlowInstance<JourneyNode> | null>,
  focusRequest: FocusRequest | null,
  minZoom: number,
): string | null {
  const [flashId, setFlashId] = useState<string | null>(null);
  useEffect(() => {
    const instance = instanceRef.current;
    if (!focusRequest || !instance) return;
    const id = 'phaseId' in focusRequest ? phaseNodeId(focusRequest.phaseId) : focusRequest.touchpointId;
    const node = instance.getNode(id);
    if (!node) return;
    const pane = document.querySelector('.journey-canvas')?.getBoundingClientRect();
    if ('phaseId' in focusRequest && pane) {
      const zoom = Math.min(1, Math.max(minZoom, instance.getZoom()));
      const centre = node.position.x + (node.width ?? 0) / 2;
      void instance.setViewport({ x: pane.width / 2 - centre * zoom, y: PHASE_TOP - node.position.y * zoom, zoom }, { duration: 300 });
    } else {
      void instance.fitView({ nodes: [{ id }], maxZoom: 1, minZoom, padding: 0.6, duration: 300 });
    }
    setFlashId(id);
    const timer = window.setTimeout(() => setFlashId(null), FLASH_MS);
    return () => window.clearTimeout(timer);
  }, [instanceRef, focusRequest, minZoom]);
  return flashId;
}
