import type { RowProblem } from '../../../shared/src/index.js';
import type { Translate } from '../i18n/translate.js';

/**
 * A row problem in the reader's language. The parser words its problems in English (the HTTP API
 * answers with them too); the known ones are translated here, anything else is shown as it is.
 */
export function problemText(problem: RowProblem, t: Translate): string {
  const message = problem.message;
  let match: RegExpExecArray | null;
  if (message.startsWith('the touchpoint key is empty')) return t('importProblem.keyEmpty');
  if ((match = /^the touchpoint key is longer than (\d+)/.exec(message))) return t('importProblem.keyTooLong', { max: match[1]! });
  if (message.startsWith('the period is empty')) return t('importProblem.periodEmpty');
  if ((match = /^the period is longer than (\d+)/.exec(message))) return t('importProblem.periodTooLong', { max: match[1]! });
  if ((match = /^the CSI is not a number(?:: "(.*)")?$/s.exec(message))) {
    return match[1] === undefined ? t('importProblem.csiMissing') : t('importProblem.csiNotNumber', { value: match[1] });
  }
  if ((match = /^the CSI (\S+) is outside (\S+)–(\S+)$/.exec(message))) {
    return t('importProblem.csiRange', { value: match[1]!, min: match[2]!, max: match[3]! });
  }
  if ((match = /^n is not a positive whole number(?:: "(.*)")?$/s.exec(message))) {
    return match[1] === undefined ? t('importProblem.nInvalid') : t('importProblem.nInvalidValue', { value: match[1] });
  }
  if ((match = /^missing column "(\w+)" \(accepted headers: (.*)\)$/.exec(message))) {
    return t('importProblem.missingColumn', { column: t(`importColumn.${match[1] as 'touchpoint'}`), accepted: match[2]! });
  }
  if ((match = /^the column "(\w+)" appears twice$/.exec(message))) {
    return t('importProblem.duplicateColumn', { column: t(`importColumn.${match[1] as 'touchpoint'}`) });
  }
  if (message === 'the file is empty') return t('importProblem.fileEmpty');
  if (message === 'expected an array of measurements') return t('importProblem.notArray');
  if ((match = /^not valid JSON: (.*)$/s.exec(message))) return t('importProblem.notJson', { detail: match[1]! });
  return message;
}

/** Where a problem is, for people: the line (or item) and the column. */
export function problemColumn(problem: RowProblem, t: Translate): string {
  if (problem.column === '(file)' || problem.column === '(body)') return t('importProblem.wholeFile');
  return problem.column;
}
