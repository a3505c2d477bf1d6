import { describe, expect, it } from 'vitest';
import { formatChangedAt } from './formatTime.js';

describe('formatChangedAt', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');

  it('says how long ago a recent change was, in the UI language', () => {
    expect(formatChangedAt('2026-03-10T11:57:00Z', 'en', now)).toBe('3 minutes ago');
    expect(formatChangedAt('2026-03-10T09:00:00Z', 'de', now)).toBe('vor 3 Stunden');
    expect(formatChangedAt('2026-03-10T11:59:50Z', 'en', now)).toBe('now');
  });

  it('gives a date for older changes and nothing for an unreadable one', () => {
    expect(formatChangedAt('2026-01-02T08:00:00Z', 'en', now)).toMatch(/2026/);
    expect(formatChangedAt('not a date', 'en', now)).toBe('');
  });
});
