/**
 * Canvas frame times (issue 7): a real server process serves the built app; Chromium opens maps
 * of 100, 300 and 1,000 touchpoints and is panned (mouse drags) and zoomed (wheel), then panned
 * while a colleague in Node makes 50 edits a second. Frame times: see frames.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import config from '../../playwright.config.js';
import { tempDir, type ServerProcess } from '../../server/test/harness.js';
import { startBenchServer } from '../lib/server.js';
import type { Benchmark, BenchContext, Budget, Figure } from '../lib/figures.js';
import { FRAME_FLAGS, frameFigures, startFrames, stopFrames } from './frames.js';
import { pan, viewportTransform, zoom } from './gestures.js';
import { importBenchMap, newBenchPage, openBenchMap } from './page.js';
import { remoteEditor } from './remoteEdits.js';

const clientDir = join(import.meta.dirname, '../../dist/client');
const EDITS_PER_SECOND = 50;

/** The budgets of issue 7: p95 frame while panning. */
function panBudget(touchpoints: number): Budget | undefined {
  if (touchpoints === 300) return { max: 16.7, text: '≤ 16.7 ms' };
  if (touchpoints === 1000) return { max: 33, text: '≤ 33 ms' };
  return undefined;
}

/** Runs every scenario on a map of each size; figures per size and scenario. */
export async function runCanvas(context: BenchContext): Promise<Figure[]> {
  if (!existsSync(join(clientDir, 'index.html'))) throw new Error('The client is not built: run `npm run build` first.');
  const sizes = context.smoke ? [100] : [100, 300, 1000];
  const seconds = context.smoke ? 1.5 : 5;
  const temp = tempDir();
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  try {
    server = await startBenchServer(temp.dir, { WAYMARK_STATIC_DIR: clientDir });
    const launch = config.use?.launchOptions;
    browser = await chromium.launch({ ...launch, args: [...(launch?.args ?? []), ...FRAME_FLAGS] });
    const figures: Figure[] = [];
    for (const size of sizes) figures.push(...(await runSize(context, server.url, browser, size, seconds)));
    return figures;
  } finally {
    await browser?.close();
    await server?.stop();
    temp.remove();
  }
}

async function runSize(context: BenchContext, url: string, browser: Browser, size: number, seconds: number): Promise<Figure[]> {
  const mapId = await importBenchMap(url, size);
  const page = await newBenchPage(browser);
  const editor = await remoteEditor(url, mapId, size);
  try {
    const opened = performance.now();
    await openBenchMap(page, url, mapId, size);
    context.log(`${size} touchpoints: open in ${Math.round(performance.now() - opened)} ms`);
    // Let the first fit of the view and the fonts settle before measuring.
    await page.waitForTimeout(1000);
    const figures: Figure[] = [];
    const measure = async (scenario: string, gesture: () => Promise<number>, budget?: Budget) => {
      const before = await viewportTransform(page);
      await startFrames(page);
      const gestures = await gesture();
      const samples = await stopFrames(page);
      if ((await viewportTransform(page)) === before && gestures % 2 === 1) throw new Error(`${scenario}: the view did not move`);
      if (samples.length === 0) throw new Error(`${scenario}: no frames were measured`);
      context.log(`${size} ${scenario}: ${gestures} gestures, ${samples.length} frames`);
      figures.push(...frameFigures(`${size} ${scenario}`, samples, budget));
    };
    // The budgets are for panning; zooming and remote edits are reported for the record.
    await measure('pan', () => pan(page, seconds * 1000), panBudget(size));
    await measure('zoom', () => zoom(page, seconds * 1000));
    let edits = 0;
    await measure('pan + 50 edits/s', async () => {
      editor.start(EDITS_PER_SECOND);
      const drags = await pan(page, seconds * 1000);
      edits = editor.stop();
      return drags;
    });
    if (edits === 0) throw new Error('the remote editor made no edits');
    const caughtUp = performance.now();
    await editor.arrivedIn(page);
    const lag = performance.now() - caughtUp;
    context.log(`${size}: ${edits} remote edits, all shown ${Math.round(lag)} ms after the last`);
    figures.push({ name: `${size} remote edits shown`, value: edits, unit: 'edits', note: `all on screen ${Math.round(lag)} ms after the last` });
    return figures;
  } finally {
    editor.destroy();
    await page.close();
  }
}

export const canvasBenchmark: Benchmark = {
  id: 'canvas',
  title: 'Canvas frame times while panning, zooming and receiving edits',
  needsBrowser: true,
  run: runCanvas,
};
