import { describe, expect, it } from 'vitest';
import { LOW_DETAIL_ZOOM, isLowDetail } from './levelOfDetail.js';

describe('level of detail', () => {
  it('draws cards in full at and above the threshold, as blocks below it', () => {
    expect(isLowDetail(1)).toBe(false);
    expect(isLowDetail(0.6)).toBe(false);
    expect(isLowDetail(LOW_DETAIL_ZOOM)).toBe(false);
    expect(isLowDetail(LOW_DETAIL_ZOOM - 0.01)).toBe(true);
    expect(isLowDetail(0.15)).toBe(true);
  });

  it('keeps full detail at the first view of a large map (60 %), where cards must be readable', () => {
    expect(LOW_DETAIL_ZOOM).toBeLessThan(0.6);
  });
});
