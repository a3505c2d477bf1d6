import type { Node } from '@xyflow/react';
import {
  isCardLane,
  type Card,
  type Channel,
  type ExpectationCategory,
  type Lane,
  type LaneKind,
  type MapDocument,
  type MeasureStatus,
  type Phase,
  type Touchpoint,
} from '../../../shared/src/index.js';
import { cardNodeId } from '../editing/selection.js';
import type { CanvasOverlay, CardCsi, SpotMark } from '../insights/overlay.js';
import { emotionCurves, type EmotionCurve } from './emotionCurve.js';
import {
  ADD_PHASE_WIDTH,
  BOARD_LEFT,
  HEADER_HEIGHT,
  LANE_HEADER_WIDTH,
  type JourneyLayout,
  type LaneRow,
} from './layout.js';
import type { ViewSettings } from './viewSettings.js';
import type { StickyNode } from '../stickies/stickyNodes.js';

export type PhaseNodeData = {
  phase: Phase;
  index: number;
  phaseCount: number;
  touchpointCount: number;
  /** Whether the width was set by someone (double-clicking the edge resets it). */
  resized: boolean;
  /** White spots of the phase (an empty phase) while the CSI overlay is on. */
  spots: SpotMark[];
};
export type TouchpointNodeData = {
  touchpoint: Touchpoint;
  measureCount: number;
  /** Filtered out by a view setting: shown faded. */
  dimmed: boolean;
  /** The measured CSI while the overlay is on (null: overlay off). */
  csi: (CardCsi & { period: string | null; baseline: string | null }) | null;
  /** White spots of the touchpoint while the overlay is on. */
  spots: SpotMark[];
};
export type CardNodeData = {
  card: Card;
  laneKind: LaneKind;
  lines: number;
  editing: boolean;
  dimmed: boolean;
};
export type LaneHeaderNodeData = {
  lane: Lane;
  backstage: boolean;
  cardCount: number;
};

/** A cell of a lane row, relative to the row. */
export interface RowCell {
  phaseId: string;
  x: number;
  width: number;
  empty: boolean;
}
export interface RowBox {
  x: number;
  y: number;
  width: number;
  height: number;
}
export type RowContent =
  | {
      kind: 'touchpoints';
      /** `whiteSpot`: the phase is empty and the overlay is on. */
      addButtons: (RowBox & { phaseId: string; whiteSpot?: SpotMark })[];
      groupHeaders: (RowBox & { channel: Channel })[];
    }
  | { kind: 'channels'; chips: (RowBox & { phaseId: string; channel: Channel; count: number; active: boolean })[] }
  | {
      kind: 'expectations';
      groups: (RowBox & {
        phaseId: string;
        category: ExpectationCategory;
        items: (RowBox & { touchpointId: string; touchpointTitle: string; index: number; text: string; lines: number })[];
      })[];
      addButtons: (RowBox & { phaseId: string; touchpoints: { id: string; title: string }[] })[];
    }
  | {
      kind: 'cards';
      measures: (RowBox & { measureId: string; title: string; status: MeasureStatus; touchpointId: string; lines: number })[];
    };
export type LaneRowNodeData = {
  lane: Lane;
  cells: RowCell[];
  content: RowContent;
};
export type EmotionLaneNodeData = {
  curves: EmotionCurve[];
  width: number;
  cells: { x: number; width: number }[];
  personaCount: number;
};
export type VisibilityLineNodeData = { width: number };
export type AddPhaseNodeData = { phaseCount: number };

export type PhaseNode = Node<PhaseNodeData, 'phase'>;
export type TouchpointNode = Node<TouchpointNodeData, 'touchpoint'>;
export type CardNode = Node<CardNodeData, 'card'>;
export type LaneHeaderNode = Node<LaneHeaderNodeData, 'laneHeader'>;
export type LaneRowNode = Node<LaneRowNodeData, 'laneRow'>;
export type EmotionLaneNode = Node<EmotionLaneNodeData, 'emotionLane'>;
export type VisibilityLineNode = Node<VisibilityLineNodeData, 'visibilityLine'>;
export type AddPhaseNode = Node<AddPhaseNodeData, 'addPhase'>;
export type JourneyNode =
  | PhaseNode
  | TouchpointNode
  | CardNode
  | LaneHeaderNode
  | LaneRowNode
  | EmotionLaneNode
  | VisibilityLineNode
  | AddPhaseNode
  | StickyNode;

/** Node ids of the scaffolding; touchpoint nodes use the touchpoint id itself. */
export const ADD_PHASE_NODE_ID = 'add-phase';
export const VISIBILITY_NODE_ID = 'line-of-visibility';
export function phaseNodeId(phaseId: string): string {
  return `phase:${phaseId}`;
}
export function laneHeaderNodeId(laneId: string): string {
  return `lane-header:${laneId}`;
}
export function laneRowNodeId(laneId: string): string {
  return `lane:${laneId}`;
}
export const EMOTION_LANE_NODE_ID = 'emotion-lane';

