/// <reference lib="dom" />
import automotive from '../shared/src/templates/automotive.json' with { type: 'json' };
import { expect, signedInUrl, test } from './fixtures.js';
import { MapPage } from './pages/MapPage.js';

test('the app passes its own Content-Security-Policy on every page', async ({ page, waymark }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  const response = await page.goto(signedInUrl(waymark));
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  await expect(page.getByTestId('map-list')).toBeVisible();
  expect(await violations()).toEqual([]);

  const mapId = await waymark.importMap(automotive);
  const map = new MapPage(page);
  await map.open(waymark, mapId);
  await expect(map.touchpointCards()).toHaveCount(automotive.touchpoints.length);
  await map.select(automotive.touchpoints[0]!.id);
  expect(await violations()).toEqual([]);

  for (const path of [`/maps/${mapId}/report`, '/trash']) {
    await page.goto(`${waymark.url}${path}`);
    await page.waitForLoadState('networkidle');
    expect(await violations(), path).toEqual([]);
  }
});
