import { useMemo } from 'react';
import { touchpointsByKey, type Touchpoint } from '../../../shared/src/index.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { formatNumber } from './formatNumber.js';
import { ImportProblems } from './ImportProblems.js';
import { describeMatches, unmeasuredTouchpoints, type ImportSummary } from './importSummary.js';

/** How the browser understood a file: format, columns, first rows, matched keys, problems. */
export function ImportPreview({ summary, touchpoints }: { summary: ImportSummary; touchpoints: readonly Touchpoint[] }) {
  const t = useT();
  const { language } = useLanguage();
  const byKey = useMemo(() => touchpointsByKey(touchpoints), [touchpoints]);
  const matches = useMemo(() => describeMatches(summary.matchedKeys, touchpoints), [summary, touchpoints]);
  const notInFile = useMemo(
    () => (summary.validRows > 0 ? unmeasuredTouchpoints(summary.matchedKeys, touchpoints) : []),
    [summary, touchpoints],
  );
  const count = (value: number) => formatNumber(value, language, { decimals: 0 });

  return (
    <div className="import-preview" data-testid="import-preview">
      <dl className="import-facts">
        <div>
          <dt>{t('importCsi.format')}</dt>
          <dd data-testid="import-format" data-delimiter={summary.delimiter ?? 'json'}>
            {summary.kind === 'json'
              ? t('importCsi.format.json')
              : t('importCsi.format.csv', { separator: t(`importCsi.separator.${summary.delimiter ?? 'comma'}`) })}
          </dd>
        </div>
        <div>
          <dt>{t('importCsi.rowsRead')}</dt>
          <dd data-testid="import-row-count">
            {t('importCsi.rowsValid', { valid: count(summary.validRows), total: count(summary.rowCount), count: summary.rowCount })}
          </dd>
        </div>
        <div className="import-facts__wide">
          <dt>{t('importCsi.periods')}</dt>
          <dd className="chip-row" data-testid="import-periods">
            {summary.periods.length === 0 && <span className="muted">–</span>}
            {summary.periods.map(({ period, rows }) => (
              <span key={period} className="chip" title={t('importCsi.rowCount', { count: rows })}>
                {period} <span className="chip__count">{count(rows)}</span>
              </span>
            ))}
            {summary.periodCount > summary.periods.length && (
              <span className="muted small">{t('importCsi.more', { count: count(summary.periodCount - summary.periods.length) })}</span>
            )}
          </dd>
        </div>
      </dl>

      {summary.kind === 'csv' && summary.header.length > 0 && (
        <section className="import-section">
          <h3 className="import-section__title">{t('importCsi.columns')}</h3>
          <ul className="chip-row" data-testid="import-columns">
            {summary.header.map(({ name, column }, index) => (
              <li
                key={`${index}-${name}`}
                className={`chip${column ? ' chip--ok' : ' chip--ignored'}`}
                data-column={column ?? 'ignored'}
              >
                <span className="chip__name">{name === '' ? '–' : name}</span>
                <span className="chip__arrow" aria-hidden="true">
                  →
                </span>
                <span>{column ? t(`importColumn.${column}`) : t('importCsi.columnIgnored')}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {summary.problemCount > 0 && <ImportProblems summary={summary} />}

      {summary.preview.length > 0 && (
        <section className="import-section">
          <h3 className="import-section__title">{t('importCsi.preview')}</h3>
          <div className="import-table-wrap">
            <table className="import-table">
              <thead>
                <tr>
                  <th className="num">{summary.kind === 'json' ? t('importCsi.item') : t('importCsi.line')}</th>
                  <th>{t('importColumn.touchpoint')}</th>
                  <th>{t('importColumn.period')}</th>
                  <th className="num">{t('importColumn.csi')}</th>
                  <th className="num n">n</th>
                  <th>{t('importCsi.matchedTouchpoint')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.preview.map((row) => {
                  const matched = byKey.get(row.touchpoint);
                  return (
                    <tr key={row.line}>
                      <td className="num muted">{row.line}</td>
                      <td className="mono">{row.touchpoint}</td>
                      <td>{row.period}</td>
                      <td className="num">{formatNumber(row.csi, language, { decimals: 2 })}</td>
                      <td className="num">{row.n === undefined ? '–' : count(row.n)}</td>
                      <td>
                        {matched ? (
                          matched.map((tp) => tp.title).join(', ')
                        ) : (
                          <span className="tag tag--warn">{t('importCsi.noMatch')}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {summary.validRows > 0 && (
        <section className="import-section import-keys">
          <div>
            <h3 className="import-section__title">{t('importCsi.matched', { count: matches.length })}</h3>
            <ul className="key-list" data-testid="import-matched-keys">
              {matches.map((match) => (
                <li key={match.key} data-key={match.key}>
                  <span className="mono" title={match.key}>
                    {match.key}
                  </span>
                  <span className="key-list__target">
                    <span>
                      <span className="key-list__arrow" aria-hidden="true">
                        →{' '}
                      </span>
                      {match.touchpoints.map((tp) => tp.title).join(', ')}
                    </span>
                    {match.by === 'id' && <span className="tag">{t('importCsi.matchedById')}</span>}
                  </span>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="import-section__title">{t('importCsi.unmatched', { count: summary.unmatchedKeyCount })}</h3>
            {summary.unmatchedKeyCount === 0 ? (
              <p className="muted small">{t('importCsi.allMatched')}</p>
            ) : (
              <>
                <ul className="key-list key-list--warn" data-testid="import-unmatched-keys">
                  {summary.unmatchedKeys.map(({ key, rows }) => (
                    <li key={key} data-key={key}>
                      <span className="mono">{key}</span>
                      <span className="muted small">{t('importCsi.rowCount', { count: rows })}</span>
                    </li>
                  ))}
                  {summary.unmatchedKeyCount > summary.unmatchedKeys.length && (
                    <li className="muted">{t('importCsi.more', { count: summary.unmatchedKeyCount - summary.unmatchedKeys.length })}</li>
                  )}
                </ul>
                <p className="muted small">{t('importCsi.unmatchedHint')}</p>
              </>
            )}
            {notInFile.length > 0 && (
              <p className="muted small" data-testid="import-not-in-file">
                {t('importCsi.notInFile', {
                  count: notInFile.length,
                  titles: notInFile
                    .slice(0, 6)
                    .map((tp) => tp.title)
                    .concat(notInFile.length > 6 ? ['…'] : [])
                    .join(', '),
                })}
              </p>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
