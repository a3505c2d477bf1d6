/// <reference lib="dom" />
import type { Browser } from '@playwright/test';
import { DEFAULT_LANES, type MapDocument } from '../shared/src/index.js';
import { expect, signedInUrl, test, type Waymark } from './fixtures.js';
import { MapPage } from './pages/MapPage.js';
import { ShareDialog } from './pages/ShareDialog.js';
import { touchpoint } from './testMaps.js';

/** A small map that fits the screen: two phases, three touchpoints, a persona, a measure, a card. */
const shared: MapDocument = {
  format: 'waymark.map',
  version: 1,
  title: 'Shared journey',
  personas: [{ id: 'pe-eva', name: 'Eva', color: '#0072B2' }],
  phases: [
    { id: 'ph-find', name: 'Find' },
    { id: 'ph-buy', name: 'Buy' },
  ],
  touchpoints: [
    touchpoint('tp-search', 'ph-find', 'Search the web', { emotions: { 'pe-eva': 1 } }),
    touchpoint('tp-ad', 'ph-find', 'Newspaper ad', { channel: 'letter' }),
    touchpoint('tp-shop', 'ph-buy', 'Visit the shop', { channel: 'store', emotions: { 'pe-eva': 0 } }),
  ],
  measures: [{ id: 'me-call', title: 'Call back within a day', touchpointIds: ['tp-shop'], status: 'planned' }],
  lanes: DEFAULT_LANES.map((lane) => ({ ...lane })),
  cards: [{ id: 'card-idea', laneId: 'lane-actions', phaseId: 'ph-find', text: 'Compares prices' }],
};

/** The owner with the map open (allowed to use the clipboard, for Copy). */
async function ownerWithMap(browser: Browser, waymark: Waymark) {
  const mapId = await waymark.importMap(shared);
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const owner = new MapPage(await context.newPage());
  await owner.open(waymark, mapId);
  return { mapId, owner };
}

/** A browser of its own (no owner token in it) that opens a link. */
async function holder(browser: Browser, url: string): Promise<MapPage> {
  const map = new MapPage(await (await browser.newContext()).newPage());
  await map.page.goto(url);
  return map;
}

/**
 * A viewer's link that expires seconds after its holder has the map open. Opening takes seconds on
 * a loaded machine: should the link expire first, the next one lives twice as long.
 */
async function openBeforeExpiry(browser: Browser, waymark: Waymark, mapId: string) {
  for (let lifetime = 6_000; ; lifetime *= 2) {
    const label = `Short ${lifetime / 1000} s`;
    const link = await waymark.share(mapId, { role: 'viewer', label, expiresAt: new Date(Date.now() + lifetime).toISOString() });
    const viewer = await holder(browser, link.url);
    const live = viewer.page.locator('[data-testid="connection-status"][data-state="live"]');
    await expect(live.or(viewer.page.getByTestId('link-denied'))).toBeVisible({ timeout: lifetime + 10_000 });
    if (await live.isVisible()) return { viewer, link, label, lifetime };
    if (lifetime >= 24_000) throw new Error('the map did not open within 24 s of the link');
    await viewer.page.context().close();
  }
}

