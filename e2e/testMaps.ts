import type { Touchpoint } from '../shared/src/index.js';

/** A touchpoint for small test maps: web, importance 3, no extras unless given. */
export function touchpoint(id: string, phaseId: string, title: string, extra: Partial<Touchpoint> = {}): Touchpoint {
  return { id, phaseId, title, channel: 'web', importance: 3, momentOfTruth: false, metricKey: '', expectations: [], emotions: {}, ...extra };
}