const fixed = { draggable: false, selectable: false, deletable: false, focusable: false } as const;
/** Dragged to reorder, never selected. */
const reorderable = { draggable: true, selectable: false, deletable: false, focusable: false } as const;

export interface BuildInput {
  map: Pick<MapDocument, 'personas' | 'touchpoints' | 'measures'>;
  layout: JourneyLayout;
  view: ViewSettings;
  editingCardId: string | null;
  /** The CSI overlay, when it is on. */
  overlay?: CanvasOverlay | null;
  /** Nothing can be moved or added (a viewer's or commenter's link). */
  readOnly?: boolean;
}

const NO_SPOTS: SpotMark[] = [];

function cardCsi(overlay: CanvasOverlay | null, touchpointId: string): TouchpointNodeData['csi'] {
  if (!overlay) return null;
  const csi = overlay.cards.get(touchpointId) ?? { csi: null, baselineCsi: null, delta: null, n: null, paint: null };
  return { ...csi, period: overlay.period, baseline: overlay.baseline };
}

/** Whether a view filter fades this touchpoint. */
export function isTouchpointDimmed(touchpoint: Touchpoint, view: ViewSettings): boolean {
  if (view.momentsOfTruthOnly && !touchpoint.momentOfTruth) return true;
  return view.channels.size > 0 && !view.channels.has(touchpoint.channel);
}

function rowNode(row: LaneRow, layout: JourneyLayout, content: RowContent): LaneRowNode {
  const cells = layout.cells
    .filter((cell) => cell.laneId === row.lane.id)
    .map((cell) => ({ phaseId: cell.phaseId, x: cell.x, width: cell.width, empty: cell.empty }));
  return {
    id: laneRowNodeId(row.lane.id),
    type: 'laneRow',
    position: { x: 0, y: row.top },
    width: layout.boardRight,
    height: row.height,
    zIndex: 0,
    ...fixed,
    data: { lane: row.lane, cells, content },
  };
}

function rowContent(row: LaneRow, input: BuildInput, titles: Map<string, string>): RowContent {
  const { layout, view, map } = input;
  const top = row.top;
  const shift = <T extends { y: number }>(box: T): T => ({ ...box, y: box.y - top });
  switch (row.lane.kind) {
    case 'touchpoints':
      return {
        kind: 'touchpoints',
        addButtons: layout.addTouchpoint.map((button) => {
          const spot = input.overlay?.phaseSpots.get(button.phaseId)?.[0];
          return spot ? { ...shift(button), whiteSpot: spot } : shift(button);
        }),
        groupHeaders: layout.groupHeaders.map(({ phaseId: _phaseId, ...header }) => shift(header)),
      };
    case 'channels':
      return {
        kind: 'channels',
        chips: layout.channelChips.map((chip) => ({ ...shift(chip), active: view.channels.has(chip.channel) })),
      };
    case 'expectations': {
      const byPhase = new Map<string, { id: string; title: string }[]>();
      for (const column of layout.columns) {
        byPhase.set(
          column.phase.id,
          column.touchpointIds.map((id) => ({ id, title: titles.get(id) ?? '' })),
        );
      }
      return {
        kind: 'expectations',
        groups: layout.expectationGroups.map((group) => ({
          ...shift(group),
          items: group.items.map((item) => ({ ...shift(item), touchpointTitle: titles.get(item.touchpointId) ?? '' })),
        })),
        addButtons: layout.addExpectation.map((button) => ({ ...shift(button), touchpoints: byPhase.get(button.phaseId) ?? [] })),
      };
    }
    default: {
      const inPhase = new Map(map.touchpoints.map((tp) => [tp.id, tp.phaseId]));
      return {
        kind: 'cards',
        measures:
          row.lane.kind === 'opportunities'
            ? layout.measureChips.map((chip) => ({
                ...shift({ x: chip.x, y: chip.y, width: chip.width, height: chip.height }),
                measureId: chip.measure.id,
                title: chip.measure.title,
                status: chip.measure.status,
                lines: chip.lines,
                touchpointId: chip.measure.touchpointIds.find((id) => inPhase.get(id) === chip.phaseId) ?? '',
              }))
            : [],
      };
    }
  }
}

