/**
 * `npm run screenshots`: starts Waymark on a free port with a fresh demo database, and saves
 * screenshots of the map list and the demo map (English and German) into docs/. Needs a build.
 */
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { spawnServer, tempDir } from '../server/test/harness.js';

const root = join(import.meta.dirname, '..');
const temp = tempDir();
const server = await spawnServer(temp.dir, { WAYMARK_DEMO: 'on', WAYMARK_STATIC_DIR: join(root, 'dist/client') });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const [demo] = (await (await fetch(`${server.url}/api/maps`)).json()) as { id: string }[];
  if (!demo) throw new Error('no demo map');
  for (const [locale, suffix] of [
    ['en-GB', ''],
    ['de-DE', '-de'],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, locale });
    await page.goto(server.url);
    await page.getByTestId('map-item').first().waitFor();
    await page.screenshot({ path: join(root, `docs/screenshot-list${suffix}.png`) });
    await page.goto(`${server.url}/maps/${demo.id}`);
    await page.locator('[data-testid="connection-status"][data-state="live"]').waitFor();
    await page.locator('.react-flow__node[data-id="tp-consultation"]').click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(root, `docs/screenshot-map${suffix}.png`) });
    // The demo map comes with two years of survey results: the CSI overlay and white spots.
    await page.getByTestId('csi-overlay-toggle').click();
    await page.locator('[data-testid="card-csi"]').first().waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(root, `docs/screenshot-overlay${suffix}.png`) });
    await page.goto(`${server.url}/maps/${demo.id}/report`);
    await page.getByTestId('priority-matrix').waitFor();
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(root, `docs/screenshot-report${suffix}.png`), fullPage: false });
    await page.close();
  }
  console.log('Screenshots written to docs/');
} finally {
  await browser.close();
  await server.stop();
  temp.remove();
}
