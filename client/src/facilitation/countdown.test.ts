import { describe, expect, it } from 'vitest';
import { formatCountdown, remainingMs } from './countdown.js';

describe('countdown', () => {
  it('counts against the server clock, never below zero', () => {
    // The browser runs 5 s behind the server: its 1000 is the server's 6000.
    expect(remainingMs(10_000, 5_000, 1_000)).toBe(4_000);
    expect(remainingMs(10_000, 0, 12_000)).toBe(0);
  });

  it('reads as minutes and seconds, rounded up', () => {
    expect(formatCountdown(300_000)).toBe('5:00');
    expect(formatCountdown(245_001)).toBe('4:06');
    expect(formatCountdown(999)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(3_723_000)).toBe('1:02:03');
  });
});
