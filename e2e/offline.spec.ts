/// <reference lib="dom" />
import automotive from '../shared/src/templates/automotive.json' with { type: 'json' };
import { expect, test } from './fixtures.js';
import { MapPage } from './pages/MapPage.js';

const [homepage, configurator] = automotive.touchpoints;

test('edits made while the server is down are kept, shown as unsaved, and merged when it is back', async ({ browser, waymark }) => {
  const mapId = await waymark.importMap(automotive);
  const alice = new MapPage(await (await browser.newContext()).newPage());
  const bob = new MapPage(await (await browser.newContext()).newPage());
  await alice.open(waymark, mapId);
  await bob.open(waymark, mapId);
  const saveState = alice.page.getByTestId('save-state');

  await alice.select(homepage!.id);
  await alice.field('title').fill('Saved right away');
  await expect(saveState).toHaveAttribute('data-state', 'saved');
  await expect(bob.cardTitle(homepage!.id)).toHaveText('Saved right away');

  await waymark.restart({
    whileDown: async () => {
      await expect(alice.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'offline');
      await alice.field('title').fill('Written while offline');
      await expect(saveState).toHaveAttribute('data-state', 'unsaved');
      await expect(saveState).toContainText('not saved');
    },
  });
  await alice.expectLive();
  await expect(saveState).toHaveAttribute('data-state', 'saved');
  await expect(bob.cardTitle(homepage!.id)).toHaveText('Written while offline');
});

test('edits made offline survive closing the tab, and reach the server on the next visit', async ({ browser, waymark }) => {
  const mapId = await waymark.importMap(automotive);
  const context = await browser.newContext();
  const first = new MapPage(await context.newPage());
  await first.open(waymark, mapId);
  await first.select(configurator!.id);
  // The number of updates this browser keeps for the map in IndexedDB.
  const keptUpdates = () =>
    first.page.evaluate(
      (name) =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onerror = () => reject(new Error('no IndexedDB'));
          request.onsuccess = () => {
            const db = request.result;
            const count = db.transaction('updates', 'readonly').objectStore('updates').count();
            count.onsuccess = () => {
              resolve(count.result);
              db.close();
            };
          };
        }),
      `waymark:${mapId}`,
    );
  await expect.poll(keptUpdates).toBeGreaterThan(0);
  const before = await keptUpdates();

  await waymark.restart({
    whileDown: async () => {
      await expect(first.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'offline');
      await first.field('title').fill('Kept in this browser');
      await expect(first.page.getByTestId('save-state')).toHaveAttribute('data-state', 'unsaved');
      // Once IndexedDB has the edit, close the tab with it unsent.
      await expect.poll(keptUpdates).toBeGreaterThan(before);
      await first.page.close();
    },
  });
  const second = new MapPage(await context.newPage());
  await second.open(waymark, mapId);
  await expect(second.cardTitle(configurator!.id)).toHaveText('Kept in this browser');
  await expect
    .poll(async () => (await second.stored<typeof automotive>(waymark, mapId)).touchpoints.find((t) => t.id === configurator!.id)!.title)
    .toBe('Kept in this browser');
});
