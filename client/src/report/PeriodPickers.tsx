import { useId } from 'react';
import type { Insights } from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';

/** Which period the report shows, and which one it compares with (or none). */
export function PeriodPickers({
  insights,
  onPeriodChange,
  onBaselineChange,
}: {
  insights: Pick<Insights, 'period' | 'baseline' | 'periods'>;
  onPeriodChange: (period: string) => void;
  onBaselineChange: (baseline: string | null) => void;
}) {
  const t = useT();
  const periodId = useId();
  const baselineId = useId();
  // Newest first: the usual choice is at the top.
  const newestFirst = [...insights.periods].reverse();
  return (
    <div className="period-pickers no-print">
      <div className="period-pickers__field">
        <label htmlFor={periodId}>{t('report.period')}</label>
        <select
          id={periodId}
          className="select"
          data-testid="period-picker"
          value={insights.period ?? ''}
          onChange={(event) => onPeriodChange(event.target.value)}
        >
          {newestFirst.map((period) => (
            <option key={period} value={period}>
              {period}
            </option>
          ))}
        </select>
      </div>
      <span className="period-pickers__vs" aria-hidden="true">
        {t('report.vs')}
      </span>
      <div className="period-pickers__field">
        <label htmlFor={baselineId}>{t('report.baseline')}</label>
        <select
          id={baselineId}
          className="select"
          data-testid="baseline-picker"
          value={insights.baseline ?? ''}
          onChange={(event) => onBaselineChange(event.target.value === '' ? null : event.target.value)}
        >
          {newestFirst
            .filter((period) => period !== insights.period)
            .map((period) => (
              <option key={period} value={period}>
                {period}
              </option>
            ))}
          <option value="">{t('report.baselineNone')}</option>
        </select>
      </div>
    </div>
  );
}
