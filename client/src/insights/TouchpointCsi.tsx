import { Suspense } from 'react';
import type { Insights } from '../../../shared/src/index.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { DeltaBadge } from '../measurements/DeltaBadge.js';
import { formatNumber } from '../measurements/formatNumber.js';
import { whiteSpotKindLabel, whiteSpotText } from '../measurements/whiteSpotText.js';
import { csiPaint } from './csiScale.js';
import { LazyCsiTrend } from './lazyCharts.js';
import { WhiteSpotMarker } from './WhiteSpotMarkers.js';
import './insightPanels.css';

/**
 * The measured side of the selected touchpoint, for the inspector: its CSI in the period, the
 * baseline and the change, its CSI over all periods, and its white spots.
 */
export function TouchpointCsi({ insights, touchpointId }: { insights: Insights; touchpointId: string }) {
  const t = useT();
  const { language } = useLanguage();
  const tp = insights.touchpoints.find((candidate) => candidate.id === touchpointId);
  const spots = insights.whiteSpots.filter((spot) => spot.touchpointId === touchpointId);
  if (!tp) return null;
  const target = insights.settings.csiTarget;
  const measuredEver = tp.trend.length > 0;
  const paint = tp.csi === null ? null : csiPaint(tp.csi, target);
  const hasData = insights.periods.length > 0;
  if (!hasData && spots.length === 0) return null;

  return (
    <section
      className="tp-csi"
      data-testid="inspector-csi"
      data-csi={tp.csi ?? ''}
      data-baseline={tp.baselineCsi ?? ''}
      data-delta={tp.delta ?? ''}
    >
      {hasData && (
        <>
          <h3 className="panel__subtitle tp-csi__title">
            {t('inspectorCsi.title')}
            {insights.period && <span className="tp-csi__period">{insights.period}</span>}
          </h3>
          {tp.csi !== null && paint ? (
            <div className="tp-csi__figures">
              <span className="tp-csi__score">
                <span className="tp-csi__value" style={{ background: paint.color, color: paint.ink }} data-testid="inspector-csi-value">
                  {formatNumber(tp.csi, language)}
                </span>
                <span className={`tp-csi__verdict${paint.below ? ' is-below' : ''}`}>
                  {paint.below ? t('inspectorCsi.below') : t('inspectorCsi.onTarget')}
                </span>
              </span>
              <dl className="tp-csi__facts">
                <div>
                  <dt>{insights.baseline === null ? t('inspectorCsi.noBaseline') : t('inspectorCsi.baseline', { period: insights.baseline })}</dt>
                  <dd>{insights.baseline === null ? '–' : formatNumber(tp.baselineCsi, language)}</dd>
                </div>
                <div>
                  <dt>{t('inspectorCsi.change')}</dt>
                  <dd>
                    <DeltaBadge delta={tp.delta} />
                  </dd>
                </div>
                <div>
                  <dt>{t('inspectorCsi.target')}</dt>
                  <dd>{formatNumber(target, language)}</dd>
                </div>
                {tp.n !== null && (
                  <div>
                    <dt>n</dt>
                    <dd>{formatNumber(tp.n, language, { decimals: 0 })}</dd>
                  </div>
                )}
              </dl>
            </div>
          ) : (
            <p className="tp-csi__none" data-testid="inspector-csi-none">
              <span className="card-csi card-csi--none">{t('overlay.noData')}</span>
              <span>
                {measuredEver
                  ? t('inspectorCsi.notInPeriod', { period: insights.period ?? '' })
                  : tp.metricKey === ''
                    ? t('inspectorCsi.neverNoKey')
                    : t('inspectorCsi.never', { key: tp.metricKey })}
              </span>
            </p>
          )}
          {measuredEver && (
            <div className="tp-csi__trend">
              <Suspense fallback={<div className="tp-csi__trend-loading" />}>
                <LazyCsiTrend trend={tp.trend} csiTarget={target} title={tp.title} period={insights.period} height={140} />
              </Suspense>
            </div>
          )}
        </>
      )}
      {spots.length > 0 && (
        <ul className="tp-csi__spots" aria-label={t('inspectorCsi.whiteSpots')}>
          {spots.map((spot) => (
            <li key={spot.kind} className="tp-csi__spot" data-kind={spot.kind} data-severity={spot.severity}>
              <WhiteSpotMarker kind={spot.kind} severity={spot.severity} size="small" />
              <span>
                <strong>{whiteSpotKindLabel(spot.kind, t)}.</strong> {whiteSpotText(spot, t, language)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
