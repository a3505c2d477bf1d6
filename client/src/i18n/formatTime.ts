import type { Language } from './translate.js';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
];

/** "3 minutes ago" for recent changes, a date for older ones; empty for an unreadable date. */
export function formatChangedAt(iso: string, language: Language, now: number = Date.now()): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  let amount = Math.round((time - now) / 1000);
  if (Math.abs(amount) < 45) return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(0, 'second');
  for (const [unit, size] of UNITS) {
    if (Math.abs(amount) < size) return new Intl.RelativeTimeFormat(language, { numeric: 'auto' }).format(amount, unit);
    amount = Math.round(amount / size);
  }
  return formatDateTime(iso, language);
}

/** A full date and time in the UI language. */
export function formatDateTime(iso: string, language: Language): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}