test('a view-only link shows the map with nothing to edit, and its holder changes nothing', async ({ browser, waymark }) => {
  const { mapId, owner } = await ownerWithMap(browser, waymark);
  const share = new ShareDialog(owner.page);
  await share.open();
  await expect(share.dialog.getByTestId('share-empty')).toBeVisible();
  const url = await share.create({ role: 'viewer', label: 'Board' });
  expect(url).toContain(`/maps/${mapId}?token=`);
  await share.dialog.getByTestId('share-copy').click();
  await expect(share.dialog.getByTestId('share-copy')).toHaveAttribute('data-copied', 'true');
  expect(await owner.page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  await expect(share.item('Board')).toHaveAttribute('data-role', 'viewer');
  await share.close();

  const viewer = await holder(browser, url);
  await viewer.expectLive();
  // The token leaves the address bar at once.
  await expect(viewer.page).toHaveURL(`${waymark.url}/maps/${mapId}`);
  await expect(viewer.touchpointCards()).toHaveCount(3);
  await expect(viewer.page.getByTestId('role-badge')).toHaveText('View only');
  await expect(viewer.page.getByTestId('map-title')).toHaveText('Shared journey');
  expect(await viewer.page.getByTestId('map-title').evaluate((element) => element.tagName)).toBe('H1');
  for (const control of ['back-to-list', 'open-share', 'undo', 'redo', 'save-state', 'add-touchpoint', 'add-card', 'lanes-button', 'import-measurements', 'add-persona', 'add-measure', 'delete-phase', 'phase-resize']) {
    await expect(viewer.page.getByTestId(control), control).toHaveCount(0);
  }
  const inspector = await viewer.select('tp-search');
  await expect(viewer.field('title')).toBeDisabled();
  await expect(viewer.field('channel')).toBeDisabled();
  await expect(inspector.getByTestId('delete-touchpoint')).toHaveCount(0);
  await expect(viewer.persona('pe-eva').getByTestId('persona-name')).toBeDisabled();
  await expect(viewer.measure('me-call').getByTestId('measure-title')).toBeDisabled();

  const before = await viewer.stored<MapDocument>(waymark, mapId);
  // Every shortcut that would change the map, on a selected card, then a drag of it.
  await viewer.card('tp-search').click();
  for (const key of ['Delete', 'n', 'Control+d', 'ArrowRight', 'Control+x', 'Control+v', 'Control+z']) await viewer.page.keyboard.press(key);
  await viewer.emotionPoint('pe-eva', 'tp-search').focus();
  await viewer.page.keyboard.press('ArrowUp');
  await viewer.page.getByTestId('phase-name').first().dblclick();
  await expect(viewer.page.getByTestId('phase-name-input')).toHaveCount(0);
  // Read-only, a drag pans the canvas instead of moving the card.
  await viewer.drag(viewer.card('tp-ad'), viewer.card('tp-shop'));
  await expect(viewer.touchpointCards()).toHaveCount(3);
  await viewer.page.waitForTimeout(1000);
  expect(await viewer.stored<MapDocument>(waymark, mapId)).toEqual(before);
  // …and the owner's edits still reach the viewer.
  await owner.select('tp-ad');
  await owner.field('title').fill('Radio spot');
  await expect(viewer.cardTitle('tp-ad')).toHaveText('Radio spot');

  // A share holder who goes to the list of all maps is sent to the one map the link opens.
  await viewer.page.goto(waymark.url);
  await expect(viewer.page.getByTestId('shared-only')).toBeVisible();
  await viewer.page.getByTestId('shared-map-link').filter({ hasText: 'Shared journey' }).click();
  await viewer.expectLive();
  await expect(viewer.page.getByTestId('role-badge')).toHaveAttribute('data-role', 'viewer');
});

test('an editor link edits the map live for the owner, but has no list and no sharing', async ({ browser, waymark }) => {
  const { mapId, owner } = await ownerWithMap(browser, waymark);
  const share = new ShareDialog(owner.page);
  await share.open();
  const url = await share.create({ role: 'editor', label: 'Agency' });
  await share.close();

  const editor = await holder(browser, url);
  await editor.expectLive();
  await expect(editor.page.getByTestId('role-badge')).toHaveText('Can edit');
  await expect(editor.page.getByTestId('back-to-list')).toHaveCount(0);
  await expect(editor.page.getByTestId('open-share')).toHaveCount(0);
  await editor.select('tp-shop');
  await editor.field('title').fill('Visit the showroom');
  await expect(owner.cardTitle('tp-shop')).toHaveText('Visit the showroom');
  await editor.page.getByTestId('map-title').fill('Shared journey, edited');
  await expect(owner.page.getByTestId('map-title')).toHaveValue('Shared journey, edited');
  await expect
    .poll(async () => (await owner.stored<MapDocument>(waymark, mapId)).touchpoints.find((t) => t.id === 'tp-shop')!.title)
    .toBe('Visit the showroom');
  // The owner's API stays the owner's.
  const token = new URL(url).searchParams.get('token')!;
  const list = await fetch(`${waymark.url}/api/maps`, { headers: { Authorization: `Bearer ${token}` } });
  expect(list.status).toBe(403);
});

test('without a token the app asks to sign in; the sign-in link printed by the server works', async ({ browser, waymark }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(waymark.url);
  await expect(page.getByTestId('sign-in-page')).toBeVisible();
  await expect(page.getByTestId('map-list')).toHaveCount(0);

  await page.getByTestId('sign-in-token').fill('not-the-owner-token');
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('sign-in-error')).toBeVisible();

  await page.getByTestId('sign-in-token').fill(signedInUrl(waymark));
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('map-list')).toBeVisible();
  // Remembered: a reload of the bare address stays signed in.
  await page.reload();
  await expect(page.getByTestId('map-list')).toBeVisible();
});

test('revoking a link in the owner’s dialog ends the holder’s open map within seconds', async ({ browser, waymark }) => {
  const { mapId, owner } = await ownerWithMap(browser, waymark);
  const share = new ShareDialog(owner.page);
  await share.open();
  const url = await share.create({ role: 'commenter', label: 'Workshop' });
  const commenter = await holder(browser, url);
  await commenter.expectLive();
  await expect(commenter.page.getByTestId('role-badge')).toHaveText('Can comment');
  const localCopies = () => commenter.page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
  await expect.poll(localCopies).toContain(`waymark:${mapId}`);

  await share.revoke('Workshop');
  await expect(share.dialog.getByTestId('share-empty')).toBeVisible();
  await expect(commenter.page.getByTestId('link-denied')).toHaveAttribute('data-reason', 'revoked', { timeout: 5000 });
  await expect(commenter.page.getByTestId('canvas-toolbar')).toHaveCount(0);
  // The browser's copy of the map goes with the link.
  await expect.poll(localCopies).not.toContain(`waymark:${mapId}`);
  // And it stays dead on a new visit.
  await commenter.page.reload();
  await expect(commenter.page.getByTestId('link-denied')).toHaveAttribute('data-reason', 'revoked');
});

test('an expired link shows the expired page, open or opened; a made-up one is not valid', async ({ browser, waymark }) => {
  const { mapId, owner } = await ownerWithMap(browser, waymark);
  const { viewer, link, label, lifetime } = await openBeforeExpiry(browser, waymark, mapId);
  await expect(viewer.page.getByTestId('link-denied')).toHaveAttribute('data-reason', 'expired', { timeout: lifetime + 10_000 });

  const late = await holder(browser, link.url);
  await expect(late.page.getByTestId('link-denied')).toHaveAttribute('data-reason', 'expired');
  const share = new ShareDialog(owner.page);
  await share.open();
  await expect(share.item(label)).toHaveAttribute('data-expired', 'true');
  await expect(share.item(label).getByTestId('share-item-expired')).toBeVisible();

  const madeUp = await holder(browser, `${waymark.url}/maps/${mapId}?token=made-up-token-0123456789`);
  await expect(madeUp.page.getByTestId('link-denied')).toHaveAttribute('data-reason', 'unknown');
});
