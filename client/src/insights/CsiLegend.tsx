import type { Insights } from '../../../shared/src/index.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { DeltaBadge } from '../measurements/DeltaBadge.js';
import { formatNumber } from '../measurements/formatNumber.js';
import { UploadIcon } from '../ui/icons.js';
import { legendGradient, legendRange } from './csiScale.js';
import './overlay.css';

/**
 * What the overlay's colours mean: the CSI scale around the target, "no data", the arrows, and
 * the importance-weighted CSI of the whole journey in the period.
 */
export function CsiLegend({ insights, onImport }: { insights: Insights; onImport?: () => void }) {
  const t = useT();
  const { language } = useLanguage();
  if (insights.period === null) {
    return (
      <div className="csi-legend csi-legend--empty" data-testid="csi-legend" role="group" aria-label={t('overlay.legend')}>
        <span className="csi-legend__title">{t('overlay.legendTitle')}</span>
        <span className="csi-legend__item">
          <span className="csi-legend__none" aria-hidden="true" />
          {t('overlay.noMeasurements')}
        </span>
        {onImport && (
          <button type="button" className="button button--small button--primary" onClick={onImport}>
            <UploadIcon size={15} /> {t('overlay.import')}
          </button>
        )}
      </div>
    );
  }
  const target = insights.settings.csiTarget;
  const { low, high } = legendRange(target);
  const at = (csi: number) => `${((csi - low) / (high - low)) * 100}%`;
  const { weightedCsi, delta } = insights.summary;
  return (
    <div className="csi-legend" data-testid="csi-legend" role="group" aria-label={t('overlay.legend')}>
      <div className="csi-legend__head">
        <span className="csi-legend__title">{t('overlay.legendTitle')}</span>
        <span className="csi-legend__period">
          {insights.period === null
            ? t('overlay.noPeriod')
            : insights.baseline === null
              ? insights.period
              : t('overlay.periodVs', { period: insights.period, baseline: insights.baseline })}
        </span>
      </div>
      <div className="csi-legend__scale" aria-label={t('overlay.scaleLabel', { target: formatNumber(target, language) })} role="img">
        <div className="csi-legend__bar" style={{ background: legendGradient(target) }} />
        <span className="csi-legend__tick" style={{ left: 0 }}>
          ≤{formatNumber(low, language)}
        </span>
        <span className="csi-legend__tick csi-legend__tick--target" style={{ left: at(target) }}>
          {t('overlay.target', { target: formatNumber(target, language) })}
        </span>
        <span className="csi-legend__tick csi-legend__tick--end" style={{ left: '100%' }}>
          ≥{formatNumber(high, language)}
        </span>
      </div>
      <span className="csi-legend__item">
        <span className="csi-legend__none" aria-hidden="true" />
        {t('overlay.noData')}
      </span>
      {weightedCsi !== null && (
        <span className="csi-legend__journey" data-testid="journey-csi" title={t('overlay.journeyHint')}>
          <span className="csi-legend__journey-label">{t('overlay.journey')}</span>
          <strong>{formatNumber(weightedCsi, language)}</strong>
          {insights.baseline !== null && <DeltaBadge delta={delta} />}
        </span>
      )}
    </div>
  );
}
