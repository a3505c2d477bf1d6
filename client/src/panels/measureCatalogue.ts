import { MEASURE_STATUSES, type Measure, type MeasureStatus } from '../../../shared/src/index.js';

/** How the catalogue is ordered: as the team arranged it, by status, or by due date. */
export const MEASURE_SORTS = ['manual', 'status', 'due-date'] as const;
export type MeasureSort = (typeof MEASURE_SORTS)[number];

/** Which statuses are shown; `open` is everything not done yet. */
export const MEASURE_STATUS_FILTERS = ['all', 'open', ...MEASURE_STATUSES] as const;
export type MeasureStatusFilter = (typeof MEASURE_STATUS_FILTERS)[number];

export interface MeasureFilter {
  status: MeasureStatusFilter;
  /** Only measures linked to this touchpoint; null shows them all. */
  touchpointId: string | null;
}

/** Work in progress first, then what is planned, then what is done. */
const STATUS_RANK: Record<MeasureStatus, number> = { 'in-progress': 0, planned: 1, done: 2 };

/** Today as `YYYY-MM-DD` in the local time zone, the form due dates are stored in. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A measure that is not done and whose due date has passed (ISO dates compare as strings). */
export function isOverdue(measure: Pick<Measure, 'status' | 'dueDate'>, today: string): boolean {
  return measure.status !== 'done' && measure.dueDate !== undefined && measure.dueDate < today;
}

function matchesStatus(status: MeasureStatus, filter: MeasureStatusFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'open') return status !== 'done';
  return status === filter;
}

/** The measures that pass the filter, in catalogue order. */
export function filterMeasures(measures: readonly Measure[], filter: MeasureFilter): Measure[] {
  return measures.filter(
    (measure) =>
      matchesStatus(measure.status, filter.status) &&
      (filter.touchpointId === null || measure.touchpointIds.includes(filter.touchpointId)),
  );
}

function compareDueDates(a: Measure, b: Measure): number {
  // Measures without a date go last: nobody has committed to them yet.
  if (a.dueDate === b.dueDate) return 0;
  if (a.dueDate === undefined) return 1;
  if (b.dueDate === undefined) return -1;
  return a.dueDate < b.dueDate ? -1 : 1;
}

/** A sorted copy; ties keep catalogue order, so the list never jumps between equal items. */
export function sortMeasures(measures: readonly Measure[], sort: MeasureSort): Measure[] {
  const indexed = measures.map((measure, index) => ({ measure, index }));
  const compare = (a: Measure, b: Measure): number => {
    if (sort === 'status') return STATUS_RANK[a.status] - STATUS_RANK[b.status] || compareDueDates(a, b);
    if (sort === 'due-date') return compareDueDates(a, b) || STATUS_RANK[a.status] - STATUS_RANK[b.status];
    return 0;
  };
  indexed.sort((a, b) => compare(a.measure, b.measure) || a.index - b.index);
  return indexed.map(({ measure }) => measure);
}

/** How many measures have each status, for the progress bar. */
export function statusCounts(measures: readonly Measure[]): Record<MeasureStatus, number> {
  const counts: Record<MeasureStatus, number> = { planned: 0, 'in-progress': 0, done: 0 };
  for (const measure of measures) counts[measure.status]++;
  return counts;
}

/** Touchpoints whose title, metric key or phase name contains every word of the query. */
export function searchTouchpoints<T extends { title: string; metricKey: string; phaseName: string }>(
  touchpoints: readonly T[],
  query: string,
): T[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...touchpoints];
  return touchpoints.filter((tp) => {
    const haystack = `${tp.title} ${tp.metricKey} ${tp.phaseName}`.toLocaleLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
