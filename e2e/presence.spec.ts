import type { Browser } from '@playwright/test';
import automotive from '../shared/src/templates/automotive.json' with { type: 'json' };
import { expect, test, type Waymark } from './fixtures.js';
import { MapPage } from './pages/MapPage.js';
import { Presence, sameViewport } from './pages/Presence.js';

const website = automotive.touchpoints[0]!;

/** A new browser (its own storage, so its own participant) with the map open, by owner token or link. */
async function join(browser: Browser, waymark: Waymark, mapId: string, token?: string) {
  const context = await browser.newContext();
  const map = new MapPage(await context.newPage());
  await map.open(waymark, mapId, token);
  return { context, map, presence: new Presence(map.page) };
}

test('everyone on the map appears once, with cursor and selection, and leaves within seconds', async ({ browser, waymark }) => {
  const mapId = await waymark.importMap(automotive);
  const alice = await join(browser, waymark, mapId);
  await alice.presence.giveName('Alice');
  const bob = await join(browser, waymark, mapId);
  await bob.presence.giveName('Bob');
  const carol = await join(browser, waymark, mapId);
  // Carol skips the question: she stays a guest, and is not asked again.
  await carol.map.page.getByTestId('name-prompt-skip').click();
  await expect(carol.presence.self()).toHaveAttribute('data-name', /^Guest [0-9A-F]{3}$/);

  for (const who of [alice, bob, carol]) {
    await expect(who.presence.avatars()).toHaveCount(3);
    await expect(who.presence.self()).toHaveCount(1);
  }
  await expect(bob.presence.avatarOf('Alice')).toBeVisible();

  // Alice points at the canvas: Bob sees her cursor with her name.
  const pane = await alice.map.page.locator('.react-flow__pane').boundingBox();
  await alice.map.page.mouse.move(pane!.x + 300, pane!.y + 300);
  await alice.map.page.mouse.move(pane!.x + 340, pane!.y + 320, { steps: 4 });
  await expect(bob.presence.cursorOf('Alice')).toBeVisible();
  await expect(bob.presence.cursorOf('Alice')).toContainText('Alice');

  // Alice selects a touchpoint: it is outlined on Bob's screen, with her name.
  await alice.map.select(website.id);
  await expect(bob.map.page.locator(`[data-testid="remote-selection"][data-node-id="${website.id}"]`)).toHaveAttribute('data-name', 'Alice');

  // Bob renames himself with a click on his own avatar: the others see the new name.
  await bob.presence.self().click();
  await bob.map.page.getByTestId('name-input').fill('Robert');
  await bob.map.page.getByTestId('name-save').click();
  await expect(alice.presence.avatarOf('Robert')).toBeVisible();

  // Carol closes her browser: she is gone from the others' bars within seconds.
  await carol.context.close();
  await expect(alice.presence.avatars()).toHaveCount(2, { timeout: 5_000 });
  await expect(bob.presence.avatars()).toHaveCount(2, { timeout: 5_000 });

  // The name is remembered: a reload asks nothing and keeps it.
  await alice.map.page.reload();
  await alice.map.expectLive();
  await expect(alice.presence.self()).toHaveAttribute('data-name', 'Alice');
  await expect(alice.map.page.getByTestId('name-prompt')).toHaveCount(0);
});

test('clicking an avatar follows that view until the follower moves', async ({ browser, waymark }) => {
  const mapId = await waymark.importMap(automotive);
  const leader = await join(browser, waymark, mapId);
  await leader.presence.giveName('Lea');
  const follower = await join(browser, waymark, mapId);
  await follower.presence.giveName('Finn');

  await follower.presence.avatarOf('Lea').click();
  await expect(follower.map.page.getByTestId('follow-banner')).toContainText('Lea');
  const before = await follower.presence.viewport();
  await leader.presence.wheel(-400);
  await expect.poll(async () => sameViewport(await follower.presence.viewport(), await leader.presence.viewport())).toBe(true);
  expect(sameViewport(await follower.presence.viewport(), before)).toBe(false);

  // The follower zooms on their own: following ends; the leader's moves no longer pull them along.
  await follower.presence.wheel(300);
  await expect(follower.map.page.getByTestId('follow-banner')).toHaveCount(0);
  const own = await follower.presence.viewport();
  await leader.presence.wheel(-300);
  await leader.map.page.waitForTimeout(400);
  expect(sameViewport(await follower.presence.viewport(), own)).toBe(true);
});

