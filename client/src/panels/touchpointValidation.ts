import { IMPORTANCE_MAX, IMPORTANCE_MIN, LIMITS, type MapDocument, type Touchpoint } from '../../../shared/src/index.js';

/** The inspector fields that can carry a problem. */
export type TouchpointField = 'title' | 'metricKey' | 'importance';

/** Something about a touchpoint that a colleague should fix; it never stops an edit. */
export type TouchpointProblem =
  | { field: 'title'; kind: 'empty' }
  | { field: 'title' | 'metricKey'; kind: 'tooLong'; length: number; max: number }
  | { field: 'metricKey'; kind: 'characters'; characters: string[] }
  | { field: 'metricKey'; kind: 'duplicate'; touchpointIds: string[] }
  | { field: 'importance'; kind: 'outOfRange'; value: number; min: number; max: number };

/**
 * Metric keys are matched against the key column of survey exports (CSV from Excel, often in a
 * Windows code page), so only characters that survive every export are accepted: ASCII letters,
 * digits, `.`, `_` and `-`.
 */
const METRIC_KEY_CHARACTER = /[A-Za-z0-9._-]/;

/** The characters of `key` that a survey export would not carry, each once, in order. */
export function unusableMetricKeyCharacters(key: string): string[] {
  const found = new Set<string>();
  for (const character of key) if (!METRIC_KEY_CHARACTER.test(character)) found.add(character);
  return [...found];
}

/**
 * Everything wrong with a touchpoint's fields, in field order. Measurements find their
 * touchpoint by metric key or by id, so a key that another touchpoint also answers to is
 * reported: a measurement would match both.
 */
export function touchpointProblems(touchpoint: Touchpoint, map: Pick<MapDocument, 'touchpoints'>): TouchpointProblem[] {
  const problems: TouchpointProblem[] = [];

  if (touchpoint.title.trim() === '') problems.push({ field: 'title', kind: 'empty' });
  else if (touchpoint.title.length > LIMITS.nameLength) {
    problems.push({ field: 'title', kind: 'tooLong', length: touchpoint.title.length, max: LIMITS.nameLength });
  }

  const key = touchpoint.metricKey;
  if (key.length > LIMITS.nameLength) {
    problems.push({ field: 'metricKey', kind: 'tooLong', length: key.length, max: LIMITS.nameLength });
  }
  const characters = unusableMetricKeyCharacters(key);
  if (characters.length > 0) problems.push({ field: 'metricKey', kind: 'characters', characters });
  const trimmed = key.trim();
  if (trimmed !== '') {
    const others = map.touchpoints
      .filter((other) => other.id !== touchpoint.id && (other.metricKey.trim() === trimmed || other.id === trimmed))
      .map((other) => other.id);
    if (others.length > 0) problems.push({ field: 'metricKey', kind: 'duplicate', touchpointIds: others });
  }

  const importance = touchpoint.importance;
  if (!Number.isInteger(importance) || importance < IMPORTANCE_MIN || importance > IMPORTANCE_MAX) {
    problems.push({ field: 'importance', kind: 'outOfRange', value: importance, min: IMPORTANCE_MIN, max: IMPORTANCE_MAX });
  }
  return problems;
}
