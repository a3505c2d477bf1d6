import type { Browser } from '@playwright/test';
import type { MapDocument } from '../shared/src/index.js';
import { expect, test, type Waymark } from './fixtures.js';
import { MapPage } from './pages/MapPage.js';
import { touchpoint } from './testMaps.js';

/** A small map that fits the screen: two phases, three touchpoints. */
const workshop: MapDocument = {
  format: 'waymark.map',
  version: 1,
  title: 'Comments workshop',
  personas: [],
  phases: [
    { id: 'ph-find', name: 'Find' },
    { id: 'ph-buy', name: 'Buy' },
  ],
  touchpoints: [
    touchpoint('tp-search', 'ph-find', 'Search the web'),
    touchpoint('tp-ad', 'ph-find', 'Newspaper ad'),
    touchpoint('tp-shop', 'ph-buy', 'Visit the shop'),
  ],
  measures: [],
};

/** The owner and a commenter (from a share link) on one map, each in a browser of their own. */
async function ownerAndCommenter(browser: Browser, waymark: Waymark) {
  const mapId = await waymark.importMap(workshop);
  const link = await waymark.share(mapId, { role: 'commenter', label: 'Workshop' });
  const open = async (token?: string) => {
    const map = new MapPage(await (await browser.newContext()).newPage());
    await map.open(waymark, mapId, token);
    await expect(map.touchpointCards()).toHaveCount(workshop.touchpoints.length);
    return map;
  };
  return { mapId, owner: await open(), commenter: await open(link.token) };
}

test('a comment from a commenter link arrives while its edit attempts do not', async ({ browser, waymark }) => {
  const { mapId, owner, commenter } = await ownerAndCommenter(browser, waymark);
  const page = commenter.page;

  // Editing is out of reach: no sticky-note tool; shortcuts, double-clicks and drags change nothing.
  await expect(page.getByTestId('add-sticky')).toHaveCount(0);
  await commenter.card('tp-search').click();
  for (const key of ['Delete', 'n', 's', 'Control+d', 'ArrowRight']) await page.keyboard.press(key);
  await commenter.drag(commenter.card('tp-search'), commenter.card('tp-shop'));
  // An empty spot right of the board: where an editor's double-click makes a sticky note.
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  await pane.dblclick({ position: { x: box.width - 250, y: box.height / 2 } });
  await expect(page.getByTestId('sticky-note')).toHaveCount(0);

  // The comment: select the touchpoint, open its comments (C), give a name once, write.
  await commenter.card('tp-search').click();
  await page.keyboard.press('c');
  const panel = page.getByTestId('comments-panel');
  await expect(panel).toHaveAttribute('data-target', 'tp-search');
  await panel.getByTestId('participant-name').fill('Carla');
  await panel.getByTestId('participant-name-save').click();
  await expect(panel.getByTestId('comments-as')).toContainText('Carla');
  await panel.getByTestId('thread-new-text').fill('Do people really search for this?');
  await panel.getByTestId('thread-new-send').click();
  await expect(panel.getByTestId('comment-text')).toHaveText(['Do people really search for this?']);

  // The owner sees the badge and the thread live.
  const badge = owner.card('tp-search').getByTestId('comment-badge');
  await expect(badge).toHaveAttribute('data-count', '1');
  await badge.click();
  const ownerPanel = owner.page.getByTestId('comments-panel');
  await expect(ownerPanel.getByTestId('comment-author')).toHaveText(['Carla']);

  // The owner answers with their own name; the commenter sees it.
  await ownerPanel.getByTestId('participant-name').fill('Olga');
  await ownerPanel.getByTestId('participant-name-save').click();
  await ownerPanel.getByTestId('thread-reply-text').fill('Yes, 60 % start on Google.');
  await ownerPanel.getByTestId('thread-reply-text').press('Control+Enter');
  await expect(panel.getByTestId('comment-text')).toHaveText(['Do people really search for this?', 'Yes, 60 % start on Google.']);
  await expect(badge).toHaveAttribute('data-count', '2');

  // Nothing the commenter tried reached the server; the comments did.
  const stored = await owner.stored<MapDocument>(waymark, mapId);
  expect(stored.touchpoints).toEqual(workshop.touchpoints);
  expect(stored.stickies).toBeUndefined();
  expect(stored.threads?.[0]?.comments.map((c) => c.author)).toEqual(['Carla', 'Olga']);

  // Resolve (the commenter) hides the badge; reopen (the owner) brings it back.
  await panel.getByTestId('thread-resolve').click();
  await expect(badge).toHaveCount(0);
  await expect(panel.getByTestId('thread')).toHaveCount(0);
  await ownerPanel.getByTestId('comments-show-resolved').check();
  await ownerPanel.getByTestId('thread-reopen').click();
  await expect(badge).toHaveAttribute('data-count', '2');
  await expect(panel.getByTestId('thread')).toHaveAttribute('data-resolved', 'false');

  // The commenter deletes their own comment, and may not delete the owner's.
  const own = panel.locator('[data-testid="comment"]', { hasText: 'Do people' });
  const others = panel.locator('[data-testid="comment"]', { hasText: 'Google' });
  await expect(others.getByTestId('comment-delete')).toHaveCount(0);
  await own.getByTestId('comment-delete').click();
  await expect(badge).toHaveAttribute('data-count', '1');
});

