/**
 * Where a caret at `position` in `before` belongs once the text became `after` through
 * someone else's edit: text changed behind the caret shifts it, text ahead of it does not.
 */
export function rebaseCaret(before: string, after: string, position: number): number {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++;
  }
  if (position <= prefix) return position;
  if (position >= before.length - suffix) return position + after.length - before.length;
  return Math.min(position, after.length - suffix);
}
