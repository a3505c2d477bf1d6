import { describe, expect, it } from 'vitest';
import { deltaDirection, formatBytes, formatNumber } from './formatNumber.js';

describe('formatNumber', () => {
  it('writes numbers as each language does, with a true minus and an optional plus', () => {
    expect(formatNumber(78.46, 'en')).toBe('78.5');
    expect(formatNumber(78.46, 'de')).toBe('78,5');
    expect(formatNumber(1200, 'de', { decimals: 0 })).toBe('1.200');
    expect(formatNumber(-4.25, 'de', { decimals: 2, sign: true })).toBe('−4,25');
    expect(formatNumber(3, 'en', { sign: true })).toBe('+3');
    expect(formatNumber(0, 'en', { sign: true })).toBe('0');
    expect(formatNumber(null, 'en')).toBe('–');
  });

  it('tells the direction of a delta at the shown precision', () => {
    expect(deltaDirection(0.04)).toBe('flat');
    expect(deltaDirection(0.06)).toBe('up');
    expect(deltaDirection(-2)).toBe('down');
    expect(deltaDirection(null)).toBe('none');
  });

  it('writes file sizes', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(34_500, 'de')).toBe('35 kB');
    expect(formatBytes(67_108_864, 'de')).toBe('67,1 MB');
  });
});
