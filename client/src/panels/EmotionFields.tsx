import { useId } from 'react';
import type * as Y from 'yjs';
import { EMOTION_MAX, EMOTION_MIN, setEmotion, type Persona, type Touchpoint } from '../../../shared/src/index.js';
import { EMOTION_LEVELS, emotionWordKey, formatEmotion } from '../canvas/emotionScale.js';
import { personaColor } from '../canvas/emotionCurve.js';
import { useT } from '../i18n/useT.js';
import { CloseIcon } from '../ui/icons.js';

interface EmotionFieldsProps {
  doc: Y.Doc;
  touchpoint: Touchpoint;
  personas: Persona[];
  /** Without the buttons that clear a value (the sliders are turned off by the inspector's field group). */
  readOnly?: boolean;
}

/** How each persona feels at this touchpoint, −2…+2, or not recorded. */
export function EmotionFields({ doc, touchpoint, personas, readOnly = false }: EmotionFieldsProps) {
  const t = useT();
  if (personas.length === 0) return <p className="muted small">{t('inspector.emotionsNoPersonas')}</p>;
  return (
    <ul className="emotion-fields">
      {personas.map((persona, index) => (
        <EmotionField
          key={persona.id}
          color={personaColor(persona, index)}
          name={persona.name.trim() === '' ? t('persona.unnamed') : persona.name}
          personaId={persona.id}
          value={touchpoint.emotions[persona.id]}
          onChange={(value) => setEmotion(doc, touchpoint.id, persona.id, value)}
          readOnly={readOnly}
        />
      ))}
    </ul>
  );
}

interface EmotionFieldProps {
  personaId: string;
  name: string;
  color: string;
  value: number | undefined;
  onChange: (value: number | null) => void;
  readOnly: boolean;
}

function EmotionField({ personaId, name, color, value, onChange, readOnly }: EmotionFieldProps) {
  const t = useT();
  const id = useId();
  const unset = value === undefined;
  const shown = unset ? t('inspector.emotionUnset') : `${formatEmotion(value)} ${t(emotionWordKey(value))}`;
  return (
    <li className={`emotion-field${unset ? ' is-unset' : ''}${!unset && value <= -1 ? ' is-dip' : ''}`}>
      <div className="emotion-field__head">
        <label htmlFor={id} className="emotion-field__name">
          <span className="swatch" style={{ background: color }} aria-hidden="true" />
          {name}
        </label>
        <span className="emotion-field__value" data-testid={`emotion-value-${personaId}`}>
          {shown}
        </span>
        {!readOnly && (
          <button
            type="button"
            className="icon-button icon-button--small"
            data-testid={`clear-emotion-${personaId}`}
            aria-label={t('inspector.emotionClear', { name })}
            title={t('inspector.emotionClear', { name })}
            disabled={unset}
            onClick={() => onChange(null)}
          >
            <CloseIcon size={14} />
          </button>
        )}
      </div>
      <input
        id={id}
        type="range"
        className="emotion-field__range"
        style={{ accentColor: color }}
        data-testid={`field-emotion-${personaId}`}
        data-unset={unset}
        min={EMOTION_MIN}
        max={EMOTION_MAX}
        step={1}
        value={Math.round(value ?? 0)}
        aria-valuetext={shown}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <div className="emotion-field__ticks">
        {[...EMOTION_LEVELS].reverse().map((level) => (
          <button
            key={level}
            type="button"
            className={`tick${value !== undefined && Math.round(value) === level ? ' is-on' : ''}`}
            aria-label={`${formatEmotion(level)} ${t(emotionWordKey(level))}`}
            title={t(emotionWordKey(level))}
            onClick={() => onChange(level)}
          >
            {formatEmotion(level)}
          </button>
        ))}
      </div>
    </li>
  );
}