test('an editor brings everyone to their view; a viewer cannot', async ({ browser, waymark }) => {
  const mapId = await waymark.importMap(automotive);
  const editorLink = await waymark.share(mapId, { role: 'editor' });
  const viewerLink = await waymark.share(mapId, { role: 'viewer' });
  const editor = await join(browser, waymark, mapId, editorLink.token);
  await editor.presence.giveName('Eddie');
  const viewer = await join(browser, waymark, mapId, viewerLink.token);
  await viewer.presence.giveName('Vera');
  const owner = await join(browser, waymark, mapId);
  await owner.presence.giveName('Olga');

  await expect(viewer.map.page.getByTestId('summon-everyone')).toHaveCount(0);
  await expect(viewer.presence.avatars()).toHaveCount(3);
  await editor.presence.wheel(-500);
  await editor.map.page.getByTestId('summon-everyone').click();
  for (const other of [viewer, owner]) {
    await expect(other.map.page.getByTestId('follow-banner')).toContainText('Eddie');
    await expect.poll(async () => sameViewport(await other.presence.viewport(), await editor.presence.viewport())).toBe(true);
  }
  // Viewers are followed like anyone else: the owner follows the viewer now.
  await owner.presence.avatarOf('Vera').click();
  await expect(owner.map.page.getByTestId('follow-banner')).toContainText('Vera');
});

test('presentation mode steps through the phases, and followers move with the presenter', async ({ browser, waymark }) => {
  const mapId = await waymark.importMap(automotive);
  const presenter = await join(browser, waymark, mapId);
  await presenter.presence.giveName('Paula');
  const audience = await join(browser, waymark, mapId);
  await audience.presence.giveName('Anton');

  const page = presenter.map.page;
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 400 } });
  await page.keyboard.press('p');
  const hud = page.getByTestId('presentation-hud');
  await expect(hud).toBeVisible();
  await expect(page.getByTestId('map-title')).toHaveCount(0);
  await expect(page.locator('.toolbar-panel')).toHaveCount(0);
  await expect(hud).toHaveAttribute('data-step', '-1');

  // The audience is offered to follow, and does.
  await audience.map.page.getByTestId('follow-presenter').click();
  await expect(audience.map.page.getByTestId('follow-banner')).toContainText('Paula');

  const seen: { x: number; zoom: number }[] = [];
  for (let phase = 0; phase < 3; phase++) {
    const before = await presenter.presence.viewport();
    await page.keyboard.press('ArrowRight');
    await expect(hud).toHaveAttribute('data-step', String(phase));
    await expect(page.getByTestId('presentation-step')).toContainText(automotive.phases[phase]!.name);
    // Each phase is fitted: the view moves right along the board.
    await expect.poll(async () => (await presenter.presence.viewport()).x).not.toBe(before.x);
    const view = await presenter.presence.settledViewport();
    if (seen.length > 0) expect(view.x).toBeLessThan(seen.at(-1)!.x);
    seen.push(view);
    // The follower's screen is smaller (the presenter's is full screen): the same part of the map,
    // centred. Both centres are read each time: on a loaded machine the presenter's animated fit
    // can hold still for the 200 ms of settledViewport and move on after it.
    await expect
      .poll(async () => {
        const [centre, theirs] = await Promise.all([presenter.presence.visibleCenter(), audience.presence.visibleCenter()]);
        return Math.hypot(theirs.x - centre.x, theirs.y - centre.y);
      })
      .toBeLessThan(3);
  }
  await page.keyboard.press('ArrowLeft');
  await expect(hud).toHaveAttribute('data-step', '1');

  // A click on a touchpoint spotlights it, on the followers' screens too; Escape clears it, then leaves.
  const card = presenter.map.card(automotive.touchpoints.find((tp) => tp.phaseId === automotive.phases[1]!.id)!.id);
  await card.click();
  await expect(page.getByTestId('spotlight')).toBeVisible();
  await expect(audience.map.page.getByTestId('spotlight')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('spotlight')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(hud).toHaveCount(0);
  await expect(page.getByTestId('map-title')).toBeVisible();
});
