import { describe, expect, it } from 'vitest';
import type { Measure } from '../../../shared/src/index.js';
import {
  filterMeasures,
  isOverdue,
  localDate,
  searchTouchpoints,
  sortMeasures,
  statusCounts,
} from './measureCatalogue.js';

function measure(id: string, fields: Partial<Measure> = {}): Measure {
  return { id, title: id, touchpointIds: [], status: 'planned', ...fields };
}

const catalogue = [
  measure('a', { status: 'done', dueDate: '2026-01-10', touchpointIds: ['tp-1'] }),
  measure('b', { status: 'planned' }),
  measure('c', { status: 'in-progress', dueDate: '2026-03-01', touchpointIds: ['tp-1', 'tp-2'] }),
  measure('d', { status: 'planned', dueDate: '2026-02-01' }),
  measure('e', { status: 'in-progress', touchpointIds: ['tp-2'] }),
];
const ids = (list: Measure[]) => list.map((m) => m.id);

describe('sortMeasures', () => {
  it('keeps the catalogue order by default', () => {
    expect(ids(sortMeasures(catalogue, 'manual'))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('by status: in progress, planned, done; earlier due dates first within a status', () => {
    expect(ids(sortMeasures(catalogue, 'status'))).toEqual(['c', 'e', 'd', 'b', 'a']);
  });

  it('by due date: earliest first, undated last, ties in catalogue order', () => {
    expect(ids(sortMeasures(catalogue, 'due-date'))).toEqual(['a', 'd', 'c', 'e', 'b']);
    const same = [measure('x', { dueDate: '2026-05-01' }), measure('y', { dueDate: '2026-05-01' })];
    expect(ids(sortMeasures(same, 'due-date'))).toEqual(['x', 'y']);
  });

  it('does not change its input', () => {
    const copy = [...catalogue];
    sortMeasures(catalogue, 'status');
    expect(catalogue).toEqual(copy);
  });
});

describe('filterMeasures', () => {
  it('by status, with open meaning not done', () => {
    expect(ids(filterMeasures(catalogue, { status: 'all', touchpointId: null }))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(ids(filterMeasures(catalogue, { status: 'open', touchpointId: null }))).toEqual(['b', 'c', 'd', 'e']);
    expect(ids(filterMeasures(catalogue, { status: 'in-progress', touchpointId: null }))).toEqual(['c', 'e']);
    expect(ids(filterMeasures(catalogue, { status: 'done', touchpointId: null }))).toEqual(['a']);
  });

  it('by the selected touchpoint, combined with the status', () => {
    expect(ids(filterMeasures(catalogue, { status: 'all', touchpointId: 'tp-1' }))).toEqual(['a', 'c']);
    expect(ids(filterMeasures(catalogue, { status: 'open', touchpointId: 'tp-1' }))).toEqual(['c']);
    expect(ids(filterMeasures(catalogue, { status: 'all', touchpointId: 'tp-9' }))).toEqual([]);
  });
});

describe('isOverdue', () => {
  it('is a past due date on a measure that is not done', () => {
    expect(isOverdue({ status: 'planned', dueDate: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(isOverdue({ status: 'in-progress', dueDate: '2026-03-01' }, '2026-03-01')).toBe(false);
    expect(isOverdue({ status: 'done', dueDate: '2020-01-01' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ status: 'planned', dueDate: undefined }, '2026-03-02')).toBe(false);
  });

  it('compares with the local calendar date', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('statusCounts', () => {
  it('counts each status', () => {
    expect(statusCounts(catalogue)).toEqual({ planned: 2, 'in-progress': 2, done: 1 });
  });
});

describe('searchTouchpoints', () => {
  const touchpoints = [
    { id: '1', title: 'Test drive', metricKey: 'store.test_drive', phaseName: 'Dealer' },
    { id: '2', title: 'Online booking', metricKey: 'web.booking', phaseName: 'Appointment' },
  ];
  it('matches every word in title, metric key or phase, ignoring case', () => {
    expect(searchTouchpoints(touchpoints, '').map((t) => t.id)).toEqual(['1', '2']);
    expect(searchTouchpoints(touchpoints, 'DRIVE').map((t) => t.id)).toEqual(['1']);
    expect(searchTouchpoints(touchpoints, 'web appoint').map((t) => t.id)).toEqual(['2']);
    expect(searchTouchpoints(touchpoints, 'drive web').map((t) => t.id)).toEqual([]);
  });
});
