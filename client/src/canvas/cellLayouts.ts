import { CHANNELS, EXPECTATION_CATEGORIES, type Card, type Channel, type Measure, type Touchpoint } from '../../../shared/src/index.js';
import type { ExpectationItem, JourneyLayout, CellLayout, PhaseColumn } from './layout.js';
import {
  ADD_EXPECTATION_HEIGHT,
  ADD_TOUCHPOINT_HEIGHT,
  CELL_PADDING,
  CHANNEL_CHIP_FONT,
  CHANNEL_CHIP_HEIGHT,
  CHANNELS_MIN_HEIGHT,
  CARD_LANE_MIN_HEIGHT,
  EXPECTATION_CHROME,
  EXPECTATION_FONT,
  EXPECTATION_HEADER_HEIGHT,
  EXPECTATION_LINE_HEIGHT,
  EXPECTATION_MAX_LINES,
  GROUP_HEADER_HEIGHT,
  ITEM_GAP,
  MEASURE_CHROME,
  MEASURE_FONT,
  MEASURE_LINE_HEIGHT,
  STICKY_MIN_WIDTH,
  TOUCHPOINT_MIN_WIDTH,
  flowGrid,
  gridOf,
  stickyMetrics,
} from './layoutGeometry.js';
import { estimateLines, estimateWidth } from './textMetrics.js';

/*
 * What each kind of cell holds and how tall it is. Each function measures first (the row takes
 * the height of its fullest cell), then places its content once the row's top is known.
 */

export interface CellContent {
  height: number;
  place: (cell: CellLayout, out: JourneyLayout) => void;
}

export function touchpointCell(
  column: PhaseColumn,
  touchpoints: readonly Touchpoint[],
  inner: number,
  tpHeight: number,
  groupByChannel: boolean,
): CellContent {
  // Groups of consecutive touchpoints: one per channel when grouped, else a single one.
  const groups: { channel: Channel | null; items: Touchpoint[] }[] = [];
  for (const tp of touchpoints) {
    const channel = groupByChannel ? tp.channel : null;
    const last = groups[groups.length - 1];
    if (last && last.channel === channel) last.items.push(tp);
    else groups.push({ channel, items: [tp] });
  }
  const laidOut = groups.map((group) => ({
    group,
    grid: flowGrid(
      group.items.map((tp) => ({ tp, height: tpHeight })),
      inner,
      TOUCHPOINT_MIN_WIDTH,
    ),
  }));
  let height = CELL_PADDING;
  for (const { group, grid } of laidOut) {
    if (group.channel !== null) height += GROUP_HEADER_HEIGHT;
    height += grid.height + ITEM_GAP;
  }
  height += ADD_TOUCHPOINT_HEIGHT + CELL_PADDING;
  return {
    height,
    place(cell, out) {
      let y = cell.y + CELL_PADDING;
      let indexInPhase = 0;
      const left = cell.x + CELL_PADDING;
      for (const { group, grid } of laidOut) {
        if (group.channel !== null) {
          out.groupHeaders.push({ phaseId: cell.phaseId, channel: group.channel, x: left, y, width: inner, height: GROUP_HEADER_HEIGHT });
          y += GROUP_HEADER_HEIGHT;
        }
        for (const { item, dx, dy, width } of grid.placed) {
          out.slots.push({
            touchpoint: item.tp,
            phaseIndex: column.index,
            indexInPhase: indexInPhase++,
            x: left + dx,
            y: y + dy,
            width,
            height: tpHeight,
            curveX: out.curveX.get(item.tp.id) ?? left,
          });
        }
        y += grid.height + ITEM_GAP;
      }
      out.addTouchpoint.push({ phaseId: cell.phaseId, x: left, y, width: inner, height: ADD_TOUCHPOINT_HEIGHT });
    },
  };
}

const CHIP_GAP = 6;

export function channelCell(
  phaseId: string,
  touchpoints: readonly Touchpoint[],
  inner: number,
  labels: Readonly<Record<Channel, string>> | undefined,
): CellContent {
  const counts = new Map<Channel, number>();
  for (const tp of touchpoints) counts.set(tp.channel, (counts.get(tp.channel) ?? 0) + 1);
  const chips: { channel: Channel; count: number; dx: number; dy: number; width: number }[] = [];
  let dx = 0;
  let dy = 0;
  for (const channel of CHANNELS) {
    const count = counts.get(channel);
    if (count === undefined) continue;
    // Icon, label, count badge, padding.
    const label = labels?.[channel] ?? channel;
    const width = Math.min(inner, 17 + 6 + estimateWidth(label, CHANNEL_CHIP_FONT, 'bold') + (count > 1 ? 38 : 0) + 30);
    if (dx > 0 && dx + width > inner) {
      dx = 0;
      dy += CHANNEL_CHIP_HEIGHT + CHIP_GAP;
    }
    chips.push({ channel, count, dx, dy, width });
    dx += width + CHIP_GAP;
  }
  const height = chips.length > 0 ? 2 * CELL_PADDING + dy + CHANNEL_CHIP_HEIGHT : CHANNELS_MIN_HEIGHT;
  return {
    height,
    place(cell, out) {
      for (const chip of chips) {
        out.channelChips.push({
          phaseId,
          channel: chip.channel,
          count: chip.count,
          x: cell.x + CELL_PADDING + chip.dx,
          y: cell.y + CELL_PADDING + chip.dy,
          width: chip.width,
          height: CHANNEL_CHIP_HEIGHT,
        });
      }
    },
  };
}

