import { describe, expect, it } from 'vitest';
import { patternOffset } from './DotsBackground.js';

describe('the dotted background', () => {
  it('shifts by less than one gap, whichever way and however far the canvas was panned', () => {
    expect(patternOffset(0, 24)).toBe(0);
    expect(patternOffset(30, 24)).toBe(6);
    expect(patternOffset(-30, 24)).toBe(18);
    expect(patternOffset(-24, 24)).toBe(0);
    expect(patternOffset(24_000.5, 12)).toBeCloseTo(0.5);
  });
});
