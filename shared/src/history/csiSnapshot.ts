import type { MapDocument } from '../map/format.js';
import { computeInsights, type Measurement } from '../insights/insights.js';

/** The CSI of each measured touchpoint in one period, as kept with a saved version. */
export interface CsiSnapshot {
  /** The period the values are from (the latest with data); null when nothing was measured. */
  period: string | null;
  /** Touchpoint id → CSI (0–100); unmeasured touchpoints are left out. */
  values: Record<string, number>;
}

/** The CSI per touchpoint of the latest period with data, computed as the insights do. */
export function csiSnapshot(map: MapDocument, measurements: readonly Measurement[]): CsiSnapshot {
  const insights = computeInsights(map, measurements, { settings: map.settings });
  const entries: [string, number][] = [];
  for (const tp of insights.touchpoints) if (tp.csi !== null) entries.push([tp.id, tp.csi]);
  // fromEntries, not assignment: a touchpoint id may be "__proto__".
  return { period: insights.period, values: Object.fromEntries(entries) };
}
