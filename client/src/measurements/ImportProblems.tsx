import type { RowProblem } from '../../../shared/src/index.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { formatNumber } from './formatNumber.js';
import type { ImportSummary } from './importSummary.js';
import { problemColumn, problemText } from './problemText.js';

/** The problems found in a file, by line, with what the reader can do about them. */
export function ImportProblems({ summary }: { summary: ImportSummary }) {
  const t = useT();
  const hint = summary.fatal
    ? t('importCsi.problemsFatal')
    : summary.validRows === 0
      ? t('importCsi.problemsNoValid')
      : t('importCsi.problemsHint', { count: summary.validRows });
  return (
    <ProblemList
      title={t('importCsi.problemsTitle', { count: summary.problemCount })}
      hint={hint}
      problems={summary.problems}
      problemCount={summary.problemCount}
      itemWord={summary.kind === 'json' ? 'item' : 'line'}
    />
  );
}

/** A list of row problems in a notice: line (or item), column, message. */
export function ProblemList({
  title,
  hint,
  problems,
  problemCount,
  itemWord,
}: {
  title: string;
  hint?: string;
  problems: readonly RowProblem[];
  problemCount: number;
  itemWord: 'line' | 'item';
}) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <section className="notice notice--error import-problems" role="alert" data-testid="import-problems">
      <p className="notice__title">{title}</p>
      {hint && <p>{hint}</p>}
      <ol className="import-problems__list">
        {problems.map((problem, index) => (
          <li key={index} data-testid="import-problem" data-line={problem.line} data-column={problem.column}>
            <span className="import-problems__where">
              {problem.line > 0 && (
                <span className="import-problems__line">
                  {itemWord === 'item' ? t('importCsi.problemItem', { line: problem.line }) : t('importCsi.problemLine', { line: problem.line })}
                </span>
              )}
              <span className="import-problems__column">{problemColumn(problem, t)}</span>
            </span>
            <span className="import-problems__message">{problemText(problem, t)}</span>
          </li>
        ))}
      </ol>
      {problemCount > problems.length && (
        <p className="muted small">{t('importCsi.more', { count: formatNumber(problemCount - problems.length, language, { decimals: 0 }) })}</p>
      )}
    </section>
  );
}
