import { useReactFlow } from '@xyflow/react';
import { useRef, useState, type MutableRefObject, type PointerEvent } from 'react';
import { isCardLane } from '../../../shared/src/index.js';
import type { JourneyNode } from './canvasNodes.js';
import { columnAt } from './dropTargets.js';
import { cellAt, type CellLayout, type JourneyLayout } from './layout.js';

export interface CanvasPointer {
  /** The card-lane cell under the pointer, as laid out now (it grows while cards are added): its "+". */
  hoveredCell: CellLayout | null;
  /** The phase the user last pointed at, for "N" and paste with nothing selected. */
  phaseHint: MutableRefObject<string | null>;
  /** A point on the screen in the canvas's coordinates. */
  flowPoint: (event: { clientX: number; clientY: number }) => { x: number; y: number };
  handlers: {
    onPointerMove: (event: PointerEvent) => void;
    onPointerLeave: () => void;
    onPointerDownCapture: (event: PointerEvent) => void;
  };
}

/**
 * Pointer tracking on the canvas: which cell is under the pointer and which phase was pointed at
 * last. `showCells` false (a drag, a read-only map) offers no cell to add to.
 */
export function useCanvasPointer(layout: JourneyLayout, showCells: boolean): CanvasPointer {
  const flow = useReactFlow<JourneyNode>();
  const [hovered, setHovered] = useState<{ laneId: string; phaseId: string } | null>(null);
  const phaseHint = useRef<string | null>(null);

  const flowPoint = (event: { clientX: number; clientY: number }) => flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
  const onPointerMove = (event: PointerEvent) => {
    if (event.buttons !== 0 || !showCells) return;
    const target = event.target as Element;
    if (target.closest('.cell-add')) return;
    const cell = target.closest('.react-flow__renderer') ? cellAt(layout, flowPoint(event)) : null;
    const shown = cell && isCardLane(cell.kind) && !cell.empty ? cell : null;
    if (shown?.laneId !== hovered?.laneId || shown?.phaseId !== hovered?.phaseId) {
      setHovered(shown ? { laneId: shown.laneId, phaseId: shown.phaseId } : null);
    }
  };
  const onPointerDownCapture = (event: PointerEvent) => {
    if (!(event.target as Element).closest('.react-flow__renderer')) return;
    const column = columnAt(layout, flowPoint(event).x);
    if (column) phaseHint.current = column.phase.id;
  };

  const hoveredCell =
    (showCells && hovered && layout.cells.find((c) => c.laneId === hovered.laneId && c.phaseId === hovered.phaseId && !c.empty)) ||
    null;
  return {
    hoveredCell,
    phaseHint,
    flowPoint,
    handlers: { onPointerMove, onPointerLeave: () => setHovered(null), onPointerDownCapture },
  };
}
