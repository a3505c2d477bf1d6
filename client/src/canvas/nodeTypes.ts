import type { NodeTypes } from '@xyflow/react';
import { AddPhaseNodeView } from './nodes/AddPhaseNode.js';
import { CardNodeView } from './nodes/CardNode.js';
import { EmotionLaneNodeView } from './nodes/EmotionLaneNode.js';
import { LaneHeaderNodeView } from './nodes/LaneHeaderNode.js';
import { LaneRowNodeView } from './nodes/LaneRowNode.js';
import { PhaseNodeView } from './nodes/PhaseNode.js';
import { TouchpointNodeView } from './nodes/TouchpointNode.js';
import { VisibilityLineNodeView } from './nodes/VisibilityLineNode.js';
import { StickyNoteNodeView } from '../stickies/StickyNote.js';

/** Defined once at module level: a new object per render would remount every node. */
export const nodeTypes = {
  phase: PhaseNodeView,
  touchpoint: TouchpointNodeView,
  card: CardNodeView,
  laneHeader: LaneHeaderNodeView,
  laneRow: LaneRowNodeView,
  emotionLane: EmotionLaneNodeView,
  visibilityLine: VisibilityLineNodeView,
  addPhase: AddPhaseNodeView,
  sticky: StickyNoteNodeView,
} satisfies NodeTypes;