export function expectationCell(phaseId: string, touchpoints: readonly Touchpoint[], inner: number, typeScale: number): CellContent {
  const font = EXPECTATION_FONT * typeScale;
  const lineHeight = font * EXPECTATION_LINE_HEIGHT;
  const groups = EXPECTATION_CATEGORIES.map((category) => ({
    category,
    items: touchpoints.flatMap((tp) =>
      tp.expectations
        .map((expectation, index) => ({ tp, expectation, index }))
        .filter(({ expectation }) => expectation.category === category),
    ),
  })).filter((group) => group.items.length > 0);
  const measured = groups.map((group) => ({
    category: group.category,
    items: group.items.map(({ tp, expectation, index }) => {
      const lines = Math.min(EXPECTATION_MAX_LINES, estimateLines(expectation.text, inner - 16, font));
      return { tp, index, text: expectation.text, lines, height: Math.ceil(lines * lineHeight + EXPECTATION_CHROME * typeScale) };
    }),
  }));
  let height = CELL_PADDING;
  for (const group of measured) {
    height += EXPECTATION_HEADER_HEIGHT;
    for (const item of group.items) height += item.height + 6;
    height += 6;
  }
  if (touchpoints.length > 0) height += ADD_EXPECTATION_HEIGHT;
  height += CELL_PADDING;
  return {
    height,
    place(cell, out) {
      const left = cell.x + CELL_PADDING;
      let y = cell.y + CELL_PADDING;
      for (const group of measured) {
        const groupTop = y;
        y += EXPECTATION_HEADER_HEIGHT;
        const items: ExpectationItem[] = [];
        for (const item of group.items) {
          items.push({ touchpointId: item.tp.id, index: item.index, text: item.text, lines: item.lines, x: left, y, width: inner, height: item.height });
          y += item.height + 6;
        }
        out.expectationGroups.push({ phaseId, category: group.category, items, x: left, y: groupTop, width: inner, height: y - groupTop });
        y += 6;
      }
      if (touchpoints.length > 0) out.addExpectation.push({ phaseId, x: left, y, width: inner, height: ADD_EXPECTATION_HEIGHT });
    },
  };
}

export function cardCell(
  cards: readonly Card[],
  measures: readonly Measure[],
  phaseId: string,
  inner: number,
  typeScale: number,
): CellContent {
  const { itemWidth } = gridOf(inner, STICKY_MIN_WIDTH);
  const grid = flowGrid(
    cards.map((card) => ({ card, ...stickyMetrics(card.text, itemWidth, typeScale) })),
    inner,
    STICKY_MIN_WIDTH,
  );
  const measureFont = MEASURE_FONT * typeScale;
  const chips = measures.map((measure) => {
    const lines = Math.min(2, estimateLines(measure.title, inner - 24, measureFont, 'bold'));
    return { measure, lines, height: Math.ceil(lines * measureFont * MEASURE_LINE_HEIGHT + MEASURE_CHROME) };
  });
  let height = CELL_PADDING + grid.height;
  if (chips.length > 0) height += (grid.height > 0 ? ITEM_GAP : 0) + chips.reduce((sum, c) => sum + c.height + 6, -6);
  height += CELL_PADDING;
  if (cards.length === 0 && chips.length === 0) height = CARD_LANE_MIN_HEIGHT;
  return {
    height,
    place(cell, out) {
      const left = cell.x + CELL_PADDING;
      const top = cell.y + CELL_PADDING;
      grid.placed.forEach(({ item, dx, dy, width }, indexInCell) => {
        out.cardSlots.push({ card: item.card, indexInCell, lines: item.lines, x: left + dx, y: top + dy, width, height: item.height });
      });
      let y = top + grid.height + (grid.height > 0 ? ITEM_GAP : 0);
      for (const chip of chips) {
        out.measureChips.push({ measure: chip.measure, phaseId, lines: chip.lines, x: left, y, width: inner, height: chip.height });
        y += chip.height + 6;
      }
    },
  };
}

