import { memo } from 'react';
import type { Persona } from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { personaColor } from './emotionCurve.js';

interface EmotionLegendProps {
  personas: Persona[];
  hidden: ReadonlySet<string>;
  onToggle: (personaId: string) => void;
}

/** Which curve is whose (click a persona to show or hide its curve), and what a dip mark means. */
export const EmotionLegend = memo(function EmotionLegend({ personas, hidden, onToggle }: EmotionLegendProps) {
  const t = useT();
  if (personas.length === 0) return null;
  return (
    <div className="legend" data-testid="emotion-legend" aria-label={t('emotion.legend')}>
      <span className="legend__title">{t('emotion.legend')}</span>
      <ul className="legend__items">
        {personas.map((persona, index) => {
          const name = persona.name.trim() === '' ? t('persona.unnamed') : persona.name;
          const shown = !hidden.has(persona.id);
          return (
            <li key={persona.id} className="legend__item" data-persona-id={persona.id}>
              <button
                type="button"
                className={`legend__toggle${shown ? '' : ' is-off'}`}
                data-testid="toggle-persona-curve"
                data-persona-id={persona.id}
                aria-pressed={shown}
                title={shown ? t('emotion.hideCurve', { name }) : t('emotion.showCurve', { name })}
                onClick={() => onToggle(persona.id)}
              >
                <svg width="28" height="12" aria-hidden="true">
                  <path d="M2 6h24" stroke={personaColor(persona, index)} strokeWidth="4" strokeLinecap="round" />
                </svg>
                <span className="legend__name">{name}</span>
              </button>
            </li>
          );
        })}
        <li className="legend__item legend__item--dip" title={t('emotion.dip')}>
          <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
            <circle cx="11" cy="11" r="9" className="emotion-point__halo" />
            <circle cx="11" cy="11" r="4.5" fill="#fff" stroke="#5b6675" strokeWidth="2.5" />
          </svg>
          {t('emotion.dipShort')}
        </li>
      </ul>
    </div>
  );
});
