import {
  BACKSTAGE_LANE_KINDS,
  CHANNELS,
  EMOTION_MAX,
  EMOTION_MIN,
  isCardLane,
  type Card,
  type Channel,
  type ExpectationCategory,
  type Lane,
  type LaneKind,
  type MapDocument,
  type Measure,
  type Phase,
  type Touchpoint,
} from '../../../shared/src/index.js';
import { cardCell, channelCell, expectationCell, touchpointCell, type CellContent } from './cellLayouts.js';
import {
  CARD_LANE_MIN_HEIGHT,
  CELL_PADDING,
  CHANNELS_MIN_HEIGHT,
  ADD_TOUCHPOINT_HEIGHT,
  COLUMN_GAP,
  EMOTION_LANE_HEIGHT,
  EMOTION_PADDING_BOTTOM,
  EMOTION_PADDING_TOP,
  EXPECTATIONS_MIN_HEIGHT,
  HEADER_GAP,
  HEADER_HEIGHT,
  LANE_GAP,
  VISIBILITY_GAP,
  phaseWidth,
  touchpointHeight,
} from './layoutGeometry.js';

export * from './layoutGeometry.js';

/*
 * Where everything sits on the canvas, derived from the document alone: every browser computes
 * the same positions from the same document, and nothing about placement is ever stored.
 *
 *                 ┌ phase header ┐┌ phase header ┐ ┌ add phase ┐
 *   ┌ lane name ┐ ┌ cell ────────┐┌ cell ────────┐
 *   │ Actions   │ │ [sticky]     ││              │     one row per visible lane,
 *   └───────────┘ └──────────────┘└──────────────┘     as tall as its fullest cell
 *   ┌ lane name ┐ ┌ cell ────────┐┌ cell ────────┐
 *   │Touchpoints│ │ [card][card] ││ [card]       │
 *   └───────────┘ └──────────────┘└──────────────┘
 *   - - - - - - - - line of visibility - - - - - - -
 *   ┌ Backstage ┐ ┌ cell ────────┐┌ cell ────────┐
 *
 * x = 0 is the left edge of the first phase; the lane names sit left of it. Sizes are in
 * layoutGeometry.ts, what each kind of cell holds in cellLayouts.ts.
 */

export interface LayoutOptions {
  /** Scale of the text on cards (large type for projectors); 1 = normal. */
  typeScale?: number;
  /** Within each phase, touchpoints grouped by channel under a small heading. */
  groupByChannel?: boolean;
  /** Widths being dragged right now, before they are stored. */
  phaseWidths?: ReadonlyMap<string, number>;
  /** Translated channel names, for the width of the channel chips. */
  channelLabels?: Readonly<Record<Channel, string>>;
}

/** What the layout reads from a map; `lanes` are the effective lanes, hidden ones included. */
export type LayoutInput = Pick<MapDocument, 'phases' | 'touchpoints' | 'measures'> & {
  lanes: readonly Lane[];
  cards?: readonly Card[];
};

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PhaseColumn {
  phase: Phase;
  index: number;
  x: number;
  width: number;
  /** The phase's touchpoints in display order. */
  touchpointIds: string[];
}

export interface LaneRow {
  lane: Lane;
  /** Position among all lanes (hidden ones included), as moveLane counts. */
  index: number;
  top: number;
  height: number;
  /** Below the line of visibility. */
  backstage: boolean;
}

export interface CellLayout extends Rect {
  laneId: string;
  phaseId: string;
  kind: LaneKind;
  /** A card lane cell with nothing in it (it shows a large "+"). */
  empty: boolean;
}

export interface TouchpointSlot extends Rect {
  touchpoint: Touchpoint;
  phaseIndex: number;
  /** Position within the phase as shown (grouped by channel, when that view is on). */
  indexInPhase: number;
  /** Where the touchpoint sits on the emotion curve: spread across its column in display order. */
  curveX: number;
}

export interface CardSlot extends Rect {
  card: Card;
  indexInCell: number;
  /** Lines of text the card has room for. */
  lines: number;
}

export interface ChannelGroupHeader extends Rect {
  phaseId: string;
  channel: Channel;
}

export interface ChannelChip extends Rect {
  phaseId: string;
  channel: Channel;
  count: number;
}

export interface ExpectationItem extends Rect {
  touchpointId: string;
  /** Index in the touchpoint's expectations, as the mutations address it. */
  index: number;
  text: string;
  lines: number;
}

export interface ExpectationGroup extends Rect {
  phaseId: string;
  category: ExpectationCategory;
  items: ExpectationItem[];
}

export interface MeasureChip extends Rect {
  measure: Measure;
  phaseId: string;
  lines: number;
}

