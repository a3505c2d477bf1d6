import automotive from '../shared/src/templates/automotive.json' with { type: 'json' };
import { expect, test } from './fixtures.js';
import { MapListPage } from './pages/MapListPage.js';
import { MapPage } from './pages/MapPage.js';

// One server serves every test of a worker: each test names its maps with its own tag.
let counter = 0;
function tag(): string {
  counter += 1;
  return `t${Date.now().toString(36)}${counter}`;
}

test('search filters the list by title, and the sort orders it; every card shows a thumbnail', async ({ page, waymark }) => {
  const t = tag();
  for (const title of [`${t} Alpha onboarding`, `${t} Beta checkout`, `${t} Gamma Büro`]) {
    await waymark.importMap({ ...automotive, title });
  }
  const list = new MapListPage(page);
  await list.open(waymark);

  await list.search(t);
  await expect(list.items).toHaveCount(3);
  // Newest change first by default.
  expect(await list.titles()).toEqual([`${t} Gamma Büro`, `${t} Beta checkout`, `${t} Alpha onboarding`]);
  await list.sortBy('title');
  expect(await list.titles()).toEqual([`${t} Alpha onboarding`, `${t} Beta checkout`, `${t} Gamma Büro`]);
  await list.sortBy('created');
  expect(await list.titles()).toEqual([`${t} Gamma Büro`, `${t} Beta checkout`, `${t} Alpha onboarding`]);

  // Every word must match, without regard to case or accents.
  await list.search(`${t} BURO`);
  await expect(list.items).toHaveCount(1);
  await expect(list.item(`${t} Gamma Büro`)).toBeVisible();

  await list.search(`${t} nothing like this`);
  await expect(list.items).toHaveCount(0);
  await expect(page.getByTestId('no-results')).toBeVisible();
  await page.getByTestId('clear-search').click();
  await expect(page.getByTestId('map-search')).toHaveValue('');
  await expect(list.items.first()).toBeVisible();

  // The thumbnail is the server's SVG, and it has loaded.
  const thumbnail = list.item(`${t} Alpha onboarding`).getByTestId('map-thumbnail');
  await thumbnail.scrollIntoViewIfNeeded();
  await expect(thumbnail).toHaveAttribute('loading', 'lazy');
  await expect(thumbnail).toHaveAttribute('src', /\/api\/maps\/[^/]+\/thumbnail\.svg/);
  // (The e2e code compiles without the DOM types, hence the shape instead of HTMLImageElement.)
  const loadedWidth = () =>
    thumbnail.evaluate((element) => {
      const img = element as unknown as { complete: boolean; naturalWidth: number };
      return img.complete ? img.naturalWidth : 0;
    });
  await expect.poll(loadedWidth).toBeGreaterThan(0);

  // The sort order is remembered.
  await list.sortBy('title');
  await page.reload();
  await expect(page.getByTestId('map-sort')).toHaveValue('title');
  await list.sortBy('updated');
});

test('renames a map inline; an open editor sees the new title', async ({ page, browser, waymark }) => {
  const t = tag();
  const mapId = await waymark.importMap({ ...automotive, title: `${t} Before` });
  const editor = new MapPage(await (await browser.newContext()).newPage());
  await editor.open(waymark, mapId);

  const list = new MapListPage(page);
  await list.open(waymark);
  await list.search(t);

  // Escape leaves the title as it was.
  await list.item(`${t} Before`).getByTestId('rename-map').click();
  await page.getByTestId('rename-map-input').fill('Not this');
  await page.getByTestId('rename-map-input').press('Escape');
  await expect(list.item(`${t} Before`)).toBeVisible();

  await list.rename(`${t} Before`, `${t} After the workshop`);
  await expect(list.item(`${t} After the workshop`)).toBeVisible();
  await expect(editor.page.getByTestId('map-title')).toHaveValue(`${t} After the workshop`);

  await page.reload();
  await list.search(t);
  await expect(list.item(`${t} After the workshop`)).toBeVisible();
});

