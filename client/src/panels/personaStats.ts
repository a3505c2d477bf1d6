import type { Touchpoint } from '../../../shared/src/index.js';

/** How many touchpoints have an emotion recorded for each persona (what deleting it would lose). */
export function emotionCounts(touchpoints: readonly Pick<Touchpoint, 'emotions'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tp of touchpoints) {
    for (const personaId of Object.keys(tp.emotions)) counts.set(personaId, (counts.get(personaId) ?? 0) + 1);
  }
  return counts;
}
