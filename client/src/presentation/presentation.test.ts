import { describe, expect, it } from 'vitest';
import { nextStep, OVERVIEW, phaseSteps, stepKeyOf } from './presentationSteps.js';

describe('presentation steps', () => {
  it('goes from the overview through the phases and stays in range', () => {
    expect(nextStep(OVERVIEW, 'next', 3)).toBe(0);
    expect(nextStep(2, 'next', 3)).toBe(2);
    expect(nextStep(0, 'previous', 3)).toBe(OVERVIEW);
    expect(nextStep(OVERVIEW, 'previous', 3)).toBe(OVERVIEW);
    expect(nextStep(1, 'first', 3)).toBe(OVERVIEW);
    expect(nextStep(OVERVIEW, 'last', 3)).toBe(2);
    expect(nextStep(OVERVIEW, 'next', 0)).toBe(OVERVIEW);
  });

  it('reads arrows, page keys and space like a slide deck', () => {
    expect(stepKeyOf('ArrowRight', false)).toBe('next');
    expect(stepKeyOf('PageDown', false)).toBe('next');
    expect(stepKeyOf(' ', false)).toBe('next');
    expect(stepKeyOf(' ', true)).toBe('previous');
    expect(stepKeyOf('PageUp', false)).toBe('previous');
    expect(stepKeyOf('Home', false)).toBe('first');
    expect(stepKeyOf('x', false)).toBeNull();
  });

  it('finds each phase column, left to right, down to the bottom of the board', () => {
    const nodes = [
      { type: 'phase', position: { x: 274, y: 0 }, width: 260, height: 96, data: { phase: { name: 'Buy' } } },
      { type: 'phase', position: { x: 0, y: 0 }, width: 260, height: 96, data: { phase: { name: 'Search' } } },
      { type: 'touchpoint', position: { x: 10, y: 120 }, width: 200, height: 112 },
      { type: 'laneRow', position: { x: -198, y: 108 }, width: 900, height: 600 },
    ];
    expect(phaseSteps(nodes)).toEqual([
      { name: 'Search', rect: { x: 0, y: 0, width: 260, height: 708 } },
      { name: 'Buy', rect: { x: 274, y: 0, width: 260, height: 708 } },
    ]);
  });
});
