import type * as Y from 'yjs';
import { sortByOrder } from './order.js';

/**
 * Lanes are stored flat in one Y.Map, a key per lane and field: `<laneId>|<field>`. Lane ids may
 * contain "|", field names never do, so the last "|" separates them.
 */
export function laneKey(laneId: string, field: string): string {
  return `${laneId}|${field}`;
}

export function splitLaneKey(key: string): { laneId: string; field: string } {
  const at = key.lastIndexOf('|');
  return at < 0 ? { laneId: key, field: '' } : { laneId: key.slice(0, at), field: key.slice(at + 1) };
}

/** A read-only view of one lane's fields with the same `get` as an entity map. */
export interface LaneView {
  id: string;
  order: string;
  entity: { get(field: string): unknown };
}

/** The lanes present in the store (those with a kind), in order. */
export function orderedLanes(store: Y.Map<unknown>): LaneView[] {
  const fields = new Map<string, Map<string, unknown>>();
  store.forEach((value, key) => {
    const { laneId, field } = splitLaneKey(key);
    if (laneId === '' || laneId.length > 100) return;
    let lane = fields.get(laneId);
    if (!lane) fields.set(laneId, (lane = new Map()));
    lane.set(field, value);
  });
  const lanes: LaneView[] = [];
  for (const [id, values] of fields) {
    if (typeof values.get('kind') !== 'string') continue;
    const order = values.get('order');
    lanes.push({ id, order: typeof order === 'string' ? order : '', entity: { get: (field) => values.get(field) } });
  }
  return sortByOrder(lanes);
}
