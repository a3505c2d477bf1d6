import automotive from '../shared/src/templates/automotive.json' with { type: 'json' };
import { expect, signedInUrl, test } from './fixtures.js';
import { MapPage } from './pages/MapPage.js';

const [anna] = automotive.personas;
const website = automotive.touchpoints[0]!;
const configurator = automotive.touchpoints[1]!;
const testDrivePhase = automotive.phases[3]!;

test('two browsers co-edit one map live, and the edits survive a server restart', async ({ browser, waymark }) => {
  const mapId = await waymark.importMap(automotive);
  const alice = new MapPage(await (await browser.newContext()).newPage());
  const bob = new MapPage(await (await browser.newContext()).newPage());
  await alice.open(waymark, mapId);
  await bob.open(waymark, mapId);

  // The map is drawn: one card per touchpoint, one curve per persona, moments of truth marked.
  await expect(alice.page.locator('.react-flow__node[data-id^="tp-"]')).toHaveCount(automotive.touchpoints.length);
  await expect(alice.page.getByTestId('emotion-curve')).toHaveCount(automotive.personas.length);
  await expect(alice.page.getByTestId('moment-of-truth')).toHaveCount(
    automotive.touchpoints.filter((tp) => tp.momentOfTruth).length,
  );

  // A retitles a card in the inspector: B sees it.
  await alice.select(website.id);
  await alice.field('title').fill('Brand website, rebuilt');
  await expect(bob.cardTitle(website.id)).toHaveText('Brand website, rebuilt');

  // B moves a card to another phase: it moves on A's screen too.
  const xBefore = await alice.cardX(configurator.id);
  await bob.select(configurator.id);
  await bob.field('phase').selectOption(testDrivePhase.id);
  await expect.poll(() => alice.cardX(configurator.id)).toBeGreaterThan(xBefore + 100);

  // B changes Anna's emotion at the website: A's curve changes shape.
  const curveBefore = await alice.curve(anna!.id).getAttribute('d');
  await bob.select(website.id);
  await bob.field(`emotion-${anna!.id}`).fill('-2');
  await expect.poll(() => alice.curve(anna!.id).getAttribute('d')).not.toBe(curveBefore);

  // A marks the website as a moment of truth: B sees the marker.
  await alice.field('moment-of-truth').check();
  await expect(bob.card(website.id).getByTestId('moment-of-truth')).toBeVisible();

  // Restart the server: both pages reconnect by themselves, and a fresh load shows every edit.
  await waymark.restart();
  await alice.expectLive();
  await bob.expectLive();
  const carol = new MapPage(await (await browser.newContext()).newPage());
  await carol.open(waymark, mapId);
  await expect(carol.cardTitle(website.id)).toHaveText('Brand website, rebuilt');
  await expect(carol.card(website.id).getByTestId('moment-of-truth')).toBeVisible();
  const stored = (await (await waymark.fetch(`/api/maps/${mapId}`)).json()) as typeof automotive;
  expect(stored.touchpoints.find((tp) => tp.id === configurator.id)!.phaseId).toBe(testDrivePhase.id);
  expect((stored.touchpoints.find((tp) => tp.id === website.id)!.emotions as Record<string, number>)[anna!.id]).toBe(-2);
});

test('an edit that the other browser has seen survives kill -9 of the server', async ({ browser, waymark }) => {
  const mapId = await waymark.importMap(automotive);
  const alice = new MapPage(await (await browser.newContext()).newPage());
  const bob = new MapPage(await (await browser.newContext()).newPage());
  await alice.open(waymark, mapId);
  await bob.open(waymark, mapId);
  await alice.select(configurator.id);
  await alice.field('title').fill('Seen before the crash');
  await expect(bob.cardTitle(configurator.id)).toHaveText('Seen before the crash');

  await waymark.restart({ kill: true });
  await bob.page.reload();
  await bob.expectLive();
  await expect(bob.cardTitle(configurator.id)).toHaveText('Seen before the crash');
});

test('the map list creates, opens and deletes maps; an unknown map shows a clear page', async ({ page, waymark }) => {
  await page.goto(signedInUrl(waymark));
  await expect(page.getByTestId('map-list')).toBeVisible();
  await page.getByTestId('new-map').click();
  await page.getByTestId('new-map-title').fill('Workshop from scratch');
  await page.getByTestId('create-map').click();
  await expect(page).toHaveURL(/\/maps\/[A-Za-z0-9_-]+$/);
  const map = new MapPage(page);
  await map.expectLive();

  // Add a touchpoint to the first phase and name it.
  const firstAdd = page.getByTestId('add-touchpoint').first();
  await firstAdd.click();
  const cards = page.getByTestId('touchpoint-card');
  await expect(cards).toHaveCount(1);
  await cards.first().click();
  await map.field('title').fill('Sticky first idea');
  await expect(page.getByTestId('touchpoint-title')).toHaveText('Sticky first idea');

  await page.getByTestId('back-to-list').click();
  const item = page.getByTestId('map-item').filter({ hasText: 'Workshop from scratch' });
  await expect(item).toBeVisible();
  // Deleting moves the map to the trash at once; the toast offers to undo it.
  await item.getByTestId('delete-map').click();
  await expect(item).toHaveCount(0);
  await expect(page.getByTestId('undo-delete')).toBeVisible();

  await page.goto(`${waymark.url}/maps/no-such-map`);
  await expect(page.getByTestId('map-not-found')).toBeVisible();
});
