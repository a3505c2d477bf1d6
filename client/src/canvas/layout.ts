import {
  EMOTION_MAX,
  EMOTION_MIN,
  type MapDocument,
  type Phase,
  type Touchpoint,
} from '../../../shared/src/index.js';

/*
 * Where everything sits on the canvas, derived from the document alone: every browser computes
 * the same positions, and nothing about placement is ever stored.
 *
 *   ┌ column ─────────┐┌ column ─────────┐ ┌ add phase ┐
 *   │ phase header    ││ phase header    │ └───────────┘
 *   │ [card]          ││ [card]          │
 *   │ [card]          ││ + add           │
 *   │ + add           ││                 │
 *   └─────────────────┘└─────────────────┘
 *   ┌ emotion lane (one node across all columns) ┐
 *   └────────────────────────────────────────────┘
 */
export const COLUMN_WIDTH = 260;
export const COLUMN_GAP = 24;
export const COLUMN_PITCH = COLUMN_WIDTH + COLUMN_GAP;
export const CARD_INSET = 16;
export const CARD_WIDTH = COLUMN_WIDTH - 2 * CARD_INSET;
export const CARD_HEIGHT = 112;
export const CARD_GAP = 14;
export const CARD_PITCH = CARD_HEIGHT + CARD_GAP;
export const HEADER_HEIGHT = 104;
export const STACK_TOP = HEADER_HEIGHT + 14;
export const ADD_TOUCHPOINT_HEIGHT = 44;
export const LANE_GAP = 24;
export const LANE_HEIGHT = 280;
/** Space above +2 and below −2 inside the lane, for the lane title and dip markers. */
export const LANE_PADDING_TOP = 44;
export const LANE_PADDING_BOTTOM = 28;
/** Room left of the first column for the emotion scale labels. */
export const LANE_LABEL_WIDTH = 140;
export const ADD_PHASE_WIDTH = 200;

export interface PhaseColumn {
  phase: Phase;
  index: number;
  x: number;
  touchpointIds: string[];
}

export interface TouchpointSlot {
  touchpoint: Touchpoint;
  phaseIndex: number;
  indexInPhase: number;
  /** Top-left corner of the card. */
  x: number;
  y: number;
  /** Where the touchpoint sits on the emotion curve: spread across its column in stack order. */
  curveX: number;
}

export interface JourneyLayout {
  columns: PhaseColumn[];
  /** Touchpoints in journey order: phase by phase, top to bottom within a phase. */
  slots: TouchpointSlot[];
  slotById: Map<string, TouchpointSlot>;
  /** Top of the emotion lane; the lane spans all columns, below them. */
  laneTop: number;
  /** Height of the phase columns (header, cards and "add touchpoint"), the same for all. */
  columnHeight: number;
  /** x of the "add phase" control, right of the last column. */
  addPhaseX: number;
}

export function columnX(index: number): number {
  return index * COLUMN_PITCH;
}

export function cardY(indexInPhase: number): number {
  return STACK_TOP + indexInPhase * CARD_PITCH;
}

/** Lays out a map: one column per phase in journey order, cards stacked in document order. */
export function layoutJourney(map: Pick<MapDocument, 'phases' | 'touchpoints'>): JourneyLayout {
  const byPhase = new Map<string, Touchpoint[]>(map.phases.map((phase) => [phase.id, []]));
  for (const tp of map.touchpoints) byPhase.get(tp.phaseId)?.push(tp);

  const columns: PhaseColumn[] = [];
  const slots: TouchpointSlot[] = [];
  map.phases.forEach((phase, index) => {
    const inPhase = byPhase.get(phase.id) ?? [];
    const x = columnX(index);
    columns.push({ phase, index, x, touchpointIds: inPhase.map((tp) => tp.id) });
    inPhase.forEach((touchpoint, indexInPhase) => {
      slots.push({
        touchpoint,
        phaseIndex: index,
        indexInPhase,
        x: x + CARD_INSET,
        y: cardY(indexInPhase),
        curveX: x + CARD_INSET + ((indexInPhase + 0.5) / inPhase.length) * CARD_WIDTH,
      });
    });
  });

  const tallest = Math.max(1, ...columns.map((c) => c.touchpointIds.length));
  const laneTop = cardY(tallest) + ADD_TOUCHPOINT_HEIGHT + LANE_GAP;
  return {
    columns,
    slots,
    slotById: new Map(slots.map((slot) => [slot.touchpoint.id, slot])),
    laneTop,
    columnHeight: laneTop - LANE_GAP / 2,
    addPhaseX: columnX(columns.length),
  };
}

/** The y of an emotion value inside the lane, relative to the lane's top. */
export function emotionOffset(emotion: number): number {
  const plot = LANE_HEIGHT - LANE_PADDING_TOP - LANE_PADDING_BOTTOM;
  const clamped = Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, emotion));
  return LANE_PADDING_TOP + ((EMOTION_MAX - clamped) / (EMOTION_MAX - EMOTION_MIN)) * plot;
}

export interface DropTarget {
  phaseId: string;
  /** Index among the phase's other touchpoints, as moveTouchpoint expects it. */
  index: number;
  /** Left edge of the target column (flow coordinates). */
  columnX: number;
  /** Where the insertion mark goes (flow coordinates). */
  markX: number;
  markY: number;
}

/**
 * Where a card dropped with its top-left corner at `position` lands: the column under its
 * centre, and the index given by how many of that column's other cards sit above its centre.
 */
export function dropTarget(
  layout: JourneyLayout,
  touchpointId: string,
  position: { x: number; y: number },
): DropTarget | null {
  if (layout.columns.length === 0) return null;
  const centreX = position.x + CARD_WIDTH / 2;
  const centreY = position.y + CARD_HEIGHT / 2;
  const columnIndex = Math.max(0, Math.min(layout.columns.length - 1, Math.floor(centreX / COLUMN_PITCH)));
  const column = layout.columns[columnIndex]!;
  const others = column.touchpointIds.filter((id) => id !== touchpointId);
  let index = 0;
  for (const id of others) {
    const slot = layout.slotById.get(id);
    if (slot && slot.y + CARD_HEIGHT / 2 < centreY) index++;
  }
  const below = layout.slotById.get(others[index] ?? '');
  const above = layout.slotById.get(others[index - 1] ?? '');
  const markY = below ? below.y - CARD_GAP / 2 : above ? above.y + CARD_HEIGHT + CARD_GAP / 2 : STACK_TOP - CARD_GAP / 2;
  return { phaseId: column.phase.id, index, columnX: column.x, markX: column.x + CARD_INSET, markY };
}

/** Whether dropping at `target` would leave the touchpoint where it already is. */
export function isSamePlace(layout: JourneyLayout, touchpointId: string, target: DropTarget): boolean {
  const slot = layout.slotById.get(touchpointId);
  return slot !== undefined && slot.touchpoint.phaseId === target.phaseId && slot.indexInPhase === target.index;
}
