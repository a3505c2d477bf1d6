import { computeInsights, type Insights, type MapDocument, type Measurement } from '../../shared/src/index.js';
import type { ServerProcess } from '../../server/test/harness.js';
import { percentile, type BenchContext, type Figure } from '../lib/figures.js';
import { createMap } from './csvImport.js';
import { metricKeys, scaledMap } from './data.js';

/** The budget of issue 7: insights for 300 touchpoints × 20 periods in at most 50 ms. */
const INSIGHTS_BUDGET = { max: 50, text: '≤ 50 ms' };

/** Sizes of the insights run and how often each is repeated. */
export interface InsightsSize {
  touchpoints: number;
  periods: number;
  warmup: number;
  runs: number;
  httpRuns: number;
}

/** Monthly periods from 2024-01, as a survey reported once a month has them. */
function monthlyPeriods(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
}

/**
 * Measurements for every touchpoint in every period (a few missing, a few declining, some keys
 * no touchpoint has: the white-spot rules all have work), plus a sample size each.
 */
function surveyRows(keys: readonly string[], periods: readonly string[]) {
  const rows: { touchpoint: string; period: string; csi: number; n: number }[] = [];
  keys.forEach((key, k) => {
    periods.forEach((period, p) => {
      if ((k + p) % 23 === 0) return;
      const trend = k % 5 === 0 ? -0.8 * p : 0.3 * p;
      const csi = Math.min(100, Math.max(0, 60 + ((k * 37) % 30) - 10 + trend));
      rows.push({ touchpoint: key, period, csi: Math.round(csi * 10) / 10, n: 40 + ((k * 13 + p * 7) % 400) });
    });
  });
  for (let extra = 0; extra < 5; extra++) {
    for (const period of periods) rows.push({ touchpoint: `survey.unmapped.${extra}`, period, csi: 55, n: 30 });
  }
  return rows;
}

/** Median and p95 of `run` (ms) after `warmup` unmeasured runs. */
async function timed(warmup: number, runs: number, run: () => unknown): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < warmup; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return { median: percentile(samples, 50), p95: percentile(samples, 95) };
}

/**
 * The insights of a map with `touchpoints` × `periods` measurements: the shared computeInsights
 * (what the overlay runs in the browser and GET /insights runs on the server) on the map and
 * measurements as the browser has them, then GET /insights over HTTP.
 */
export async function measureInsights(server: ServerProcess, size: InsightsSize, context: BenchContext): Promise<Figure[]> {
  const mapId = await createMap(server.url, scaledMap(size.touchpoints, `Insights benchmark, ${size.touchpoints} touchpoints`));
  const periods = monthlyPeriods(size.periods);
  const rows = surveyRows(metricKeys(scaledMap(size.touchpoints)), periods);
  const upload = await fetch(`${server.url}/api/maps/${mapId}/measurements`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(rows),
  });
  if (upload.status !== 200) throw new Error(`storing the measurements failed: ${upload.status} ${await upload.text()}`);

  // The browser's inputs: the map (here its JSON export) and GET /measurements.
  const map = (await (await fetch(`${server.url}/api/maps/${mapId}/export`)).json()) as MapDocument;
  const measurements = (await (await fetch(`${server.url}/api/maps/${mapId}/measurements`)).json()) as Measurement[];
  if (measurements.length !== rows.length) throw new Error(`${measurements.length} measurements stored, expected ${rows.length}`);

  const compute = () => computeInsights(map, measurements, { settings: map.settings });
  const result = compute();
  checkInsights(result, size, periods);
  const shared = await timed(size.warmup, size.runs, compute);
  context.log(`computeInsights: median ${shared.median.toFixed(2)} ms, p95 ${shared.p95.toFixed(2)} ms over ${size.runs} runs`);

  const viaHttp = await timed(Math.min(size.warmup, 10), size.httpRuns, async () => {
    const response = await fetch(`${server.url}/api/maps/${mapId}/insights`);
    if (response.status !== 200) throw new Error(`GET /insights answered ${response.status}`);
    await response.arrayBuffer();
  });
  context.log(`GET /insights: median ${viaHttp.median.toFixed(2)} ms, p95 ${viaHttp.p95.toFixed(2)} ms over ${size.httpRuns} runs`);

  const label = `${size.touchpoints}×${size.periods}`;
  const budget = size.touchpoints >= 300 && size.periods >= 20 ? { budget: INSIGHTS_BUDGET } : {};
  const note = `${rows.length} measurements, ${result.whiteSpots.length} white spots`;
  return [
    { name: `insights ${label}: computeInsights median`, value: shared.median, unit: 'ms', note: `${size.runs} runs after ${size.warmup} warm-up` },
    { name: `insights ${label}: computeInsights p95`, value: shared.p95, unit: 'ms', ...budget, note },
    { name: `insights ${label}: GET /insights median`, value: viaHttp.median, unit: 'ms', note: `${size.httpRuns} requests` },
    { name: `insights ${label}: GET /insights p95`, value: viaHttp.p95, unit: 'ms', ...budget, note: 'reads the map and its rows, computes, sends JSON' },
  ];
}

/** Throws unless the insights saw every touchpoint and period: a figure for less would flatter. */
function checkInsights(insights: Insights, size: InsightsSize, periods: string[]): void {
  if (insights.touchpoints.length !== size.touchpoints) throw new Error(`insights for ${insights.touchpoints.length} touchpoints`);
  if (insights.periods.length !== size.periods || insights.period !== periods.at(-1)) {
    throw new Error(`insights over ${insights.periods.length} periods, latest ${insights.period}`);
  }
  if (insights.summary.measured === 0) throw new Error('no touchpoint is measured');
}
