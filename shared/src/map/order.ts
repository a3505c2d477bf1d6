import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Order keys are fractional-index strings: moving an item rewrites one key, so two people
 * reordering at once never duplicate or lose an item (as a delete+insert in a Y.Array could).
 * Equal keys (two concurrent inserts at one place) are ordered by id.
 */
export interface Ordered {
  id: string;
  order: string;
}

/** Sorts by order key, then id, without mutating the input. */
export function sortByOrder<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort((a, b) =>
    a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

/** Whether a stored order key can be used as a neighbour for new keys. */
export function isValidKey(key: string | null): boolean {
  if (key === null) return true;
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

/** A key strictly between two keys (either may be null for an open end), tolerant of bad keys. */
export function keyBetween(lower: string | null, upper: string | null): string {
  const a = isValidKey(lower) ? lower : null;
  let b = isValidKey(upper) ? upper : null;
  if (a !== null && b !== null && a >= b) b = null;
  return generateKeyBetween(a, b);
}

/** `count` ascending keys for a fresh list. */
export function initialKeys(count: number): string[] {
  return generateNKeysBetween(null, null, count);
}

/**
 * The key that puts an item at `index` of `siblings` (sorted, and not containing the item).
 * Skips over siblings with equal keys so that the result sorts strictly between neighbours.
 */
export function keyForIndex(siblings: readonly Ordered[], index: number): string {
  const clamped = Math.max(0, Math.min(index, siblings.length));
  const before = clamped > 0 ? siblings[clamped - 1]!.order : null;
  let upper: string | null = null;
  for (let i = clamped; i < siblings.length; i++) {
    const key = siblings[i]!.order;
    if (before === null || key > before) {
      upper = key;
      break;
    }
  }
  return keyBetween(before, upper);
}
