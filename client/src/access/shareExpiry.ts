/** How long a new share link works. */
export const EXPIRY_CHOICES = ['never', '1d', '7d', '30d', 'date'] as const;
export type ExpiryChoice = (typeof EXPIRY_CHOICES)[number];

const DAY_MS = 24 * 60 * 60 * 1000;
const DAYS: Record<'1d' | '7d' | '30d', number> = { '1d': 1, '7d': 7, '30d': 30 };

/** A local calendar day as `YYYY-MM-DD` (what a date input holds). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The first day a "last day" date input may take: tomorrow. */
export function firstExpiryDay(now: Date): string {
  return localDay(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1));
}

/**
 * The expiry to send for a choice: an ISO date-time, null for none, or 'invalid' for a date that
 * is missing, malformed or not after today. A chosen date is a last day: the link works until
 * that day ends, in the owner's time zone.
 */
export function expiryFor(choice: ExpiryChoice, day: string, now: Date): string | null | 'invalid' {
  if (choice === 'never') return null;
  if (choice !== 'date') return new Date(now.getTime() + DAYS[choice] * DAY_MS).toISOString();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return 'invalid';
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const end = new Date(year, month - 1, date + 1);
  // new Date rolls "2025-02-30" over into March: such a day is not a day.
  if (localDay(new Date(year, month - 1, date)) !== day) return 'invalid';
  if (day < firstExpiryDay(now)) return 'invalid';
  return end.toISOString();
}
