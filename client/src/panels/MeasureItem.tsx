import { useId, useRef, useState } from 'react';
import type * as Y from 'yjs';
import {
  LIMITS,
  MEASURE_STATUSES,
  deleteMeasure,
  setMeasureLink,
  updateMeasure,
  type Measure,
  type MeasureStatus,
} from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { MeasureEffect } from '../insights/MeasureEffect.js';
import type { MeasureEffects } from '../insights/measureEffect.js';
import { ChannelIcon } from '../ui/ChannelIcon.js';
import { FieldGroup } from '../ui/FieldGroup.js';
import { SyncedDateInput } from '../ui/SyncedDateInput.js';
import { SyncedTextInput, SyncedTextarea, blurOnEnter, singleLine } from '../ui/SyncedTextInput.js';
import { CloseIcon, LinkIcon, PlusIcon, TrashIcon } from '../ui/icons.js';
import { isOverdue } from './measureCatalogue.js';
import { TouchpointPicker, type PickableTouchpoint } from './TouchpointPicker.js';

interface MeasureItemProps {
  doc: Y.Doc;
  measure: Measure;
  /** Every touchpoint of the map, in journey order, by id. */
  touchpoints: ReadonlyMap<string, PickableTouchpoint>;
  selectedId: string | null;
  /** Today as YYYY-MM-DD, to mark overdue measures. */
  today: string;
  onSelectTouchpoint?: (touchpointId: string) => void;
  effects?: MeasureEffects | null;
  /** Fields shown but off, no linking or deleting (a viewer's or commenter's link). */
  readOnly?: boolean;
}