test('a sticky note is created, moved, and converted into a touchpoint, live for the other browser', async ({ browser, waymark }) => {
  const mapId = await waymark.importMap(workshop);
  const open = async () => {
    const map = new MapPage(await (await browser.newContext()).newPage());
    await map.open(waymark, mapId);
    return map;
  };
  const alice = await open();
  const bob = await open();

  await alice.page.getByTestId('add-sticky').click();
  const input = alice.page.getByTestId('sticky-input');
  await expect(input).toBeFocused();
  await input.fill('Compare prices online');
  await input.press('Escape');
  const bobsNote = bob.page.getByTestId('sticky-note');
  await expect(bobsNote).toContainText('Compare prices online');

  // Dragged over the "Buy" column, it goes there when converted.
  const note = alice.page.getByTestId('sticky-note');
  await alice.drag(note, alice.card('tp-shop'));
  await expect(note).toHaveAttribute('data-phase-id', 'ph-buy');
  await expect(bobsNote).toHaveAttribute('data-phase-id', 'ph-buy');
  const moved = (await alice.stored<MapDocument>(waymark, mapId)).stickies?.[0];
  expect(moved?.text).toBe('Compare prices online');

  await note.hover();
  await note.getByTestId('sticky-color-2').click();
  await note.hover();
  await note.getByTestId('sticky-convert-touchpoint').click();
  await expect(bobsNote).toHaveCount(0);
  await expect(bob.touchpointCards()).toHaveCount(workshop.touchpoints.length + 1);
  const stored = await alice.stored<MapDocument>(waymark, mapId);
  expect(stored.stickies).toBeUndefined();
  expect(stored.touchpoints.find((tp) => tp.title === 'Compare prices online')?.phaseId).toBe('ph-buy');

  // One undo brings the note back and removes the touchpoint.
  await alice.page.locator('.react-flow__pane').click({ position: { x: 20, y: 300 } });
  await alice.page.keyboard.press('Control+z');
  await expect(bobsNote).toContainText('Compare prices online');
  await expect(bob.touchpointCards()).toHaveCount(workshop.touchpoints.length);

  // S adds another one; Delete on the focused note removes it.
  await alice.page.locator('.react-flow__pane').click({ position: { x: 20, y: 300 } });
  await alice.page.keyboard.press('s');
  await expect(alice.page.getByTestId('sticky-input')).toBeFocused();
  await alice.page.keyboard.press('Escape');
  await expect(bob.page.getByTestId('sticky-note')).toHaveCount(2);
  await alice.page.keyboard.press('Delete');
  await expect(bob.page.getByTestId('sticky-note')).toHaveCount(1);

  // A double-click on an empty spot of the canvas adds one there too.
  const pane = alice.page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  await pane.dblclick({ position: { x: box.width - 250, y: box.height / 2 } });
  await alice.page.getByTestId('sticky-input').fill('Delivery time?');
  await alice.page.getByTestId('sticky-input').press('Escape');
  await expect(bob.page.getByTestId('sticky-note')).toHaveCount(2);
  await expect(bob.page.getByTestId('sticky-note').filter({ hasText: 'Delivery time?' })).toBeVisible();
});
