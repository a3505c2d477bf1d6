import { describe, expect, it } from 'vitest';
import { emotionCounts } from './personaStats.js';

describe('emotionCounts', () => {
  it('counts the touchpoints with an emotion per persona, including neutral ones', () => {
    const counts = emotionCounts([{ emotions: { anna: -2, tom: 0 } }, { emotions: { anna: 1 } }, { emotions: {} }]);
    expect(counts.get('anna')).toBe(2);
    expect(counts.get('tom')).toBe(1);
    expect(counts.get('nobody')).toBeUndefined();
  });
});
