import type { Channel } from '../../../shared/src/index.js';

/** How this browser looks at the map: filters and toggles that are nobody else's business. */
export interface ViewSettings {
  /** Only moments of truth stand out; everything else is faded. */
  momentsOfTruthOnly: boolean;
  /** Touchpoints on these channels stand out (none: no filter). */
  channels: ReadonlySet<Channel>;
  /** Within each phase, touchpoints grouped by channel. */
  groupByChannel: boolean;
  /** Personas whose emotion curve is not drawn. */
  hiddenPersonas: ReadonlySet<string>;
  /** Dragging on the background draws a selection box instead of panning. */
  selectMode: boolean;
}

export const DEFAULT_VIEW: ViewSettings = {
  momentsOfTruthOnly: false,
  channels: new Set(),
  groupByChannel: false,
  hiddenPersonas: new Set(),
  selectMode: false,
};

/** The set with `item` added, or removed when it was there. */
export function toggled<T>(set: ReadonlySet<T>, item: T): Set<T> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}
