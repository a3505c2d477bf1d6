import { memo } from 'react';
import type { Persona } from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { personaColor } from './emotionCurve.js';

/** Which curve is whose, and what a dip mark means. */
export const EmotionLegend = memo(function EmotionLegend({ personas }: { personas: Persona[] }) {
  const t = useT();
  if (personas.length === 0) return null;
  return (
    <div className="legend" data-testid="emotion-legend" aria-label={t('emotion.legend')}>
      <span className="legend__title">{t('emotion.legend')}</span>
      <ul className="legend__items">
        {personas.map((persona, index) => (
          <li key={persona.id} className="legend__item" data-persona-id={persona.id}>
            <svg width="28" height="12" aria-hidden="true">
              <path d="M2 6h24" stroke={personaColor(persona, index)} strokeWidth="4" strokeLinecap="round" />
            </svg>
            <span className="legend__name" title={persona.name}>
              {persona.name.trim() === '' ? t('persona.unnamed') : persona.name}
            </span>
          </li>
        ))}
        <li className="legend__item legend__item--dip">
          <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
            <circle cx="11" cy="11" r="9" className="emotion-point__halo" />
            <circle cx="11" cy="11" r="4.5" fill="#fff" stroke="#5b6675" strokeWidth="2.5" />
          </svg>
          {t('emotion.dip')}
        </li>
      </ul>
    </div>
  );
});
