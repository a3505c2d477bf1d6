import automotive from '../shared/src/templates/automotive.json' with { type: 'json' };
import type { MapDocument } from '../shared/src/index.js';
import { updateTouchpoint } from '../shared/src/index.js';
import { connectClient, until } from '../server/test/harness.js';
import { expect, test, type Waymark } from './fixtures.js';
import { HistoryPanel } from './pages/HistoryPanel.js';
import { MapPage } from './pages/MapPage.js';

const demo = automotive as MapDocument;
const website = demo.touchpoints[0]!;
const configurator = demo.touchpoints[1]!;
const reviews = demo.touchpoints[2]!;
const anna = demo.personas[0]!;

interface VersionJson {
  id: string;
  name: string;
  author: string | null;
  map: MapDocument;
}

async function versions(waymark: Waymark, mapId: string): Promise<VersionJson[]> {
  return (await (await waymark.fetch(`/api/maps/${mapId}/versions`)).json()) as VersionJson[];
}
async function version(waymark: Waymark, mapId: string, versionId: string): Promise<VersionJson> {
  return (await (await waymark.fetch(`/api/maps/${mapId}/versions/${versionId}`)).json()) as VersionJson;
}

test('a saved version restores exactly, and undo brings the changes back', async ({ page, waymark }) => {
  const mapId = await waymark.importMap(demo);
  const map = new MapPage(page);
  const history = new HistoryPanel(page);
  await map.open(waymark, mapId);

  // The name given for presence is the author of the versions saved here.
  await page.getByTestId('name-prompt-input').fill('Kim');
  await page.getByTestId('name-prompt-save').click();
  await page.keyboard.press('h');
  await expect(history.root).toBeVisible();
  await expect(history.root.getByTestId('versions-empty')).toBeVisible();
  await history.save('Workshop 1 — as-is');
  await expect(history.version('Workshop 1 — as-is').getByTestId('version-author-text')).toHaveText('Kim');
  const [saved] = await versions(waymark, mapId);
  const savedMap = (await version(waymark, mapId, saved!.id)).map;
  expect(savedMap).toEqual(demo);

  // The workshop changes the map: a title, an emotion, a deleted touchpoint, a new one.
  await history.close();
  await map.select(website.id);
  await map.field('title').fill('Brand website, rebuilt');
  await map.field(`emotion-${anna.id}`).fill('-2');
  await map.select(reviews.id);
  await page.keyboard.press('Escape');
  await map.card(reviews.id).click();
  await page.keyboard.press('Delete');
  await expect(map.card(reviews.id)).toHaveCount(0);
  await page.getByTestId('add-touchpoint').first().click();
  await expect(map.touchpointCards()).toHaveCount(demo.touchpoints.length);
  let changed: MapDocument | null = null;
  await expect
    .poll(async () => {
      changed = await map.stored<MapDocument>(waymark, mapId);
      return [changed.touchpoints[0]!.title, changed.touchpoints.some((tp) => tp.id === reviews.id), changed.touchpoints.length];
    })
    .toEqual(['Brand website, rebuilt', false, demo.touchpoints.length]);
  expect(changed).not.toEqual(savedMap);

  // Restore, keeping the current state as a version first.
  await history.open();
  await history.version('Workshop 1 — as-is').getByTestId('restore-version').click();
  const dialog = page.getByTestId('restore-dialog');
  await expect(dialog.getByTestId('restore-keep-current')).toBeChecked();
  await dialog.getByTestId('confirm-restore').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('toast')).toContainText('Workshop 1 — as-is');
  await expect.poll(() => map.stored(waymark, mapId)).toEqual(savedMap);
  await expect(map.cardTitle(website.id)).toHaveText(website.title);
  await expect(map.card(reviews.id)).toHaveCount(1);

  // The state before the restore was saved, exactly.
  const backup = (await versions(waymark, mapId)).find((v) => v.name.startsWith('Before restoring'));
  expect(backup).toBeDefined();
  expect((await version(waymark, mapId, backup!.id)).map).toEqual(changed);

  // One undo takes the whole restore back, for everyone.
  await page.keyboard.press('Control+z');
  await expect.poll(() => map.stored(waymark, mapId)).toEqual(changed);
  await expect(map.cardTitle(website.id)).toHaveText('Brand website, rebuilt');
  await expect(map.card(reviews.id)).toHaveCount(0);

  // The activity list says who restored which version.
  await history.showActivity();
  await expect(history.root.getByTestId('activity-change').filter({ hasText: 'restored a version' })).toContainText('Workshop 1 — as-is');
});

