import { useEffect, useId, useRef } from 'react';
import type * as Y from 'yjs';
import {
  CHANNELS,
  IMPORTANCE_MAX,
  IMPORTANCE_MIN,
  deleteTouchpoint,
  moveTouchpoint,
  updateTouchpoint,
  type Channel,
  type MapDocument,
  type Touchpoint,
} from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { SyncedTextInput } from '../ui/SyncedTextInput.js';
import { CloseIcon, TrashIcon } from '../ui/icons.js';
import { EmotionFields } from './EmotionFields.js';
import { ExpectationsEditor } from './ExpectationsEditor.js';

interface InspectorProps {
  doc: Y.Doc;
  map: MapDocument;
  touchpoint: Touchpoint;
  /** Focus and select the title once (a card that was just added). */
  focusTitle: boolean;
  onTitleFocused: () => void;
  onClose: () => void;
}

const IMPORTANCE_LEVELS = Array.from({ length: IMPORTANCE_MAX - IMPORTANCE_MIN + 1 }, (_, i) => IMPORTANCE_MIN + i);

/** Every field of the selected touchpoint; each change goes straight into the shared document. */
export function Inspector({ doc, map, touchpoint, focusTitle, onTitleFocused, onClose }: InspectorProps) {
  const t = useT();
  const id = useId();
  const titleRef = useRef<HTMLInputElement | null>(null);
  const update = (patch: Parameters<typeof updateTouchpoint>[2]) => updateTouchpoint(doc, touchpoint.id, patch);

  useEffect(() => {
    if (!focusTitle || !titleRef.current) return;
    titleRef.current.focus();
    titleRef.current.select();
    onTitleFocused();
  }, [focusTitle, onTitleFocused]);

  return (
    <section className="panel inspector" data-testid="inspector" data-touchpoint-id={touchpoint.id} aria-labelledby={`${id}-head`}>
      <div className="panel__head">
        <h2 id={`${id}-head`} className="panel__title">
          {t('inspector.title')}
        </h2>
        <button
          type="button"
          className="icon-button"
          data-testid="close-inspector"
          aria-label={t('inspector.close')}
          title={t('inspector.close')}
          onClick={onClose}
        >
          <CloseIcon />
        </button>
      </div>

      <div className="field">
        <label htmlFor={`${id}-title`}>{t('inspector.fieldTitle')}</label>
        <SyncedTextInput
          id={`${id}-title`}
          className="input input--large"
          data-testid="field-title"
          maxLength={200}
          placeholder={t('touchpoint.untitled')}
          value={touchpoint.title}
          onValue={(title) => update({ title })}
          inputRef={(element) => {
            titleRef.current = element;
          }}
        />
      </div>

      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-phase`}>{t('inspector.fieldPhase')}</label>
          <select
            id={`${id}-phase`}
            className="select"
            data-testid="field-phase"
            value={touchpoint.phaseId}
            onChange={(event) => moveTouchpoint(doc, touchpoint.id, { phaseId: event.target.value })}
          >
            {map.phases.map((phase, index) => (
              <option key={phase.id} value={phase.id}>
                {index + 1}. {phase.name.trim() === '' ? t('phase.unnamed') : phase.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-channel`}>{t('inspector.fieldChannel')}</label>
          <select
            id={`${id}-channel`}
            className="select"
            data-testid="field-channel"
            value={touchpoint.channel}
            onChange={(event) => update({ channel: event.target.value as Channel })}
          >
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {t(`channel.${channel}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-importance`}>{t('inspector.fieldImportance')}</label>
          <select
            id={`${id}-importance`}
            className="select"
            data-testid="field-importance"
            value={touchpoint.importance}
            onChange={(event) => update({ importance: Number(event.target.value) })}
          >
            {IMPORTANCE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`importance.${level}` as 'importance.1')}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-metric`}>{t('inspector.fieldMetricKey')}</label>
          <SyncedTextInput
            id={`${id}-metric`}
            className="input input--mono"
            data-testid="field-metric-key"
            maxLength={200}
            placeholder={t('inspector.metricKeyPlaceholder')}
            spellCheck={false}
            value={touchpoint.metricKey}
            onValue={(metricKey) => update({ metricKey })}
          />
        </div>
      </div>

      <label className={`checkbox-card${touchpoint.momentOfTruth ? ' is-on' : ''}`}>
        <input
          type="checkbox"
          data-testid="field-moment-of-truth"
          checked={touchpoint.momentOfTruth}
          onChange={(event) => update({ momentOfTruth: event.target.checked })}
        />
        <span>
          <strong>{t('touchpoint.momentOfTruth')}</strong>
          <small>{t('touchpoint.momentOfTruthHint')}</small>
        </span>
      </label>

      <h3 className="panel__subtitle">{t('inspector.emotions')}</h3>
      <EmotionFields doc={doc} touchpoint={touchpoint} personas={map.personas} />

      <h3 className="panel__subtitle">{t('inspector.expectations')}</h3>
      <ExpectationsEditor doc={doc} touchpoint={touchpoint} />

      <div className="panel__footer">
        <button
          type="button"
          className="button button--danger"
          data-testid="delete-touchpoint"
          onClick={() => deleteTouchpoint(doc, touchpoint.id)}
        >
          <TrashIcon size={16} /> {t('inspector.delete')}
        </button>
      </div>
    </section>
  );
}