test('duplicates a map with all its content', async ({ page, waymark }) => {
  const t = tag();
  await waymark.importMap({ ...automotive, title: `${t} Original` });
  const list = new MapListPage(page);
  await list.open(waymark);
  await list.search(t);

  await list.item(`${t} Original`).getByTestId('duplicate-map').click();
  const copy = list.item(`${t} Original (copy)`);
  await expect(copy).toBeVisible();
  await expect(list.items).toHaveCount(2);

  await copy.getByTestId('map-link').click();
  const map = new MapPage(page);
  await map.expectLive();
  await expect(page.getByTestId('map-title')).toHaveValue(`${t} Original (copy)`);
  await expect(page.locator('.react-flow__node[data-id^="tp-"]')).toHaveCount(automotive.touchpoints.length);
});

test('delete moves a map to the trash: undo, restore from the trash, and an open editor is told', async ({ page, browser, waymark }) => {
  const t = tag();
  const title = `${t} Second thoughts`;
  const mapId = await waymark.importMap({ ...automotive, title });
  const list = new MapListPage(page);
  await list.open(waymark);
  await list.search(t);

  // Undo in the toast brings it straight back.
  await list.item(title).getByTestId('delete-map').click();
  await expect(list.item(title)).toHaveCount(0);
  await page.getByTestId('undo-delete').click();
  await expect(list.item(title)).toBeVisible();

  // Deleted while someone has it open: their page says so and points to the trash.
  const editor = new MapPage(await (await browser.newContext()).newPage());
  await editor.open(waymark, mapId);
  await list.item(title).getByTestId('delete-map').click();
  await expect(list.item(title)).toHaveCount(0);
  await expect(editor.page.getByTestId('map-not-found')).toBeVisible();
  await expect(editor.page.getByTestId('open-trash')).toBeVisible();

  await list.showTrash();
  await expect(page.getByTestId('trash-count')).not.toHaveText('0');
  await list.trashItem(title).getByTestId('restore-map').click();
  await expect(list.trashItem(title)).toHaveCount(0);
  await list.showMaps();
  await list.search(t);
  await expect(list.item(title)).toBeVisible();

  await editor.page.getByTestId('back-to-list').click();
  await editor.open(waymark, mapId);
});

test('deletes a map forever from the trash after asking, and empties the trash', async ({ page, waymark }) => {
  const t = tag();
  const [doomed, alsoDoomed] = [`${t} Doomed`, `${t} Also doomed`];
  const doomedId = await waymark.importMap({ ...automotive, title: doomed });
  await waymark.importMap({ ...automotive, title: alsoDoomed });
  const list = new MapListPage(page);
  await list.open(waymark);
  await list.search(t);
  await list.item(doomed).getByTestId('delete-map').click();
  await expect(list.item(doomed)).toHaveCount(0);
  await list.item(alsoDoomed).getByTestId('delete-map').click();
  await expect(list.items).toHaveCount(0);

  await list.showTrash();
  // Cancel keeps it.
  await list.trashItem(doomed).getByTestId('delete-forever').click();
  await page.getByTestId('cancel-delete').click();
  await expect(list.trashItem(doomed)).toBeVisible();

  await list.trashItem(doomed).getByTestId('delete-forever').click();
  await expect(page.getByTestId('delete-map-dialog')).toBeVisible();
  await page.getByTestId('confirm-delete').click();
  await expect(list.trashItem(doomed)).toHaveCount(0);
  expect((await waymark.fetch(`/api/maps/${doomedId}/restore`, { method: 'POST' })).status).toBe(404);

  await page.getByTestId('empty-trash').click();
  await page.getByTestId('confirm-empty-trash').click();
  await expect(page.getByTestId('trash-empty')).toBeVisible();
  await expect(page.getByTestId('trash-item')).toHaveCount(0);
});