test('a preview shows the version read-only, and the comparison shows what was added since', async ({ page, waymark }) => {
  const mapId = await waymark.importMap(demo);
  const map = new MapPage(page);
  const history = new HistoryPanel(page);
  await map.open(waymark, mapId);
  await history.open();
  await history.save('Before the workshop');
  await history.close();

  // A touchpoint is added and the configurator's importance changed.
  await page.locator(`[data-testid="add-touchpoint"][data-phase-id="${demo.phases[0]!.id}"]`).click();
  await map.field('title').fill('Service app');
  await map.select(configurator.id);
  await map.field('importance').selectOption('2');
  await expect.poll(async () => (await map.stored<MapDocument>(waymark, mapId)).touchpoints.length).toBe(demo.touchpoints.length + 1);

  await history.open();
  await history.version('Before the workshop').getByTestId('preview-version').click();
  const preview = page.getByTestId('version-preview');
  await expect(preview).toBeVisible();
  await expect(preview.getByTestId('preview-name')).toHaveText('Before the workshop');
  // The version as it was: without the new card, and nothing offers editing.
  await expect(preview.locator('.react-flow__node-touchpoint')).toHaveCount(demo.touchpoints.length);
  await expect(preview.getByText('Service app')).toHaveCount(0);
  await expect(preview.getByTestId('add-touchpoint')).toHaveCount(0);
  await expect(preview.getByTestId('add-phase')).toHaveCount(0);
  await expect(preview.getByTestId('delete-phase')).toHaveCount(0);
  await expect(preview.getByTestId('lanes-button')).toHaveCount(0);
  // Keys that would edit do nothing to the version or the live map.
  await preview.locator(`.react-flow__node[data-id="${website.id}"]`).click();
  await page.keyboard.press('Delete');
  await page.keyboard.press('n');
  await expect(preview.locator('.react-flow__node-touchpoint')).toHaveCount(demo.touchpoints.length);
  expect((await map.stored<MapDocument>(waymark, mapId)).touchpoints).toHaveLength(demo.touchpoints.length + 1);

  await preview.getByTestId('preview-compare').click();
  const compare = page.getByTestId('compare-dialog');
  await expect(compare).toBeVisible();
  await expect(compare.getByTestId('compare-to')).toHaveValue('current');
  const touchpoints = compare.getByTestId('compare-touchpoints');
  await expect(touchpoints.getByTestId('compare-added')).toHaveText(/Service app/);
  await expect(touchpoints.locator(`[data-testid="compare-changed"][data-id="${configurator.id}"]`)).toContainText('Importance 5 → 2');
  await expect(compare.getByTestId('compare-summary')).toContainText('1 added');
  await compare.getByTestId('close-compare').click();
  await expect(compare).toBeHidden();

  // Escape leaves the preview: the live map is back, with the new card.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await expect(map.touchpointCards()).toHaveCount(demo.touchpoints.length + 1);
});

test('the activity list names who changed what', async ({ page, waymark }) => {
  const mapId = await waymark.importMap(demo);
  const map = new MapPage(page);
  const history = new HistoryPanel(page);
  await map.open(waymark, mapId);

  // A colleague with a name in their presence state edits from another client.
  const colleague = connectClient(waymark.url, mapId, undefined, waymark.ownerToken);
  try {
    colleague.provider.awareness.setLocalStateField('user', { name: 'Anna Schmidt', color: '#0072B2' });
    await until(() => colleague.provider.synced, 'the colleague synced');
    updateTouchpoint(colleague.doc, configurator.id, { title: 'Configurator with prices' });
    await expect(map.cardTitle(configurator.id)).toHaveText('Configurator with prices');

    // And this browser, named Kim for presence, adds a touchpoint.
    await page.getByTestId('name-prompt-input').fill('Kim');
    await page.getByTestId('name-prompt-save').click();
    await page.locator(`[data-testid="add-touchpoint"][data-phase-id="${demo.phases[0]!.id}"]`).click();
    await map.field('title').fill('Radio ad');
    await expect(map.touchpointCards()).toHaveCount(demo.touchpoints.length + 1);

    await history.open();
    await history.showActivity();
    const anna = history.root.getByTestId('activity-item').filter({ has: page.getByTestId('activity-actor').getByText('Anna Schmidt') });
    await expect(anna).toHaveCount(1);
    await expect(anna.getByTestId('activity-change')).toContainText('changed 1 touchpoint');
    await expect(anna).toContainText('Configurator with prices');
    const kim = history.root.getByTestId('activity-item').filter({ has: page.getByTestId('activity-actor').getByText('Kim', { exact: true }) });
    await expect(kim.getByTestId('activity-change')).toContainText('added 1 touchpoint');
    await expect(kim).toContainText('Radio ad');
  } finally {
    colleague.destroy();
  }
});

test('viewers and commenters look at versions and compare them; editors also save and restore; the owner deletes', async ({ browser, waymark }) => {
  const mapId = await waymark.importMap(demo);
  const saved = await waymark.fetch(`/api/maps/${mapId}/versions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Baseline', author: 'Kim' }),
  });
  expect(saved.status).toBe(201);
  const open = async (role: 'viewer' | 'commenter' | 'editor' | 'owner') => {
    const map = new MapPage(await (await browser.newContext()).newPage());
    await map.open(waymark, mapId, role === 'owner' ? waymark.ownerToken : (await waymark.share(mapId, { role })).token);
    const history = new HistoryPanel(map.page);
    await history.open();
    await expect(history.version('Baseline')).toBeVisible();
    return { map, history, item: history.version('Baseline') };
  };
  for (const role of ['viewer', 'commenter'] as const) {
    const { map, history, item } = await open(role);
    await expect(history.root.getByTestId('save-version')).toHaveCount(0);
    await expect(item.getByTestId('restore-version')).toHaveCount(0);
    await expect(item.getByTestId('delete-version')).toHaveCount(0);
    await item.getByTestId('preview-version').click();
    await expect(map.page.getByTestId('version-preview')).toBeVisible();
    await expect(map.page.getByTestId('preview-restore')).toHaveCount(0);
    await map.page.getByTestId('preview-compare').click();
    await expect(map.page.getByTestId('compare-none')).toBeVisible();
    await map.page.close();
  }
  const editor = await open('editor');
  await expect(editor.history.root.getByTestId('save-version')).toBeVisible();
  await expect(editor.item.getByTestId('restore-version')).toBeVisible();
  await expect(editor.item.getByTestId('delete-version')).toHaveCount(0);
  const owner = await open('owner');
  await owner.item.getByTestId('delete-version').click();
  await owner.map.page.getByTestId('confirm-delete-version').click();
  await expect(owner.history.root.getByTestId('versions-empty')).toBeVisible();
  expect(await versions(waymark, mapId)).toEqual([]);
});
