import { useId, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import {
  MEASURE_STATUSES,
  addMeasure,
  deleteMeasure,
  setMeasureLink,
  updateMeasure,
  type MapDocument,
  type MeasureStatus,
  type Touchpoint,
} from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { SyncedTextInput } from '../ui/SyncedTextInput.js';
import { PlusIcon, TrashIcon } from '../ui/icons.js';

interface MeasuresPanelProps {
  doc: Y.Doc;
  map: MapDocument;
  /** The selected touchpoint, which new measures are linked to and which links can be toggled. */
  selected: Touchpoint | null;
}

/** The catalogue of measures (Maßnahmenkatalog), each linked to the touchpoints it improves. */
export function MeasuresPanel({ doc, map, selected }: MeasuresPanelProps) {
  const t = useT();
  const id = useId();
  const [title, setTitle] = useState('');
  const titles = new Map(map.touchpoints.map((tp) => [tp.id, tp.title.trim() === '' ? t('touchpoint.untitled') : tp.title]));
  const selectedTitle = selected ? (titles.get(selected.id) ?? '') : '';

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') return;
    addMeasure(doc, { title: title.trim(), touchpointIds: selected ? [selected.id] : [] });
    setTitle('');
  };

  return (
    <section className="panel" data-testid="measures-panel" aria-labelledby={`${id}-head`}>
      <div className="panel__head">
        <h2 id={`${id}-head`} className="panel__title">
          {t('measure.title')}
        </h2>
      </div>
      {map.measures.length === 0 && <p className="muted small">{t('measure.empty')}</p>}
      <ul className="row-list">
        {map.measures.map((measure) => {
          const linked = selected !== null && measure.touchpointIds.includes(selected.id);
          return (
            <li
              key={measure.id}
              className={`measure${linked ? ' is-linked' : ''}`}
              data-testid="measure-item"
              data-measure-id={measure.id}
            >
              <div className="measure__top">
                <SyncedTextInput
                  className="input"
                  data-testid="measure-title"
                  aria-label={t('measure.name')}
                  placeholder={t('measure.untitled')}
                  maxLength={200}
                  value={measure.title}
                  onValue={(value) => updateMeasure(doc, measure.id, { title: value })}
                />
                <button
                  type="button"
                  className="icon-button icon-button--danger"
                  data-testid="delete-measure"
                  aria-label={t('measure.delete', { title: measure.title })}
                  title={t('measure.delete', { title: measure.title })}
                  onClick={() => deleteMeasure(doc, measure.id)}
                >
                  <TrashIcon size={16} />
                </button>
              </div>
              <div className="measure__bottom">
                <select
                  className={`select select--small status status--${measure.status}`}
                  data-testid="measure-status"
                  aria-label={t('measure.status')}
                  value={measure.status}
                  onChange={(event) => updateMeasure(doc, measure.id, { status: event.target.value as MeasureStatus })}
                >
                  {MEASURE_STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {t(`status.${status}`)}
                    </option>
                  ))}
                </select>
                {selected && (
                  <label className="checkbox small">
                    <input
                      type="checkbox"
                      data-testid="measure-link"
                      checked={linked}
                      onChange={(event) => setMeasureLink(doc, measure.id, selected.id, event.target.checked)}
                    />
                    {t('measure.linkTo', { title: selectedTitle })}
                  </label>
                )}
              </div>
              {measure.touchpointIds.length > 0 && (
                <p className="measure__links small" data-testid="measure-links">
                  {t('measure.linked', { titles: measure.touchpointIds.map((tpId) => titles.get(tpId) ?? tpId).join(', ') })}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <form className="inline-form" onSubmit={add}>
        <label className="visually-hidden" htmlFor={`${id}-new`}>
          {t('measure.name')}
        </label>
        <input
          id={`${id}-new`}
          className="input"
          data-testid="new-measure-title"
          placeholder={selected ? t('measure.newPlaceholderLinked', { title: selectedTitle }) : t('measure.newPlaceholder')}
          maxLength={200}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
        <button type="submit" className="button button--small" data-testid="add-measure" disabled={title.trim() === ''}>
          <PlusIcon size={15} /> {t('common.add')}
        </button>
      </form>
    </section>
  );
}
