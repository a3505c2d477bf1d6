import type { ImportResult, MeasurementImportError } from '../api/measurementsApi.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { formatBytes, formatNumber } from './formatNumber.js';
import { ProblemList } from './ImportProblems.js';
import { LISTED_PERIODS } from './importSummary.js';

/** What the server stored. */
export function ImportOutcome({ result }: { result: ImportResult }) {
  const t = useT();
  const { language } = useLanguage();
  return (
    <section className="import-result" data-testid="import-result" role="status">
      <span className="import-result__check" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round">
          <path d="M5 12.5l4.5 4.5L19 7.5" />
        </svg>
      </span>
      <div className="import-result__body">
        <p className="import-result__title" data-testid="import-result-count" data-imported={result.imported}>
          {t('importCsi.doneImported', { count: result.imported, shown: formatNumber(result.imported, language, { decimals: 0 }) })}
        </p>
        <p data-testid="import-result-periods">
          {t('importCsi.donePeriods', { count: result.periods.length })}{' '}
          {result.periods.slice(0, LISTED_PERIODS).map((period) => (
            <span key={period} className="chip">
              {period}
            </span>
          ))}
          {result.periods.length > LISTED_PERIODS && (
            <span className="muted"> {t('importCsi.more', { count: formatNumber(result.periods.length - LISTED_PERIODS, language, { decimals: 0 }) })}</span>
          )}
        </p>
        {result.skipped > 0 && <p>{t('importCsi.doneSkipped', { count: result.skipped })}</p>}
        {result.unmatchedKeys.length === 0 ? (
          <p className="muted">{t('importCsi.allMatched')}</p>
        ) : (
          <div data-testid="import-result-unmatched">
            <p>{t('importCsi.doneUnmatched', { count: result.unmatchedKeys.length })}</p>
            <p className="chip-row">
              {result.unmatchedKeys.slice(0, 50).map((key) => (
                <span key={key} className="chip chip--warn mono">
                  {key}
                </span>
              ))}
              {result.unmatchedKeys.length > 50 && <span className="muted">{t('importCsi.more', { count: result.unmatchedKeys.length - 50 })}</span>}
            </p>
          </div>
        )}
      </div>
    </section>
  );
}

/** Why the server did not store the file: its problems by line, too large, or no connection. */
export function ImportFailure({ error, fileSize }: { error: MeasurementImportError; fileSize: number }) {
  const t = useT();
  const { language } = useLanguage();
  if (error.status === 422 && error.rowProblems.length > 0) {
    return (
      <ProblemList
        title={t('importCsi.refusedTitle')}
        hint={t('importCsi.refused422', { count: error.problemCount })}
        problems={error.rowProblems}
        problemCount={error.problemCount}
        itemWord="line"
      />
    );
  }
  let message: string;
  if (error.status === 413) {
    const limit = error.uploadLimit;
    message =
      limit === null
        ? t('importCsi.tooLargeNoLimit')
        : t('importCsi.tooLarge', { size: formatBytes(fileSize, language), limit: formatBytes(limit, language) });
  } else if (error.status === 0) message = t('importCsi.networkError');
  else if (error.status === 404) message = t('importCsi.mapGone');
  else message = t('importCsi.failed', { message: error.message });
  return (
    <section className="notice notice--error" role="alert" data-testid="import-error" data-status={error.status}>
      <p className="notice__title">{t('importCsi.refusedTitle')}</p>
      <p>{message}</p>
    </section>
  );
}
