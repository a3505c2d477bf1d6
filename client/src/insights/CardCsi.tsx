import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { deltaDirection, formatNumber } from '../measurements/formatNumber.js';
import type { CardCsi as CardCsiData } from './overlay.js';
import './overlay.css';

/**
 * A card's CSI in the overlay: the value on the scale colour and the change against the baseline
 * with an arrow (▲ ▼), or "no data". The arrow and the sign carry the direction, not the colour.
 */
export function CardCsi({ data, period, baseline }: { data: CardCsiData; period: string | null; baseline: string | null }) {
  const t = useT();
  const { language } = useLanguage();
  const { csi, delta, paint } = data;
  if (csi === null || paint === null) {
    return (
      <span
        className="card-csi card-csi--none"
        data-testid="card-csi"
        data-csi=""
        data-delta=""
        data-no-data="true"
        title={period === null ? t('overlay.noDataEver') : t('overlay.noDataIn', { period })}
      >
        {t('overlay.noData')}
      </span>
    );
  }
  const direction = deltaDirection(delta);
  const value = formatNumber(csi, language);
  const label =
    baseline === null || delta === null
      ? t('overlay.cardCsi', { csi: value, period: period ?? '' })
      : t('overlay.cardCsiDelta', {
          csi: value,
          period: period ?? '',
          delta: formatNumber(delta, language, { sign: true }),
          baseline,
          baselineCsi: formatNumber(data.baselineCsi, language),
        });
  return (
    <span
      className={`card-csi${paint.below ? ' is-below' : ''}`}
      data-testid="card-csi"
      data-csi={csi}
      data-delta={delta ?? ''}
      data-color={paint.color}
      title={label}
      aria-label={label}
      role="img"
    >
      <span className="card-csi__value" style={{ background: paint.color, color: paint.ink }}>
        {value}
      </span>
      {direction !== 'none' && (
        <span className={`card-csi__delta card-csi__delta--${direction}`}>
          <span className="card-csi__arrow">{direction === 'up' ? '▲' : direction === 'down' ? '▼' : '▶'}</span>
          {formatNumber(direction === 'flat' ? 0 : Math.abs(delta ?? 0), language)}
        </span>
      )}
    </span>
  );
}
