import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import type * as Y from 'yjs';
import {
  CHANNELS,
  IMPORTANCE_MAX,
  IMPORTANCE_MIN,
  LIMITS,
  deleteTouchpoint,
  moveTouchpoint,
  updateTouchpoint,
  type Channel,
  type MapDocument,
  type Touchpoint,
} from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { FieldGroup } from '../ui/FieldGroup.js';
import { FormField } from '../ui/FormField.js';
import { SyncedTextInput, SyncedTextarea, blurOnEnter, singleLine } from '../ui/SyncedTextInput.js';
import { CloseIcon, TrashIcon } from '../ui/icons.js';
import { EmotionFields } from './EmotionFields.js';
import { ExpectationsEditor } from './ExpectationsEditor.js';
import { messagesByField } from './problemMessages.js';
import { touchpointProblems } from './touchpointValidation.js';
import './panels.css';

interface InspectorProps {
  doc: Y.Doc;
  map: MapDocument;
  touchpoint: Touchpoint;
  /** Focus and select the title once (a card that was just added). */
  focusTitle: boolean;
  onTitleFocused: () => void;
  onClose: () => void;
  /** The touchpoint's measured CSI and white spots (the analysis), shown under the title. */
  measured?: ReactNode;
  /** Every field shown but off (a viewer's or commenter's link). */
  readOnly?: boolean;
}

const IMPORTANCE_LEVELS = Array.from({ length: IMPORTANCE_MAX - IMPORTANCE_MIN + 1 }, (_, i) => IMPORTANCE_MIN + i);

/** Every field of the selected touchpoint; each change goes straight into the shared document. */
export function Inspector({ doc, map, touchpoint, focusTitle, onTitleFocused, onClose, measured, readOnly = false }: InspectorProps) {
  const t = useT();
  const id = useId();
  const titleRef = useRef<HTMLTextAreaElement | null>(null);
  const update = (patch: Parameters<typeof updateTouchpoint>[2]) => updateTouchpoint(doc, touchpoint.id, patch);
  const messages = useMemo(() => {
    const titles = new Map(map.touchpoints.map((tp) => [tp.id, tp.title.trim() === '' ? t('touchpoint.untitled') : tp.title]));
    return messagesByField(touchpointProblems(touchpoint, map), t, (tpId) => titles.get(tpId) ?? tpId);
  }, [touchpoint, map, t]);

  useEffect(() => {
    if (!focusTitle || !titleRef.current || readOnly) return;
    titleRef.current.focus();
    titleRef.current.select();
    onTitleFocused();
  }, [focusTitle, onTitleFocused, readOnly]);

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

      <FieldGroup readOnly={readOnly}>
        <FormField label={t('inspector.fieldTitle')} name="title" errors={messages.title}>
          {(control) => (
            <SyncedTextarea
              {...control}
              className="input input--large title-field"
              data-testid="field-title"
              rows={1}
              maxLength={LIMITS.nameLength}
              placeholder={t('touchpoint.untitled')}
              value={touchpoint.title}
              onValue={(title) => update({ title: singleLine(title) })}
              onKeyDown={blurOnEnter}
              textareaRef={(element) => {
                titleRef.current = element;
              }}
            />
          )}
        </FormField>
      </FieldGroup>

      {measured}

      <FieldGroup readOnly={readOnly}>
        <div className="field-row">
          <FormField label={t('inspector.fieldPhase')} name="phase">
            {(control) => (
              <select
                {...control}
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
            )}
          </FormField>
          <FormField label={t('inspector.fieldChannel')} name="channel">
            {(control) => (
              <select
                {...control}
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
            )}
          </FormField>
        </div>

        <FormField label={t('inspector.fieldImportance')} name="importance" errors={messages.importance}>
          {(control) => (
            <select
              {...control}
              className="select"
              data-testid="field-importance"
              value={touchpoint.importance}
              onChange={(event) => update({ importance: Number(event.target.value) })}
            >
              {!IMPORTANCE_LEVELS.includes(touchpoint.importance) && (
                // A value from outside the scale (an old import, another client) stays visible until fixed.
                <option value={touchpoint.importance} disabled>
                  {t('inspector.importanceInvalid', { value: String(touchpoint.importance) })}
                </option>
              )}
              {IMPORTANCE_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`importance.${level}` as 'importance.1')}
                </option>
              ))}
            </select>
          )}
        </FormField>

        <FormField
          label={t('inspector.fieldMetricKey')}
          name="metricKey"
          errors={messages.metricKey}
          hint={t('inspector.metricKeyHint')}
        >
          {(control) => (
            <SyncedTextInput
              {...control}
              className="input input--mono"
              data-testid="field-metric-key"
              maxLength={LIMITS.nameLength}
              placeholder={t('inspector.metricKeyPlaceholder')}
              spellCheck={false}
              autoCapitalize="off"
              autoCorrect="off"
              value={touchpoint.metricKey}
              onValue={(metricKey) => update({ metricKey })}
            />
          )}
        </FormField>

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
        <EmotionFields doc={doc} touchpoint={touchpoint} personas={map.personas} readOnly={readOnly} />

        <h3 className="panel__subtitle">{t('inspector.expectations')}</h3>
        <ExpectationsEditor doc={doc} touchpoint={touchpoint} readOnly={readOnly} />
      </FieldGroup>

      {!readOnly && (
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
      )}
    </section>
  );
}