export interface JourneyLayout {
  columns: PhaseColumn[];
  columnById: Map<string, PhaseColumn>;
  /** Visible lanes, top to bottom. */
  lanes: LaneRow[];
  /** All lanes, hidden ones included. */
  laneCount: number;
  laneById: Map<string, LaneRow>;
  cells: CellLayout[];
  /** Touchpoints in journey order as shown; empty when the touchpoints lane is hidden. */
  slots: TouchpointSlot[];
  slotById: Map<string, TouchpointSlot>;
  /** x on the emotion curve of every touchpoint, whether or not its card is shown. */
  curveX: Map<string, number>;
  /** Touchpoint ids in display order (phase by phase), whether or not the cards are shown. */
  touchpointOrder: string[];
  /** Touchpoint ids of each phase in stored order (what the mutations count in). */
  touchpointStoredOrder: Map<string, string[]>;
  cardSlots: CardSlot[];
  cardSlotById: Map<string, CardSlot>;
  groupHeaders: ChannelGroupHeader[];
  addTouchpoint: (Rect & { phaseId: string })[];
  channelChips: ChannelChip[];
  expectationGroups: ExpectationGroup[];
  addExpectation: (Rect & { phaseId: string })[];
  measureChips: MeasureChip[];
  /** y of the line of visibility, when a backstage lane is shown. */
  visibilityY: number | null;
  /** Right edge of the last phase. */
  boardRight: number;
  /** Bottom of the last lane. */
  boardBottom: number;
  addPhaseX: number;
  touchpointHeight: number;
  typeScale: number;
}

export function cellKey(laneId: string, phaseId: string): string {
  return `${laneId}\u0000${phaseId}`;
}

/** Touchpoints of each phase in display order: stored order, or grouped by channel. */
function touchpointsByPhase(input: LayoutInput, groupByChannel: boolean): Map<string, Touchpoint[]> {
  const byPhase = new Map<string, Touchpoint[]>(input.phases.map((phase) => [phase.id, []]));
  for (const tp of input.touchpoints) byPhase.get(tp.phaseId)?.push(tp);
  if (groupByChannel) {
    for (const [phaseId, list] of byPhase) {
      // A stable sort keeps the stored order within each channel.
      byPhase.set(
        phaseId,
        [...list].sort((a, b) => CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel)),
      );
    }
  }
  return byPhase;
}

