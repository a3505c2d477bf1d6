import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { DeltaBadge } from '../measurements/DeltaBadge.js';
import { formatNumber } from '../measurements/formatNumber.js';
import { measureEffect, type MeasureEffects } from './measureEffect.js';
import './insightPanels.css';

/**
 * The control step of one measure: each linked touchpoint's CSI before (the baseline) and after
 * (the period), e.g. "Invoice 58 → 66 ▲ +8".
 */
export function MeasureEffect({ touchpointIds, effects }: { touchpointIds: readonly string[]; effects: MeasureEffects }) {
  const t = useT();
  const { language } = useLanguage();
  const rows = measureEffect(touchpointIds, effects.byId);
  if (rows.length === 0) return null;
  return (
    <div className="measure-effect" data-testid="measure-effect">
      <p className="measure-effect__head">
        {effects.baseline === null
          ? t('measureEffect.titleNoBaseline', { period: effects.period ?? '' })
          : t('measureEffect.title', { baseline: effects.baseline, period: effects.period ?? '' })}
      </p>
      <ul className="measure-effect__list">
        {rows.map((row) => (
          <li
            key={row.touchpointId}
            className="measure-effect__row"
            data-testid="measure-effect-item"
            data-touchpoint-id={row.touchpointId}
            data-baseline={row.baselineCsi ?? ''}
            data-csi={row.csi ?? ''}
            data-delta={row.delta ?? ''}
          >
            <span className="measure-effect__title" title={row.title}>
              {row.title.trim() === '' ? t('touchpoint.untitled') : row.title}
            </span>
            <span className="measure-effect__values">
              {effects.baseline !== null && (
                <>
                  <span className="measure-effect__before">{formatNumber(row.baselineCsi, language)}</span>
                  <span className="measure-effect__arrow" aria-hidden="true">
                    →
                  </span>
                </>
              )}
              <span className="measure-effect__after">{formatNumber(row.csi, language)}</span>
              {effects.baseline !== null && <DeltaBadge delta={row.delta} />}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
