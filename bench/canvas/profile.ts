/**
 * Where a pan frame's time goes: opens a generated map (`--size N`, default 300), pans for three
 * seconds under a Chrome trace and prints the main-thread and raster time by trace event. A tool
 * for the person tuning the canvas, not part of `npm run bench`.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import config from '../../playwright.config.js';
import { spawnServer, tempDir } from '../../server/test/harness.js';
import { FRAME_FLAGS, frameFigures, startFrames, stopFrames } from './frames.js';
import { pan, zoom } from './gestures.js';
import { importBenchMap, newBenchPage, openBenchMap } from './page.js';
import { remoteEditor } from './remoteEdits.js';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
}

const { values } = parseArgs({ options: { size: { type: 'string', default: '300' }, zoom: { type: 'boolean', default: false }, css: { type: 'string' }, edits: { type: 'boolean', default: false }, client: { type: 'string' } } });
const size = Number(values.size);
const temp = tempDir();
const server = await spawnServer(temp.dir, {
  // `--client <dir>`: another build of the client (`npx vite build --outDir <dir>`), to compare.
  WAYMARK_STATIC_DIR: values.client ?? join(import.meta.dirname, '../../dist/client'),
  WAYMARK_AUTH: 'off',
  WAYMARK_LOG_LEVEL: 'error',
});
const launch = config.use?.launchOptions;
const browser = await chromium.launch({ ...launch, args: [...(launch?.args ?? []), ...FRAME_FLAGS] });
try {
  const id = await importBenchMap(server.url, size);
  const page = await newBenchPage(browser);
  await openBenchMap(page, server.url, id, size);
  // Try a style change before committing to it: `--css '.react-flow__viewport { will-change: transform }'`.
  if (values.css) await page.addStyleTag({ content: values.css });
  await page.waitForTimeout(1000);
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,cc,viz', transferMode: 'ReportEvents' });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const editor = values.edits ? await remoteEditor(server.url, id, size) : null;
  editor?.start(50);
  await startFrames(page);
  await (values.zoom ? zoom(page, 3000) : pan(page, 3000));
  const frames = await stopFrames(page);
  editor?.stop();
  editor?.destroy();
  const { profile } = await cdp.send('Profiler.stop');
  console.log(frameFigures('frames', frames).map((f) => `${f.name} ${f.value.toFixed(1)} ms`).join(', '), `(${frames.length})`);
  await cdp.send('Tracing.end');
  await done;
  const totals = new Map<string, { ms: number; count: number }>();
  for (const event of events) {
    if (event.ph !== 'X' || event.dur === undefined) continue;
    const entry = totals.get(event.name) ?? { ms: 0, count: 0 };
    entry.ms += event.dur / 1000;
    entry.count++;
    totals.set(event.name, entry);
  }
  const rows = [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30);
  for (const [name, { ms, count }] of rows) console.log(`${ms.toFixed(0).padStart(8)} ms ${String(count).padStart(6)}×  ${name}`);
  // JavaScript self time by function, from the sampling profiler.
  const self = new Map<string, number>();
  const interval = (profile.endTime - profile.startTime) / 1000 / (profile.samples?.length ?? 1);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const sample of profile.samples ?? []) {
    const frame = byId.get(sample)!.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}:${frame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + interval);
  }
  console.log('\nJavaScript self time');
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms.toFixed(0).padStart(8)} ms  ${key}`);
} finally {
  await browser.close();
  await server.stop();
  temp.remove();
}