/** One measure of the catalogue: title, status, owner, due date and the touchpoints it improves. */
export function MeasureItem({
  doc,
  measure,
  touchpoints,
  selectedId,
  today,
  onSelectTouchpoint,
  effects = null,
  readOnly = false,
}: MeasureItemProps) {
  const t = useT();
  const id = useId();
  const [picking, setPicking] = useState(false);
  const linkButton = useRef<HTMLButtonElement>(null);
  const overdue = isOverdue(measure, today);
  const title = measure.title.trim() === '' ? t('measure.untitled') : measure.title;
  const linked = measure.touchpointIds.flatMap((tpId) => touchpoints.get(tpId) ?? []);
  const linkable = [...touchpoints.values()].filter((tp) => !measure.touchpointIds.includes(tp.id));
  const selected = selectedId === null ? undefined : touchpoints.get(selectedId);
  const linkedToSelected = selectedId !== null && measure.touchpointIds.includes(selectedId);

  const closePicker = () => {
    setPicking(false);
    requestAnimationFrame(() => linkButton.current?.focus());
  };

  return (
    <li
      className={`measure measure--${measure.status}${overdue ? ' is-overdue' : ''}${linkedToSelected ? ' is-linked' : ''}`}
      data-testid="measure-item"
      data-measure-id={measure.id}
      data-status={measure.status}
      data-overdue={overdue}
    >
      <FieldGroup readOnly={readOnly}>
        <div className="measure__top">
          <SyncedTextarea
            className="input measure__title"
            data-testid="measure-title"
            aria-label={t('measure.name')}
            placeholder={t('measure.untitled')}
            maxLength={LIMITS.nameLength}
            rows={1}
            value={measure.title}
            onValue={(value) => updateMeasure(doc, measure.id, { title: singleLine(value) })}
            onKeyDown={blurOnEnter}
          />
          {!readOnly && (
            <button
              type="button"
              className="icon-button icon-button--danger"
              data-testid="delete-measure"
              aria-label={t('measure.delete', { title })}
              title={t('measure.delete', { title })}
              onClick={() => deleteMeasure(doc, measure.id)}
            >
              <TrashIcon size={17} />
            </button>
          )}
        </div>

        <div className="measure__fields">
          <div className="measure__field">
            <label htmlFor={`${id}-status`}>{t('measure.status')}</label>
            <select
              id={`${id}-status`}
              className={`select status-select status-select--${measure.status}`}
              data-testid="measure-status"
              value={measure.status}
              onChange={(event) => updateMeasure(doc, measure.id, { status: event.target.value as MeasureStatus })}
            >
              {MEASURE_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`status.${status}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="measure__field">
            <label htmlFor={`${id}-due`}>
              {t('measure.dueDate')}
              {overdue && (
                <span className="overdue-badge" data-testid="measure-overdue">
                  {t('measure.overdue')}
                </span>
              )}
            </label>
            <SyncedDateInput
              id={`${id}-due`}
              className="input date-input"
              data-testid="measure-due-date"
              value={measure.dueDate}
              onValue={(dueDate) => updateMeasure(doc, measure.id, { dueDate })}
            />
          </div>
          <div className="measure__field measure__field--wide">
            <label htmlFor={`${id}-owner`}>{t('measure.owner')}</label>
            <SyncedTextInput
              id={`${id}-owner`}
              className="input"
              data-testid="measure-owner"
              placeholder={t('measure.ownerPlaceholder')}
              maxLength={LIMITS.nameLength}
              value={measure.owner ?? ''}
              onValue={(owner) => updateMeasure(doc, measure.id, { owner: owner === '' ? null : owner })}
            />
          </div>
        </div>
      </FieldGroup>

      <div className="measure__links" data-testid="measure-links" aria-label={t('measure.links')} role="group">
        <span className="measure__links-label">
          <LinkIcon size={14} /> {t('measure.links')}
        </span>
        {linked.length === 0 && <span className="measure__no-links">{t('measure.noLinks')}</span>}
        {linked.map((tp) => (
          <span
            key={tp.id}
            className={`tp-chip${tp.id === selectedId ? ' is-selected' : ''}`}
            data-testid="linked-touchpoint"
            data-touchpoint-id={tp.id}
          >
            {onSelectTouchpoint ? (
              <button
                type="button"
                className="tp-chip__title"
                data-testid="show-touchpoint"
                title={t('measure.showOnMap', { title: tp.title })}
                onClick={() => onSelectTouchpoint(tp.id)}
              >
                <ChannelIcon channel={tp.channel} size={14} />
                <span>{tp.title}</span>
              </button>
            ) : (
              <span className="tp-chip__title">
                <ChannelIcon channel={tp.channel} size={14} />
                <span>{tp.title}</span>
              </span>
            )}
            {!readOnly && (
              <button
                type="button"
                className="tp-chip__remove"
                data-testid="unlink-touchpoint"
                aria-label={t('measure.unlink', { title: tp.title })}
                title={t('measure.unlink', { title: tp.title })}
                onClick={() => setMeasureLink(doc, measure.id, tp.id, false)}
              >
                <CloseIcon size={13} />
              </button>
            )}
          </span>
        ))}
        {!picking && !readOnly && (
          <button
            ref={linkButton}
            type="button"
            className="tp-chip tp-chip--add"
            data-testid="link-touchpoint"
            aria-expanded={false}
            onClick={() => setPicking(true)}
          >
            <PlusIcon size={14} /> {t('measure.linkAdd')}
          </button>
        )}
      </div>
      {effects && <MeasureEffect touchpointIds={measure.touchpointIds} effects={effects} />}
      {picking && !readOnly && (
        <TouchpointPicker
          touchpoints={linkable}
          onPick={(tpId) => setMeasureLink(doc, measure.id, tpId, true)}
          onClose={closePicker}
        />
      )}
      {selected && !readOnly && (
        <label className="checkbox measure__quick-link">
          <input
            type="checkbox"
            data-testid="measure-link"
            checked={linkedToSelected}
            onChange={(event) => setMeasureLink(doc, measure.id, selected.id, event.target.checked)}
          />
          {t('measure.linkTo', { title: selected.title })}
        </label>
      )}
    </li>
  );
}
