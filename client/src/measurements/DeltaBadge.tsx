import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { deltaDirection, formatNumber } from './formatNumber.js';
import './measurements.css';

/** A change against the baseline: ▲ +3.2 (blue) or ▼ −4.1 (vermillion); a dash when there is none. */
export function DeltaBadge({ delta, size = 'normal' }: { delta: number | null; size?: 'normal' | 'large' }) {
  const t = useT();
  const { language } = useLanguage();
  const direction = deltaDirection(delta);
  if (direction === 'none') {
    return (
      <span className="delta delta--none" data-direction="none" title={t('delta.none')}>
        –
      </span>
    );
  }
  const value = formatNumber(delta, language, { sign: true });
  const label =
    direction === 'up'
      ? t('delta.up', { value: formatNumber(delta, language) })
      : direction === 'down'
        ? t('delta.down', { value: formatNumber(Math.abs(delta ?? 0), language) })
        : t('delta.flat');
  return (
    <span className={`delta delta--${direction}${size === 'large' ? ' delta--large' : ''}`} data-direction={direction} title={label}>
      <span aria-hidden="true" className="delta__arrow">
        {direction === 'up' ? '▲' : direction === 'down' ? '▼' : '▶'}
      </span>
      <span aria-hidden="true">{value}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
