import type { Node } from '@xyflow/react';
import type { MapDocument, Phase, Touchpoint } from '../../../shared/src/index.js';
import { emotionCurves, type EmotionCurve } from './emotionCurve.js';
import {
  ADD_PHASE_WIDTH,
  CARD_HEIGHT,
  CARD_WIDTH,
  COLUMN_GAP,
  COLUMN_PITCH,
  COLUMN_WIDTH,
  HEADER_HEIGHT,
  LANE_HEIGHT,
  LANE_LABEL_WIDTH,
  type JourneyLayout,
} from './layout.js';

export type PhaseNodeData = {
  phase: Phase;
  index: number;
  phaseCount: number;
  touchpointCount: number;
};
export type TouchpointNodeData = {
  touchpoint: Touchpoint;
  measureCount: number;
};
export type EmotionLaneNodeData = {
  curves: EmotionCurve[];
  width: number;
  /** Left edges of the columns, relative to the lane, for the phase separators. */
  columnLefts: number[];
};
export type AddPhaseNodeData = { phaseCount: number };

export type PhaseNode = Node<PhaseNodeData, 'phase'>;
export type TouchpointNode = Node<TouchpointNodeData, 'touchpoint'>;
export type EmotionLaneNode = Node<EmotionLaneNodeData, 'emotionLane'>;
export type AddPhaseNode = Node<AddPhaseNodeData, 'addPhase'>;
export type JourneyNode = PhaseNode | TouchpointNode | EmotionLaneNode | AddPhaseNode;

/** Node ids of the scaffolding; touchpoint nodes use the touchpoint id itself. */
export const LANE_NODE_ID = 'emotion-lane';
export const ADD_PHASE_NODE_ID = 'add-phase';
export function phaseNodeId(phaseId: string): string {
  return `phase:${phaseId}`;
}

const fixed = { draggable: false, selectable: false, deletable: false, focusable: false } as const;

/** The canvas nodes of a map: phase columns, the emotion lane, touchpoint cards, "add phase". */
export function buildNodes(map: MapDocument, layout: JourneyLayout, selectedId: string | null): JourneyNode[] {
  const measureCount = new Map<string, number>();
  for (const measure of map.measures) {
    for (const id of measure.touchpointIds) measureCount.set(id, (measureCount.get(id) ?? 0) + 1);
  }
  const nodes: JourneyNode[] = [];
  for (const column of layout.columns) {
    nodes.push({
      id: phaseNodeId(column.phase.id),
      type: 'phase',
      position: { x: column.x, y: 0 },
      width: COLUMN_WIDTH,
      height: layout.columnHeight,
      zIndex: 0,
      ...fixed,
      data: {
        phase: column.phase,
        index: column.index,
        phaseCount: layout.columns.length,
        touchpointCount: column.touchpointIds.length,
      },
    });
  }
  if (layout.columns.length > 0) {
    const width = LANE_LABEL_WIDTH + layout.columns.length * COLUMN_PITCH - COLUMN_GAP;
    nodes.push({
      id: LANE_NODE_ID,
      type: 'emotionLane',
      position: { x: -LANE_LABEL_WIDTH, y: layout.laneTop },
      width,
      height: LANE_HEIGHT,
      zIndex: 1,
      ...fixed,
      data: {
        curves: emotionCurves(map.personas, layout, -LANE_LABEL_WIDTH),
        width,
        columnLefts: layout.columns.map((c) => c.x + LANE_LABEL_WIDTH),
      },
    });
  }
  nodes.push({
    id: ADD_PHASE_NODE_ID,
    type: 'addPhase',
    position: { x: layout.addPhaseX, y: 0 },
    width: ADD_PHASE_WIDTH,
    height: HEADER_HEIGHT,
    ...fixed,
    data: { phaseCount: layout.columns.length },
  });
  for (const slot of layout.slots) {
    const { touchpoint } = slot;
    nodes.push({
      id: touchpoint.id,
      type: 'touchpoint',
      position: { x: slot.x, y: slot.y },
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      zIndex: 2,
      selected: touchpoint.id === selectedId,
      data: { touchpoint, measureCount: measureCount.get(touchpoint.id) ?? 0 },
    });
  }
  return nodes;
}
