import { useCallback, useEffect, useState } from 'react';
import { subscribeToLocation } from '../routing/routes.js';

/**
 * The period and the baseline of the report, kept in the address (`?period=&baseline=`) so that a
 * link or a bookmark shows the same comparison. `baseline` undefined: the period before `period`;
 * null (`baseline=` empty): no comparison.
 */
export interface ReportParams {
  period: string | null;
  baseline: string | null | undefined;
}

function readParams(): ReportParams {
  const search = new URLSearchParams(window.location.search);
  const period = search.get('period');
  const baseline = search.get('baseline');
  return { period: period === null || period === '' ? null : period, baseline: baseline === null ? undefined : baseline === '' ? null : baseline };
}

/** Builds the query string for report params (the defaults are left out). */
export function reportQuery(params: ReportParams): string {
  const search = new URLSearchParams();
  if (params.period !== null) search.set('period', params.period);
  if (params.baseline !== undefined) search.set('baseline', params.baseline ?? '');
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The report's period and baseline from the address, and a way to change them (replacing the entry). */
export function useReportParams(): [ReportParams, (next: ReportParams) => void] {
  const [params, setParams] = useState(readParams);
  useEffect(() => subscribeToLocation(() => setParams(readParams())), []);
  const update = useCallback((next: ReportParams) => {
    window.history.replaceState(null, '', `${window.location.pathname}${reportQuery(next)}`);
    setParams(next);
  }, []);
  return [params, update];
}
