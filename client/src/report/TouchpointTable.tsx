import { useMemo, useState } from 'react';
import type { Insights } from '../../../shared/src/index.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { DeltaBadge } from '../measurements/DeltaBadge.js';
import { formatNumber } from '../measurements/formatNumber.js';
import { JOURNEY_ORDER, sortRows, type ReportRow, type RowSort, type SortKey } from './reportRows.js';

/** Every touchpoint with its CSI, baseline, delta and n; sortable by each column; a click selects. */
export function TouchpointTable({
  rows,
  insights,
  selectedId,
  onSelect,
}: {
  rows: readonly ReportRow[];
  insights: Insights;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const t = useT();
  const { language } = useLanguage();
  const [sort, setSort] = useState<RowSort>(JOURNEY_ORDER);
  const collator = useMemo(() => new Intl.Collator(language), [language]);
  const sorted = useMemo(() => sortRows(rows, sort, collator), [rows, sort, collator]);
  const target = insights.settings.csiTarget;

  const header = (key: SortKey, label: string, className = '') => {
    const active = sort.key === key;
    return (
      <th className={className} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'} scope="col">
        <button
          type="button"
          className={`sort-button${active ? ' is-active' : ''}`}
          onClick={() =>
            setSort((s) =>
              s.key === key
                ? { key, descending: !s.descending }
                : // Numbers start with the biggest: that is what a reader looks for first.
                  { key, descending: key !== 'number' && key !== 'touchpoint' },
            )
          }
        >
          {label}
          <span className="sort-button__arrow no-print" aria-hidden="true">
            {active ? (sort.descending ? '↓' : '↑') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <section className="report-card report-table-card" data-testid="touchpoint-table">
      <div className="report-card__head">
        <h2>{t('report.table')}</h2>
        <p className="muted small no-print">{t('report.tableHint')}</p>
      </div>
      <div className="report-table-wrap">
        <table className="report-table">
          <thead>
            <tr>
              {header('number', t('report.col.number'), 'num')}
              <th scope="col">{t('report.col.phase')}</th>
              {header('touchpoint', t('report.col.touchpoint'))}
              {header('importance', t('report.col.importance'), 'num')}
              <th scope="col" className="center" title={t('report.col.momentOfTruth')}>
                {t('report.col.mot')}
              </th>
              {header('csi', insights.period ? t('report.col.csiIn', { period: insights.period }) : t('report.col.csi'), 'num')}
              {header('baselineCsi', insights.baseline ? t('report.col.csiIn', { period: insights.baseline }) : t('report.col.baseline'), 'num')}
              {header('delta', t('report.col.delta'), 'num')}
              {header('n', t('report.col.n'), 'num')}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => {
              const selected = row.id === selectedId;
              const below = row.csi !== null && row.csi < target;
              return (
                <tr
                  key={row.id}
                  className={selected ? 'is-selected' : undefined}
                  data-testid="report-row"
                  data-touchpoint-id={row.id}
                  data-selected={selected}
                  onClick={() => onSelect(row.id)}
                >
                  <td className="num muted">{row.number}</td>
                  <td className="report-table__phase">{row.phase}</td>
                  <td>
                    <button type="button" className="report-table__title" aria-pressed={selected} onClick={(event) => {
                        // The row handles clicks too; this button is there for the keyboard.
                        event.stopPropagation();
                        onSelect(row.id);
                      }}>
                      {row.touchpoint}
                    </button>
                    {row.metricKey && <span className="report-table__key">{row.metricKey}</span>}
                  </td>
                  <td className="num">
                    <span className="importance-dots" aria-hidden="true">
                      {'●'.repeat(row.importance)}
                      <span className="importance-dots__off">{'●'.repeat(Math.max(0, 5 - row.importance))}</span>
                    </span>{' '}
                    {row.importance}
                  </td>
                  <td className="center">
                    {row.momentOfTruth ? (
                      <span className="mot-mark" title={t('report.col.momentOfTruth')}>
                        ◆<span className="visually-hidden">{t('report.yes')}</span>
                      </span>
                    ) : (
                      <span className="visually-hidden">{t('report.no')}</span>
                    )}
                  </td>
                  <td className={`num report-table__csi${below ? ' is-below' : ''}`} title={below ? t('report.belowTarget') : undefined}>
                    {formatNumber(row.csi, language)}
                  </td>
                  <td className="num muted">{formatNumber(row.baselineCsi, language)}</td>
                  <td className="num">
                    <DeltaBadge delta={row.delta} />
                  </td>
                  <td className="num muted">{formatNumber(row.n, language, { decimals: 0 })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
