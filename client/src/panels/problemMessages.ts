import type { Translate } from '../i18n/translate.js';
import type { TouchpointField, TouchpointProblem } from './touchpointValidation.js';

/** Shows a character so that a reader can find it: quoted, and spaces named. */
function showCharacter(character: string, t: Translate): string {
  return character.trim() === '' ? t('validation.space') : t('validation.quoted', { text: character });
}

/** The message for one problem, in the reader's language; `titleOf` names other touchpoints. */
export function problemMessage(problem: TouchpointProblem, t: Translate, titleOf: (id: string) => string): string {
  switch (problem.kind) {
    case 'empty':
      return t('validation.titleEmpty');
    case 'tooLong':
      return t('validation.tooLong', { max: problem.max, length: problem.length });
    case 'characters':
      return t('validation.metricKeyCharacters', {
        characters: problem.characters.map((c) => showCharacter(c, t)).join(', '),
      });
    case 'duplicate':
      return t('validation.metricKeyDuplicate', {
        titles: problem.touchpointIds.map((id) => t('validation.quoted', { text: titleOf(id) })).join(', '),
      });
    case 'outOfRange':
      return t('validation.importanceRange', { min: problem.min, max: problem.max });
  }
}

/** The messages for each field, in the order the problems were found. */
export function messagesByField(
  problems: readonly TouchpointProblem[],
  t: Translate,
  titleOf: (id: string) => string,
): Record<TouchpointField, string[]> {
  const messages: Record<TouchpointField, string[]> = { title: [], metricKey: [], importance: [] };
  for (const problem of problems) messages[problem.field].push(problemMessage(problem, t, titleOf));
  return messages;
}
