/**
 * A/B of canvas changes in one browser session (the machine is shared and noisy, so two separate
 * runs do not compare): opens a generated map once per build, then pans in turns with each build
 * (`--client <dir>`, repeatable; default dist/client) and, on the first build, with each extra
 * style (`--css`), for several rounds, and prints pan p50 / p95 per variant. A tool for the
 * person tuning the canvas, not part of `npm run bench`.
 *
 *   npx vite build --outDir /tmp/before   (on the old commit)
 *   node --import tsx bench/canvas/ab.ts --size 300 --client /tmp/before --client dist/client
 *   node --import tsx bench/canvas/ab.ts --size 300 --css '.react-flow__minimap { display: none }'
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import config from '../../playwright.config.js';
import { tempDir, type ServerProcess } from '../../server/test/harness.js';
import { percentile } from '../lib/figures.js';
import { startBenchServer } from '../lib/server.js';
import { FRAME_FLAGS, startFrames, stopFrames } from './frames.js';
import { pan } from './gestures.js';
import { importBenchMap, newBenchPage, openBenchMap } from './page.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '300' },
    css: { type: 'string', multiple: true, default: [] },
    client: { type: 'string', multiple: true, default: [] },
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '3' },
  },
});
const size = Number(values.size);
const clients = values.client.length > 0 ? values.client : [join(import.meta.dirname, '../../dist/client')];
const temp = tempDir();
const servers: ServerProcess[] = [];
const launch = config.use?.launchOptions;
const browser = await chromium.launch({ ...launch, args: [...(launch?.args ?? []), ...FRAME_FLAGS] });

/** Opens the generated map on a server of its own that serves `client`. */
async function openBuild(client: string, index: number): Promise<Page> {
  const server = await startBenchServer(join(temp.dir, String(index)), { WAYMARK_STATIC_DIR: client });
  servers.push(server);
  const id = await importBenchMap(server.url, size);
  const page = await newBenchPage(browser);
  await openBenchMap(page, server.url, id, size);
  await page.waitForTimeout(1000);
  console.log(`${client}: ${size} touchpoints, ${await page.evaluate(() => document.querySelectorAll('.react-flow *').length)} elements on the canvas`);
  return page;
}

try {
  for (const i of clients.keys()) mkdirSync(join(temp.dir, String(i)));
  const pages: Page[] = [];
  for (const [i, client] of clients.entries()) pages.push(await openBuild(client, i));
  const variants = [
    ...clients.map((client, i) => ({ label: client, page: pages[i]!, css: '' })),
    ...values.css.map((css) => ({ label: `${clients[0]} + ${css}`, page: pages[0]!, css })),
  ];
  const samples = variants.map(() => [] as number[]);
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const [i, { page, css }] of variants.entries()) {
      await page.bringToFront();
      await page.evaluate((content) => {
        let style = document.getElementById('ab-style');
        if (!style) {
          style = document.createElement('style');
          style.id = 'ab-style';
          document.head.append(style);
        }
        style.textContent = content;
      }, css);
      await page.waitForTimeout(300);
      await startFrames(page);
      await pan(page, Number(values.seconds) * 1000);
      samples[i]!.push(...(await stopFrames(page)));
    }
  }
  for (const [i, { label }] of variants.entries()) {
    const s = samples[i]!;
    console.log(`pan p50 ${percentile(s, 50).toFixed(1)} / p95 ${percentile(s, 95).toFixed(1)} ms (${s.length} frames)  ${label}`);
  }
} finally {
  await browser.close();
  for (const server of servers) await server.stop();
  temp.remove();
}
