import type { Insights } from '../../../shared/src/index.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { DeltaBadge } from '../measurements/DeltaBadge.js';
import { formatNumber } from '../measurements/formatNumber.js';
import { WhiteSpotChart } from './WhiteSpotChart.js';

/** The numbers at the top: weighted CSI and its change, coverage, on target, white spots. */
export function SummaryCards({ insights }: { insights: Insights }) {
  const t = useT();
  const { language } = useLanguage();
  const { summary, settings } = insights;
  const measured = insights.touchpoints.filter((tp) => tp.csi !== null);
  const onTarget = measured.filter((tp) => tp.csi! >= settings.csiTarget).length;
  const moments = insights.touchpoints.filter((tp) => tp.momentOfTruth);
  const momentsOnTarget = moments.filter((tp) => tp.csi !== null && tp.csi >= settings.csiTarget).length;
  const whiteSpots = insights.whiteSpots.length;
  const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

  return (
    <section className="kpis" aria-label={t('report.summary')}>
      <div className="kpi kpi--main">
        <h2 className="kpi__label">{t('report.weightedCsi')}</h2>
        <p className="kpi__value">
          <span data-testid="weighted-csi" data-value={summary.weightedCsi ?? ''}>
            {formatNumber(summary.weightedCsi, language)}
          </span>
          {summary.delta !== null && (
            <span data-testid="weighted-csi-delta" data-value={summary.delta}>
              <DeltaBadge delta={summary.delta} size="large" />
            </span>
          )}
        </p>
        <p className="kpi__detail">
          {insights.baseline
            ? t('report.inBaseline', { baseline: insights.baseline, value: formatNumber(summary.baselineWeightedCsi, language) })
            : t('report.noBaselineValue')}
        </p>
        <p className="kpi__hint">{t('report.weightedCsiHint')}</p>
      </div>
      <div className="kpi">
        <h2 className="kpi__label">{t('report.measured')}</h2>
        <p className="kpi__value" data-testid="measured-count">
          {t('report.ofTotal', { part: summary.measured, total: summary.touchpoints })}
        </p>
        <Meter value={share(summary.measured, summary.touchpoints)} />
        <p className="kpi__detail">{t('report.measuredDetail', { percent: share(summary.measured, summary.touchpoints) })}</p>
      </div>
      <div className="kpi">
        <h2 className="kpi__label">{t('report.onTarget', { target: formatNumber(settings.csiTarget, language) })}</h2>
        <p className="kpi__value" data-testid="on-target-count">
          {t('report.ofTotal', { part: onTarget, total: measured.length })}
        </p>
        <Meter value={share(onTarget, measured.length)} />
        <p className="kpi__detail">
          {moments.length > 0 ? t('report.momentsOnTarget', { part: momentsOnTarget, total: moments.length }) : t('report.noMoments')}
        </p>
      </div>
      <div className="kpi kpi--chart">
        <h2 className="kpi__label">
          {t('report.whiteSpots')} <span className="kpi__count" data-testid="white-spot-total">{whiteSpots}</span>
        </h2>
        <WhiteSpotChart byKind={summary.whiteSpotsByKind} />
      </div>
    </section>
  );
}

function Meter({ value }: { value: number }) {
  return (
    <div className="meter" aria-hidden="true">
      <div className="meter__bar" style={{ width: `${value}%` }} />
    </div>
  );
}