/** Lays out a journey map: phase columns, lane rows, and everything inside the cells. */
export function layoutJourney(input: LayoutInput, options: LayoutOptions = {}): JourneyLayout {
  const typeScale = options.typeScale ?? 1;
  const groupByChannel = options.groupByChannel ?? false;
  const tpHeight = touchpointHeight(typeScale);
  const byPhase = touchpointsByPhase(input, groupByChannel);
  const tpById = new Map(input.touchpoints.map((tp) => [tp.id, tp]));

  const columns: PhaseColumn[] = [];
  let x = 0;
  input.phases.forEach((phase, index) => {
    const width = phaseWidth(phase, options.phaseWidths);
    columns.push({ phase, index, x, width, touchpointIds: (byPhase.get(phase.id) ?? []).map((tp) => tp.id) });
    x += width + COLUMN_GAP;
  });
  const boardRight = columns.length > 0 ? x - COLUMN_GAP : 0;

  const out: JourneyLayout = {
    columns,
    columnById: new Map(columns.map((c) => [c.phase.id, c])),
    lanes: [],
    laneCount: input.lanes.length,
    laneById: new Map(),
    cells: [],
    slots: [],
    slotById: new Map(),
    curveX: new Map(),
    touchpointOrder: [],
    touchpointStoredOrder: new Map(input.phases.map((phase) => [phase.id, []])),
    cardSlots: [],
    cardSlotById: new Map(),
    groupHeaders: [],
    addTouchpoint: [],
    channelChips: [],
    expectationGroups: [],
    addExpectation: [],
    measureChips: [],
    visibilityY: null,
    boardRight,
    boardBottom: HEADER_HEIGHT,
    addPhaseX: columns.length > 0 ? boardRight + COLUMN_GAP : 0,
    touchpointHeight: tpHeight,
    typeScale,
  };

  for (const tp of input.touchpoints) out.touchpointStoredOrder.get(tp.phaseId)?.push(tp.id);
  for (const column of columns) {
    const ids = column.touchpointIds;
    ids.forEach((id, i) => {
      out.touchpointOrder.push(id);
      out.curveX.set(id, column.x + CELL_PADDING + ((i + 0.5) / ids.length) * (column.width - 2 * CELL_PADDING));
    });
  }

  const cardsByCell = new Map<string, Card[]>();
  for (const card of input.cards ?? []) {
    const key = cellKey(card.laneId, card.phaseId);
    const list = cardsByCell.get(key);
    if (list) list.push(card);
    else cardsByCell.set(key, [card]);
  }
  const measuresByPhase = new Map<string, Measure[]>();
  for (const measure of input.measures) {
    const phases = new Set(measure.touchpointIds.map((id) => tpById.get(id)?.phaseId));
    for (const column of columns) {
      if (!phases.has(column.phase.id)) continue;
      const list = measuresByPhase.get(column.phase.id);
      if (list) list.push(measure);
      else measuresByPhase.set(column.phase.id, [measure]);
    }
  }

  const contentOf = (lane: Lane, column: PhaseColumn): CellContent => {
    const inner = column.width - 2 * CELL_PADDING;
    const phaseId = column.phase.id;
    switch (lane.kind) {
      case 'touchpoints':
        return touchpointCell(column, byPhase.get(phaseId) ?? [], inner, tpHeight, groupByChannel);
      case 'channels':
        return channelCell(phaseId, byPhase.get(phaseId) ?? [], inner, options.channelLabels);
      case 'emotions':
        return { height: EMOTION_LANE_HEIGHT, place: () => {} };
      case 'expectations':
        return expectationCell(phaseId, byPhase.get(phaseId) ?? [], inner, typeScale);
      default: {
        const cards = isCardLane(lane.kind) ? (cardsByCell.get(cellKey(lane.id, phaseId)) ?? []) : [];
        const measures = lane.kind === 'opportunities' ? (measuresByPhase.get(phaseId) ?? []) : [];
        return cardCell(cards, measures, phaseId, inner, typeScale);
      }
    }
  };

  let top = HEADER_HEIGHT + HEADER_GAP;
  let seenBackstage = false;
  input.lanes.forEach((lane, index) => {
    if (lane.hidden) return;
    const backstage = BACKSTAGE_LANE_KINDS.includes(lane.kind);
    if (backstage && !seenBackstage) {
      seenBackstage = true;
      // A wider gap above the first backstage lane, with the line through its middle.
      const above = top - LANE_GAP;
      out.visibilityY = above + VISIBILITY_GAP / 2;
      top = above + VISIBILITY_GAP;
    }
    const contents = columns.map((column) => contentOf(lane, column));
    const minimum =
      lane.kind === 'emotions'
        ? EMOTION_LANE_HEIGHT
        : lane.kind === 'channels'
          ? CHANNELS_MIN_HEIGHT
          : lane.kind === 'expectations'
            ? EXPECTATIONS_MIN_HEIGHT
            : lane.kind === 'touchpoints'
              ? 2 * CELL_PADDING + ADD_TOUCHPOINT_HEIGHT
              : CARD_LANE_MIN_HEIGHT;
    const height = Math.max(minimum, ...contents.map((c) => c.height));
    const row: LaneRow = { lane, index, top, height, backstage };
    out.lanes.push(row);
    out.laneById.set(lane.id, row);
    columns.forEach((column, i) => {
      const cell: CellLayout = {
        laneId: lane.id,
        phaseId: column.phase.id,
        kind: lane.kind,
        x: column.x,
        y: top,
        width: column.width,
        height,
        empty:
          isCardLane(lane.kind) &&
          !cardsByCell.has(cellKey(lane.id, column.phase.id)) &&
          !(lane.kind === 'opportunities' && measuresByPhase.has(column.phase.id)),
      };
      out.cells.push(cell);
      contents[i]!.place(cell, out);
    });
    top += height + LANE_GAP;
  });
  out.boardBottom = out.lanes.length > 0 ? top - LANE_GAP : HEADER_HEIGHT;
  for (const slot of out.slots) out.slotById.set(slot.touchpoint.id, slot);
  for (const slot of out.cardSlots) out.cardSlotById.set(slot.card.id, slot);
  return out;
}

/** The y of an emotion value inside the emotion lane, relative to the lane's top. */
export function emotionOffset(emotion: number): number {
  const plot = EMOTION_LANE_HEIGHT - EMOTION_PADDING_TOP - EMOTION_PADDING_BOTTOM;
  const clamped = Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, emotion));
  return EMOTION_PADDING_TOP + ((EMOTION_MAX - clamped) / (EMOTION_MAX - EMOTION_MIN)) * plot;
}

/** The emotion at a y inside the emotion lane, snapped to a whole step of the scale. */
export function emotionAtOffset(offset: number): number {
  const plot = EMOTION_LANE_HEIGHT - EMOTION_PADDING_TOP - EMOTION_PADDING_BOTTOM;
  const value = EMOTION_MAX - ((offset - EMOTION_PADDING_TOP) / plot) * (EMOTION_MAX - EMOTION_MIN);
  return Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, Math.round(value))) + 0;
}

/** The visible lane and phase whose cell contains a point, if any. */
export function cellAt(layout: JourneyLayout, point: { x: number; y: number }): CellLayout | null {
  for (const cell of layout.cells) {
    if (point.x >= cell.x && point.x <= cell.x + cell.width && point.y >= cell.y && point.y <= cell.y + cell.height) {
      return cell;
    }
  }
  return null;
}
