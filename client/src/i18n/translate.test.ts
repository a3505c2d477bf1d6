import { describe, expect, it } from 'vitest';
import { de } from './de.js';
import { en } from './en.js';
import { translate } from './translate.js';

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)[}|]/g)].map((m) => m[1]!).sort();
}

describe('message catalogues', () => {
  it('have the same keys and placeholders in every language', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect([key, [...new Set(placeholders(de[key]))]]).toEqual([key, [...new Set(placeholders(en[key]))]]);
    }
  });

  it('fills placeholders and picks plural forms', () => {
    expect(translate('en', 'phase.touchpointCount', { count: 1 })).toBe('1 touchpoint');
    expect(translate('en', 'phase.touchpointCount', { count: 0 })).toBe('0 touchpoints');
    expect(translate('de', 'phaseDelete.question', { count: 3 })).toBe('Was passiert mit ihren 3 Touchpoints?');
    expect(translate('de', 'list.deleteTitle', { title: 'X' })).toBe('„X“ löschen?');
  });
});
