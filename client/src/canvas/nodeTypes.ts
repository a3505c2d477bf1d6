import type { NodeTypes } from '@xyflow/react';
import { AddPhaseNodeView } from './nodes/AddPhaseNode.js';
import { EmotionLaneNodeView } from './nodes/EmotionLaneNode.js';
import { PhaseNodeView } from './nodes/PhaseNode.js';
import { TouchpointNodeView } from './nodes/TouchpointNode.js';

/** Defined once at module level: a new object per render would remount every node. */
export const nodeTypes = {
  phase: PhaseNodeView,
  touchpoint: TouchpointNodeView,
  emotionLane: EmotionLaneNodeView,
  addPhase: AddPhaseNodeView,
} satisfies NodeTypes;
