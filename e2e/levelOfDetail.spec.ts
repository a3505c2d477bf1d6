import type { Page } from '@playwright/test';
import { DEFAULT_LANES, type MapDocument } from '../shared/src/index.js';
import { expect, test } from './fixtures.js';
import { MapPage } from './pages/MapPage.js';
import { touchpoint } from './testMaps.js';

const map: MapDocument = {
  format: 'waymark.map',
  version: 1,
  title: 'Level of detail',
  personas: [],
  phases: [{ id: 'ph-find', name: 'Find' }],
  touchpoints: [touchpoint('tp-search', 'ph-find', 'Search the web', { importance: 4 })],
  measures: [],
  lanes: DEFAULT_LANES.map((lane) => ({ ...lane })),
};

/** The zoom of the canvas, from the viewport's transform. */
async function zoom(page: Page): Promise<number> {
  const transform = await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  return Number(/scale\(([\d.]+)\)/.exec(transform)![1]);
}

test('zoomed out past 45 %, cards lose their small print and keep their title; zoomed back in, it returns', async ({ page, waymark }) => {
  const mapId = await waymark.importMap(map);
  const mapPage = new MapPage(page);
  await mapPage.open(waymark, mapId);
  const canvas = page.locator('.journey-canvas');
  const dots = mapPage.card('tp-search').getByTestId('touchpoint-importance');
  await expect(dots).toBeVisible();
  await expect(canvas).not.toHaveClass(/is-low-detail/);

  const zoomOut = page.locator('.react-flow__controls-zoomout');
  while ((await zoom(page)) >= 0.45) {
    const before = await zoom(page);
    await zoomOut.click();
    await expect.poll(() => zoom(page)).toBeLessThan(before);
  }
  await expect(canvas).toHaveClass(/is-low-detail/);
  await expect(dots).toBeHidden();
  await expect(mapPage.cardTitle('tp-search')).toBeVisible();

  // Back in (a zoom-out may still have been under way when the loop ended, so step until past it).
  const zoomIn = page.locator('.react-flow__controls-zoomin');
  while ((await zoom(page)) < 0.45) {
    const before = await zoom(page);
    await zoomIn.click();
    await expect.poll(() => zoom(page)).toBeGreaterThan(before);
  }
  await expect.poll(() => zoom(page)).toBeGreaterThanOrEqual(0.45);
  await expect(canvas).not.toHaveClass(/is-low-detail/);
  await expect(dots).toBeVisible();
});
