import type { Insights, TouchpointInsight } from '../../../shared/src/index.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { CsiTrend } from '../measurements/CsiTrend.js';
import { DeltaBadge } from '../measurements/DeltaBadge.js';
import { formatNumber } from '../measurements/formatNumber.js';
import { whiteSpotText } from '../measurements/whiteSpotText.js';
import { CloseIcon } from '../ui/icons.js';

/** The selected touchpoint beside the matrix: its numbers, its CSI over time, its white spots. */
export function TouchpointFocus({
  touchpoint,
  insights,
  phaseName,
  onClose,
}: {
  touchpoint: TouchpointInsight | null;
  insights: Insights;
  phaseName: string;
  onClose: () => void;
}) {
  const t = useT();
  const { language } = useLanguage();
  if (!touchpoint) {
    return (
      <aside className="report-card focus focus--empty no-print" data-testid="touchpoint-focus">
        <svg viewBox="0 0 48 48" width="44" height="44" fill="none" stroke="currentColor" strokeWidth="2.2" aria-hidden="true">
          <circle cx="20" cy="20" r="7" />
          <path d="M28 28l12 12M6 42h14M34 6v14" strokeLinecap="round" />
        </svg>
        <p>{t('report.selectHint')}</p>
      </aside>
    );
  }
  const number = insights.touchpoints.findIndex((tp) => tp.id === touchpoint.id) + 1;
  const spots = insights.whiteSpots.filter((spot) => spot.touchpointId === touchpoint.id);
  return (
    <aside className="report-card focus no-print" data-testid="touchpoint-focus" data-touchpoint-id={touchpoint.id} aria-live="polite">
      <div className="focus__head">
        <div>
          <p className="focus__phase">
            {number}. {phaseName}
          </p>
          <h2 className="focus__title">{touchpoint.title}</h2>
        </div>
        <button type="button" className="icon-button icon-button--small no-print" aria-label={t('report.clearSelection')} onClick={onClose}>
          <CloseIcon size={16} />
        </button>
      </div>
      <dl className="focus__facts">
        <div>
          <dt>{t('report.col.csiIn', { period: insights.period ?? '–' })}</dt>
          <dd className="focus__csi">{formatNumber(touchpoint.csi, language)}</dd>
        </div>
        <div>
          <dt>{t('report.col.delta')}</dt>
          <dd>
            <DeltaBadge delta={touchpoint.delta} />
          </dd>
        </div>
        <div>
          <dt>{t('report.col.importance')}</dt>
          <dd>{touchpoint.importance}</dd>
        </div>
        <div>
          <dt>{t('report.col.n')}</dt>
          <dd>{formatNumber(touchpoint.n, language, { decimals: 0 })}</dd>
        </div>
      </dl>
      {touchpoint.momentOfTruth && <p className="tag tag--mot">◆ {t('touchpoint.momentOfTruth')}</p>}
      <h3 className="focus__subtitle">{t('report.trendTitle')}</h3>
      <CsiTrend trend={touchpoint.trend} csiTarget={insights.settings.csiTarget} title={touchpoint.title} period={insights.period} height={160} />
      {spots.length > 0 && (
        <>
          <h3 className="focus__subtitle">{t('report.selectedWhiteSpots')}</h3>
          <ul className="focus__spots">
            {spots.map((spot, index) => (
              <li key={index} className={`severity-${spot.severity}`}>
                {whiteSpotText(spot, t, language)}
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
