import type { Browser } from '@playwright/test';
import type { MapDocument } from '../shared/src/index.js';
import { expect, test, type Waymark } from './fixtures.js';
import { MapPage } from './pages/MapPage.js';
import { touchpoint } from './testMaps.js';


/** A small workshop map that fits the screen, for two people at once. */
const workshop: MapDocument = {
  format: 'waymark.map',
  version: 1,
  title: 'Workshop',
  personas: [{ id: 'pe-eva', name: 'Eva', color: '#0072B2' }],
  phases: [
    { id: 'ph-find', name: 'Find' },
    { id: 'ph-buy', name: 'Buy' },
    { id: 'ph-use', name: 'Use' },
  ],
  touchpoints: [
    touchpoint('tp-search', 'ph-find', 'Search the web', { emotions: { 'pe-eva': 1 } }),
    touchpoint('tp-ad', 'ph-find', 'Newspaper ad', { channel: 'letter', emotions: { 'pe-eva': 0 } }),
    touchpoint('tp-shop', 'ph-buy', 'Visit the shop', { channel: 'store', emotions: { 'pe-eva': 0 } }),
    touchpoint('tp-hotline', 'ph-use', 'Call the hotline', { channel: 'phone', emotions: { 'pe-eva': -2 } }),
  ],
  measures: [],
};

async function twoUsers(browser: Browser, waymark: Waymark) {
  const mapId = await waymark.importMap(workshop);
  const open = async () => {
    const map = new MapPage(await (await browser.newContext()).newPage());
    await map.open(waymark, mapId);
    await expect(map.touchpointCards()).toHaveCount(workshop.touchpoints.length);
    return map;
  };
  return { mapId, alice: await open(), bob: await open() };
}

test('one drags a touchpoint to another phase while the other retitles it: both changes survive', async ({ browser, waymark }) => {
  const { mapId, alice, bob } = await twoUsers(browser, waymark);
  // Bob is typing a new title into the inspector…
  await bob.select('tp-search');
  await bob.field('title').fill('Web search');
  // …while Alice drags the same card onto the "Use" phase.
  await alice.drag(alice.card('tp-search'), alice.card('tp-hotline'));

  for (const map of [alice, bob]) {
    await expect(map.cardTitle('tp-search')).toHaveText('Web search');
    await expect.poll(async () => (await map.cardX('tp-search')) - (await map.cardX('tp-hotline'))).toBe(0);
  }
  await expect
    .poll(async () => (await alice.stored<MapDocument>(waymark, mapId)).touchpoints.find((t) => t.id === 'tp-search'))
    .toMatchObject({ phaseId: 'ph-use', title: 'Web search' });
});

test('one adjusts an emotion point and the other sees the curve change', async ({ browser, waymark }) => {
  const { alice, bob } = await twoUsers(browser, waymark);
  const before = await alice.curve('pe-eva').getAttribute('d');
  // Bob moves Eva's point at the shop two steps down with the keyboard (dragging the same point is
  // covered in editor.spec.ts; here what matters is that Alice sees it).
  const point = bob.emotionPoint('pe-eva', 'tp-shop');
  await point.focus();
  await bob.page.keyboard.press('ArrowDown');
  await bob.page.keyboard.press('ArrowDown');
  await expect(bob.emotionPoint('pe-eva', 'tp-shop')).toHaveAttribute('data-value', '-2');
  await expect(alice.emotionPoint('pe-eva', 'tp-shop')).toHaveAttribute('data-value', '-2');
  await expect(alice.emotionPoint('pe-eva', 'tp-shop')).toHaveAttribute('data-dip', 'true');
  await expect.poll(() => alice.curve('pe-eva').getAttribute('d')).not.toBe(before);
});

test("undo in one browser undoes only that person's edit, never the colleague's", async ({ browser, waymark }) => {
  const { mapId, alice, bob } = await twoUsers(browser, waymark);
  await alice.select('tp-shop');
  await alice.field('title').fill('Visit the flagship store');
  await bob.select('tp-ad');
  await bob.field('title').fill('Radio spot');
  await expect(alice.cardTitle('tp-ad')).toHaveText('Radio spot');
  await expect(bob.cardTitle('tp-shop')).toHaveText('Visit the flagship store');

  // Alice leaves the field and undoes on the canvas: her title goes back, Bob's stays.
  await alice.page.keyboard.press('Escape');
  await alice.page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await alice.page.keyboard.press('Control+z');
  for (const map of [alice, bob]) {
    await expect(map.cardTitle('tp-shop')).toHaveText('Visit the shop');
    await expect(map.cardTitle('tp-ad')).toHaveText('Radio spot');
  }
  // And redo brings it back.
  await alice.page.keyboard.press('Control+Shift+z');
  await expect(bob.cardTitle('tp-shop')).toHaveText('Visit the flagship store');
  const stored = await alice.stored<MapDocument>(waymark, mapId);
  expect(stored.touchpoints.find((t) => t.id === 'tp-ad')!.title).toBe('Radio spot');
});

test('the German UI shows German labels on the canvas and the list', async ({ browser, waymark }) => {
  const mapId = await waymark.importMap(workshop);
  const context = await browser.newContext({ locale: 'de-DE' });
  const map = new MapPage(await context.newPage());
  await map.open(waymark, mapId);
  await expect(map.page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(map.page.getByTestId('connection-status')).toContainText('Live');
  const laneNames = map.page.getByTestId('lane-name');
  await expect(laneNames).toContainText(['Aktivitäten', 'Touchpoints', 'Kanäle', 'Emotionen', 'Erwartungen']);
  await expect(map.page.getByTestId('emotion-lane')).toHaveAttribute('aria-label', 'Emotionskurve');
  await map.page.keyboard.press('?');
  await expect(map.page.getByTestId('shortcuts-dialog')).toContainText('Tastenkürzel');
  await expect(map.page.getByTestId('shortcuts-dialog')).toContainText('Strg+Z');
  await map.page.keyboard.press('Escape');
  await map.page.getByTestId('back-to-list').click();
  await expect(map.page.getByRole('heading', { level: 1 })).toHaveText('Customer-Journey-Maps');
});
