import { z } from 'zod';
import {
  LANE_KINDS,
  LIMITS,
  cardSchema,
  effectiveLanes,
  touchpointSchema,
  type MapDocument,
} from '../../../shared/src/index.js';
import type { Selection } from './selection.js';

/**
 * The clipboard holds touchpoints and cards as JSON text with a marker, so that copying works
 * between tabs, browsers and maps through the system clipboard, and anything else pasted is
 * recognised as not ours. Ids are left out: a paste always creates new items.
 */
export const CLIPBOARD_FORMAT = 'waymark.clipboard';
export const CLIPBOARD_VERSION = 1;

const clipTouchpointSchema = touchpointSchema.omit({ id: true });
/** A card remembers its lane's kind, to find a lane of that kind in another map. */
const clipCardSchema = cardSchema.omit({ id: true }).extend({ laneKind: z.enum(LANE_KINDS) });

const clipboardSchema = z.strictObject({
  format: z.literal(CLIPBOARD_FORMAT),
  version: z.literal(CLIPBOARD_VERSION),
  touchpoints: z.array(clipTouchpointSchema).max(LIMITS.touchpoints),
  cards: z.array(clipCardSchema).max(LIMITS.cards),
});

export type ClipboardPayload = z.infer<typeof clipboardSchema>;
export type ClipTouchpoint = z.infer<typeof clipTouchpointSchema>;
export type ClipCard = z.infer<typeof clipCardSchema>;

/** The selected items as clipboard contents, in map order; null when nothing selected exists. */
export function clipboardPayload(map: MapDocument, selection: Selection): ClipboardPayload | null {
  const tpIds = new Set(selection.touchpointIds);
  const cardIds = new Set(selection.cardIds);
  const laneKinds = new Map(effectiveLanes(map).map((lane) => [lane.id, lane.kind]));
  const touchpoints = map.touchpoints
    .filter((tp) => tpIds.has(tp.id))
    .map(({ id: _id, ...rest }) => structuredClone(rest));
  const cards = (map.cards ?? [])
    .filter((card) => cardIds.has(card.id))
    .map(({ id: _id, ...rest }) => ({ ...rest, laneKind: laneKinds.get(rest.laneId) ?? 'actions' }));
  if (touchpoints.length === 0 && cards.length === 0) return null;
  return { format: CLIPBOARD_FORMAT, version: CLIPBOARD_VERSION, touchpoints, cards };
}

export function serializeClipboard(payload: ClipboardPayload): string {
  return JSON.stringify(payload);
}

/** The payload in clipboard text, or null when the text is anything else (or broken). */
export function parseClipboard(text: string): ClipboardPayload | null {
  // Cheap check first: pasting a long text must not cost a JSON parse of it.
  if (!text.includes(CLIPBOARD_FORMAT)) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const result = clipboardSchema.safeParse(value);
  return result.success ? result.data : null;
}