/** The canvas nodes of a map (selection aside): phases, lanes and their contents, cards. */
export function buildNodes(input: BuildInput): JourneyNode[] {
  const { map, layout, view } = input;
  const overlay = input.overlay ?? null;
  const measureCount = new Map<string, number>();
  for (const measure of map.measures) {
    for (const id of measure.touchpointIds) measureCount.set(id, (measureCount.get(id) ?? 0) + 1);
  }
  const titles = new Map(map.touchpoints.map((tp) => [tp.id, tp.title]));
  const nodes: JourneyNode[] = [];
  const hasColumns = layout.columns.length > 0;

  for (const column of layout.columns) {
    nodes.push({
      id: phaseNodeId(column.phase.id),
      type: 'phase',
      position: { x: column.x, y: 0 },
      width: column.width,
      height: HEADER_HEIGHT,
      zIndex: 1,
      ...reorderable,
      dragHandle: '.phase-header__drag',
      data: {
        phase: column.phase,
        index: column.index,
        phaseCount: layout.columns.length,
        touchpointCount: column.touchpointIds.length,
        resized: column.phase.width !== undefined,
        spots: overlay?.phaseSpots.get(column.phase.id) ?? NO_SPOTS,
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

  const cardCount = new Map<string, number>();
  for (const slot of layout.cardSlots) cardCount.set(slot.card.laneId, (cardCount.get(slot.card.laneId) ?? 0) + 1);
  layout.lanes.forEach((row) => {
    nodes.push({
      id: laneHeaderNodeId(row.lane.id),
      type: 'laneHeader',
      position: { x: BOARD_LEFT, y: row.top },
      width: LANE_HEADER_WIDTH,
      height: row.height,
      zIndex: 1,
      ...reorderable,
      dragHandle: '.lane-header__drag',
      data: {
        lane: row.lane,
        backstage: row.backstage,
        cardCount: cardCount.get(row.lane.id) ?? 0,
      },
    });
    if (!hasColumns) return;
    if (row.lane.kind === 'emotions') {
      nodes.push({
        id: EMOTION_LANE_NODE_ID,
        type: 'emotionLane',
        position: { x: 0, y: row.top },
        width: layout.boardRight,
        height: row.height,
        zIndex: 0,
        ...fixed,
        data: {
          curves: emotionCurves(map.personas, map.touchpoints, layout, { hidden: view.hiddenPersonas }),
          width: layout.boardRight,
          cells: layout.columns.map((c) => ({ x: c.x, width: c.width })),
          personaCount: map.personas.length,
        },
      });
      return;
    }
    nodes.push(rowNode(row, layout, rowContent(row, input, titles)));
  });

  if (layout.visibilityY !== null) {
    nodes.push({
      id: VISIBILITY_NODE_ID,
      type: 'visibilityLine',
      position: { x: BOARD_LEFT, y: layout.visibilityY - 14 },
      width: Math.max(LANE_HEADER_WIDTH, layout.boardRight - BOARD_LEFT),
      height: 28,
      zIndex: 0,
      ...fixed,
      data: { width: Math.max(LANE_HEADER_WIDTH, layout.boardRight - BOARD_LEFT) },
    });
  }

  for (const slot of layout.slots) {
    const { touchpoint } = slot;
    nodes.push({
      id: touchpoint.id,
      type: 'touchpoint',
      position: { x: slot.x, y: slot.y },
      width: slot.width,
      height: slot.height,
      zIndex: 2,
      data: {
        touchpoint,
        measureCount: measureCount.get(touchpoint.id) ?? 0,
        dimmed: isTouchpointDimmed(touchpoint, view),
        csi: cardCsi(overlay, touchpoint.id),
        spots: overlay?.touchpointSpots.get(touchpoint.id) ?? NO_SPOTS,
      },
    });
  }
  const laneKinds = new Map(layout.lanes.map((row) => [row.lane.id, row.lane.kind]));
  for (const slot of layout.cardSlots) {
    const laneKind = laneKinds.get(slot.card.laneId);
    if (laneKind === undefined || !isCardLane(laneKind)) continue;
    nodes.push({
      id: cardNodeId(slot.card.id),
      type: 'card',
      position: { x: slot.x, y: slot.y },
      width: slot.width,
      height: slot.height,
      zIndex: 2,
      data: {
        card: slot.card,
        laneKind,
        lines: slot.lines,
        editing: slot.card.id === input.editingCardId,
        dimmed: view.momentsOfTruthOnly || view.channels.size > 0,
      },
    });
  }
  if (!input.readOnly) return nodes;
  // Headers that can no longer be dragged would let the pointer through (xyflow's default for a
  // node with nothing to do): their names and white-spot markers keep their tooltips this way.
  const hoverable = new Set<JourneyNode['type']>(['phase', 'laneHeader']);
  return nodes
    .filter((node) => node.type !== 'addPhase')
    .map((node) => ({ ...node, draggable: false, ...(hoverable.has(node.type) ? { style: { pointerEvents: 'all' } } : {}) }) as JourneyNode);
}
