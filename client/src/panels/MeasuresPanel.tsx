import { useId, useMemo, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import {
  LIMITS,
  MEASURE_STATUSES,
  addMeasure,
  type MapDocument,
  type Touchpoint,
} from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import type { MeasureEffects } from '../insights/measureEffect.js';
import { EmptyState } from '../ui/EmptyState.js';
import { ChecklistIcon, PlusIcon } from '../ui/icons.js';
import {
  MEASURE_SORTS,
  MEASURE_STATUS_FILTERS,
  filterMeasures,
  localDate,
  sortMeasures,
  statusCounts,
  type MeasureSort,
  type MeasureStatusFilter,
} from './measureCatalogue.js';
import { MeasureItem } from './MeasureItem.js';
import type { PickableTouchpoint } from './TouchpointPicker.js';
import './panels.css';
import './measures.css';

interface MeasuresPanelProps {
  doc: Y.Doc;
  map: MapDocument;
  /** The selected touchpoint: new measures are linked to it, and the list can be narrowed to it. */
  selected: Touchpoint | null;
  /** Selects a touchpoint on the map (a linked touchpoint was clicked); without it, links are plain text. */
  onSelectTouchpoint?: (touchpointId: string) => void;
  /** The linked touchpoints' CSI before and after (the control step); null before any measurement. */
  effects?: MeasureEffects | null;
  /** Shown, not edited (a viewer's or commenter's link); sorting and filtering still work. */
  readOnly?: boolean;
}

/** The catalogue of measures (Maßnahmenkatalog), each linked to the touchpoints it improves. */
export function MeasuresPanel({ doc, map, selected, onSelectTouchpoint, effects = null, readOnly = false }: MeasuresPanelProps) {
  const t = useT();
  const id = useId();
  const [title, setTitle] = useState('');
  const [sort, setSort] = useState<MeasureSort>('manual');
  const [statusFilter, setStatusFilter] = useState<MeasureStatusFilter>('all');
  const [onlySelected, setOnlySelected] = useState(false);
  const today = localDate();

  const touchpoints = useMemo(() => {
    const phaseNames = new Map(map.phases.map((p) => [p.id, p.name.trim() === '' ? t('phase.unnamed') : p.name]));
    const phaseOrder = new Map(map.phases.map((p, index) => [p.id, index]));
    const inJourneyOrder = [...map.touchpoints].sort(
      (a, b) => (phaseOrder.get(a.phaseId) ?? 0) - (phaseOrder.get(b.phaseId) ?? 0),
    );
    return new Map<string, PickableTouchpoint>(
      inJourneyOrder.map((tp) => [
        tp.id,
        {
          id: tp.id,
          title: tp.title.trim() === '' ? t('touchpoint.untitled') : tp.title,
          metricKey: tp.metricKey,
          phaseName: phaseNames.get(tp.phaseId) ?? '',
          channel: tp.channel,
        },
      ]),
    );
  }, [map.phases, map.touchpoints, t]);

  const selectedTitle = selected ? (touchpoints.get(selected.id)?.title ?? '') : '';
  const filterBySelected = onlySelected && selected !== null;
  const shown = sortMeasures(
    filterMeasures(map.measures, { status: statusFilter, touchpointId: filterBySelected ? selected.id : null }),
    sort,
  );
  const filtered = shown.length !== map.measures.length;
  const counts = statusCounts(map.measures);

  const clearFilters = () => {
    setStatusFilter('all');
    setOnlySelected(false);
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') return;
    addMeasure(doc, { title: title.trim(), touchpointIds: selected ? [selected.id] : [] });
    // A new measure is planned: make sure the status filter does not hide it.
    if (statusFilter !== 'all' && statusFilter !== 'open' && statusFilter !== 'planned') setStatusFilter('all');
    setTitle('');
  };

  return (
    <section className="panel side-panel measures-panel" data-testid="measures-panel" aria-labelledby={`${id}-head`}>
      <div className="panel__head">
        <h2 id={`${id}-head`} className="panel__title">
          {t('measure.title')}
          {map.measures.length > 0 && <span className="count-badge">{map.measures.length}</span>}
        </h2>
        {map.measures.length > 0 && (
          <div className="measure-progress" data-testid="measure-progress">
            <div className="measure-progress__bar" aria-hidden="true">
              {MEASURE_STATUSES.map((status) => (
                <span
                  key={status}
                  className={`measure-progress__part measure-progress__part--${status}`}
                  style={{ flexGrow: counts[status] }}
                  title={`${t(`status.${status}`)}: ${counts[status]}`}
                />
              ))}
            </div>
            <span className="measure-progress__text">{t('measure.progress', { done: counts.done, count: map.measures.length })}</span>
          </div>
        )}
      </div>

      {map.measures.length > 0 && (
        <div className="measure-toolbar" role="group" aria-label={t('measure.filterStatus')}>
          <label className="measure-toolbar__field">
            <span>{t('measure.sort')}</span>
            <select
              className="select select--small"
              data-testid="measure-sort"
              value={sort}
              onChange={(event) => setSort(event.target.value as MeasureSort)}
            >
              {MEASURE_SORTS.map((option) => (
                <option key={option} value={option}>
                  {t(`measure.sort.${option}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="measure-toolbar__field">
            <span>{t('measure.filterStatus')}</span>
            <select
              className="select select--small"
              data-testid="measure-filter-status"
              value={statusFilter}
              onChange={(event) => setStatusFilter(event.target.value as MeasureStatusFilter)}
            >
              {MEASURE_STATUS_FILTERS.map((option) => (
                <option key={option} value={option}>
                  {option === 'all' || option === 'open' ? t(`measure.filter.${option}`) : t(`status.${option}`)}
                </option>
              ))}
            </select>
          </label>
          <label className={`checkbox measure-toolbar__selected${selected ? '' : ' is-disabled'}`}>
            <input
              type="checkbox"
              data-testid="measure-filter-selected"
              disabled={!selected}
              checked={filterBySelected}
              onChange={(event) => setOnlySelected(event.target.checked)}
            />
            <span>{selected ? t('measure.filterSelected', { title: selectedTitle }) : t('measure.filterSelectedNone')}</span>
          </label>
        </div>
      )}

      {map.measures.length === 0 ? (
        <EmptyState
          icon={<ChecklistIcon size={22} />}
          title={t('measure.empty')}
          text={readOnly ? undefined : t('measure.emptyHint')}
          testId="measures-empty"
        />
      ) : (
        <>
          {filtered && (
            <p className="filter-summary" role="status">
              {t('measure.shown', { shown: shown.length, count: map.measures.length })}
              <button type="button" className="link-button" data-testid="measure-clear-filters" onClick={clearFilters}>
                {t('measure.clearFilters')}
              </button>
            </p>
          )}
          {shown.length === 0 ? (
            <EmptyState title={t('measure.noMatch')} testId="measures-no-match" />
          ) : (
            <ul className="measure-list">
              {shown.map((measure) => (
                <MeasureItem
                  key={measure.id}
                  doc={doc}
                  measure={measure}
                  touchpoints={touchpoints}
                  selectedId={selected?.id ?? null}
                  today={today}
                  onSelectTouchpoint={onSelectTouchpoint}
                  effects={effects}
                  readOnly={readOnly}
                />
              ))}
            </ul>
          )}
        </>
      )}

      {!readOnly && (
        <form className="inline-form measure-new" onSubmit={add}>
          <label className="visually-hidden" htmlFor={`${id}-new`}>
            {t('measure.name')}
          </label>
          <input
            id={`${id}-new`}
            className="input"
            data-testid="new-measure-title"
            placeholder={selected ? t('measure.newPlaceholderLinked', { title: selectedTitle }) : t('measure.newPlaceholder')}
            maxLength={LIMITS.nameLength}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
          <button type="submit" className="button button--small button--primary" data-testid="add-measure" disabled={title.trim() === ''}>
            <PlusIcon size={15} /> {t('common.add')}
          </button>
        </form>
      )}
    </section>
  );
}
