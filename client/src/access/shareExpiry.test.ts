import { describe, expect, it } from 'vitest';
import { expiryFor, firstExpiryDay, localDay } from './shareExpiry.js';

describe('expiryFor', () => {
  const now = new Date(2025, 2, 10, 15, 30);

  it('has no expiry for "never" and counts days from now for the presets', () => {
    expect(expiryFor('never', '', now)).toBeNull();
    expect(expiryFor('1d', '', now)).toBe(new Date(now.getTime() + 86_400_000).toISOString());
    expect(expiryFor('30d', '', now)).toBe(new Date(now.getTime() + 30 * 86_400_000).toISOString());
  });

  it('ends a chosen last day at its midnight, local time', () => {
    expect(expiryFor('date', '2025-03-11', now)).toBe(new Date(2025, 2, 12).toISOString());
    expect(expiryFor('date', '2025-12-31', now)).toBe(new Date(2026, 0, 1).toISOString());
  });

  it('refuses today, the past, nothing and days that do not exist', () => {
    expect(expiryFor('date', '2025-03-10', now)).toBe('invalid');
    expect(expiryFor('date', '2024-03-11', now)).toBe('invalid');
    expect(expiryFor('date', '', now)).toBe('invalid');
    expect(expiryFor('date', '2025-02-30', now)).toBe('invalid');
    expect(expiryFor('date', '11.03.2025', now)).toBe('invalid');
  });

  it('knows the first day a date input may offer', () => {
    expect(firstExpiryDay(now)).toBe('2025-03-11');
    expect(firstExpiryDay(new Date(2025, 11, 31, 23, 59))).toBe('2026-01-01');
    expect(localDay(new Date(2025, 0, 5))).toBe('2025-01-05');
  });
});
