import { isCardLane } from '../../../shared/src/index.js';
import {
  CELL_PADDING,
  ITEM_GAP,
  type CellLayout,
  type JourneyLayout,
  type LaneRow,
  type PhaseColumn,
  type Rect,
} from './layout.js';

/*
 * Where a dragged thing lands: pure functions of the layout and the dragged thing's position,
 * so that the highlight while dragging and the mutation on drop always agree.
 */

export interface InsertionMark {
  x: number;
  y: number;
  width: number;
}

export interface TouchpointDrop {
  phaseId: string;
  /** Index among the phase's other touchpoints in stored order, as moveTouchpoint expects it. */
  index: number;
  cell: Rect;
  mark: InsertionMark;
}

export interface CardDrop {
  laneId: string;
  phaseId: string;
  /** Index among the cell's other cards, as moveCard expects it. */
  index: number;
  cell: Rect;
  mark: InsertionMark;
}

function centreOf(rect: Rect): { x: number; y: number } {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/** The column under x, or the nearest one. */
export function columnAt(layout: JourneyLayout, x: number): PhaseColumn | null {
  let best: PhaseColumn | null = null;
  let bestDistance = Infinity;
  for (const column of layout.columns) {
    const distance = x < column.x ? column.x - x : x > column.x + column.width ? x - column.x - column.width : 0;
    if (distance < bestDistance) {
      best = column;
      bestDistance = distance;
    }
  }
  return best;
}

/** Whether `slot` comes before a point in reading order (rows top to bottom, left to right in a row). */
function isBefore(slot: Rect, point: { x: number; y: number }): boolean {
  if (slot.y + slot.height < point.y) return true;
  if (slot.y > point.y) return false;
  // On the same row: above or below a slot the point is over, else left or right of it.
  if (point.x >= slot.x && point.x <= slot.x + slot.width) return slot.y + slot.height / 2 < point.y;
  return slot.x + slot.width / 2 < point.x;
}

/** The insertion mark before `next`, or after `previous`, or at the top of an empty cell. */
function markBetween(cell: CellLayout, previous: Rect | undefined, next: Rect | undefined): InsertionMark {
  const left = cell.x + CELL_PADDING;
  const width = cell.width - 2 * CELL_PADDING;
  if (next) return { x: next.x, y: next.y - ITEM_GAP / 2, width: next.width };
  if (previous) return { x: previous.x, y: previous.y + previous.height + ITEM_GAP / 2, width: previous.width };
  return { x: left, y: cell.y + CELL_PADDING / 2, width };
}

/** Where a touchpoint card dragged to `rect` (its current box) lands: phase and position. */
export function touchpointDropTarget(layout: JourneyLayout, touchpointId: string, rect: Rect): TouchpointDrop | null {
  const lane = [...layout.laneById.values()].find((row) => row.lane.kind === 'touchpoints');
  const centre = centreOf(rect);
  const column = columnAt(layout, centre.x);
  if (!lane || !column) return null;
  const cell = layout.cells.find((c) => c.laneId === lane.lane.id && c.phaseId === column.phase.id);
  if (!cell) return null;
  const shown = column.touchpointIds.filter((id) => id !== touchpointId);
  const slots = shown.map((id) => layout.slotById.get(id)).filter((slot) => slot !== undefined);
  const before = slots.filter((slot) => isBefore(slot, centre)).length;
  const next = slots[before];
  // Display order may differ from stored order (grouped by channel): land before the shown neighbour.
  const stored = layout.touchpointStoredOrder.get(column.phase.id)?.filter((id) => id !== touchpointId) ?? [];
  const index = next ? stored.indexOf(next.touchpoint.id) : stored.length;
  return {
    phaseId: column.phase.id,
    index: index < 0 ? stored.length : index,
    cell,
    mark: markBetween(cell, slots[before - 1], next),
  };
}

/** The card lane under y, or the nearest card lane. */
function cardLaneAt(layout: JourneyLayout, y: number): LaneRow | null {
  let best: LaneRow | null = null;
  let bestDistance = Infinity;
  for (const row of layout.lanes) {
    if (!isCardLane(row.lane.kind)) continue;
    const distance = y < row.top ? row.top - y : y > row.top + row.height ? y - row.top - row.height : 0;
    if (distance < bestDistance) {
      best = row;
      bestDistance = distance;
    }
  }
  return best;
}

/** Where a free card dragged to `rect` lands: the card lane × phase cell under its centre, and the position in it. */
export function cardDropTarget(layout: JourneyLayout, cardId: string, rect: Rect): CardDrop | null {
  const centre = centreOf(rect);
  const column = columnAt(layout, centre.x);
  const lane = cardLaneAt(layout, centre.y);
  if (!column || !lane) return null;
  const cell = layout.cells.find((c) => c.laneId === lane.lane.id && c.phaseId === column.phase.id);
  if (!cell) return null;
  const others = layout.cardSlots.filter(
    (slot) => slot.card.laneId === lane.lane.id && slot.card.phaseId === column.phase.id && slot.card.id !== cardId,
  );
  const index = others.filter((slot) => isBefore(slot, centre)).length;
  return {
    laneId: lane.lane.id,
    phaseId: column.phase.id,
    index,
    cell,
    mark: markBetween(cell, others[index - 1], others[index]),
  };
}

/** Whether dropping a card at `drop` would leave it where it is. */
export function isSameCardPlace(layout: JourneyLayout, cardId: string, drop: CardDrop): boolean {
  const slot = layout.cardSlotById.get(cardId);
  return (
    slot !== undefined && slot.card.laneId === drop.laneId && slot.card.phaseId === drop.phaseId && slot.indexInCell === drop.index
  );
}

/** Whether dropping a touchpoint at `drop` would leave it where it is. */
export function isSameTouchpointPlace(layout: JourneyLayout, touchpointId: string, drop: TouchpointDrop): boolean {
  const stored = layout.touchpointStoredOrder.get(drop.phaseId) ?? [];
  return stored.indexOf(touchpointId) === drop.index && stored.includes(touchpointId);
}

/** The position among the other phases for a phase header dragged so that its centre is at x. */
export function phaseDropIndex(layout: JourneyLayout, phaseId: string, centreX: number): number {
  return layout.columns.filter((c) => c.phase.id !== phaseId && c.x + c.width / 2 < centreX).length;
}

/** x of the insertion line for a phase dropped at `index` among the others. */
export function phaseDropX(layout: JourneyLayout, phaseId: string, index: number): number {
  const others = layout.columns.filter((c) => c.phase.id !== phaseId);
  const next = others[index];
  const previous = others[index - 1];
  if (next) return next.x - (next.x > 0 ? 7 : 0);
  return previous ? previous.x + previous.width + 7 : 0;
}

/**
 * The position among all other lanes (hidden ones included, as moveLane counts) for a visible
 * lane dragged so that its centre is at y.
 */
export function laneDropIndex(layout: JourneyLayout, laneId: string, centreY: number): number {
  const visible = layout.lanes.filter((row) => row.lane.id !== laneId);
  const moving = layout.laneById.get(laneId);
  // Right before the next visible lane (hidden lanes above it stay above), else at the end.
  const next = visible.find((row) => row.top + row.height / 2 >= centreY);
  if (next) return moving && next.index > moving.index ? next.index - 1 : next.index;
  return Math.max(0, layout.laneCount - 1);
}

/** y of the insertion line for a lane dropped before the visible lane at `centreY`. */
export function laneDropY(layout: JourneyLayout, laneId: string, centreY: number): number {
  const visible = layout.lanes.filter((row) => row.lane.id !== laneId);
  const below = visible.find((row) => row.top + row.height / 2 >= centreY);
  if (below) return below.top - 4;
  const last = visible[visible.length - 1];
  return last ? last.top + last.height + 4 : 0;
}
