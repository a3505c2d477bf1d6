import automotive from '../shared/src/templates/automotive.json' with { type: 'json' };
import { DEFAULT_LANES } from '../shared/src/index.js';
import { expect, test } from './fixtures.js';
import { MapPage } from './pages/MapPage.js';

const website = automotive.touchpoints[0]!;
const configurator = automotive.touchpoints[1]!;
/** The demo map with a pain point and an idea (no vote may go on the idea). */
const workshopMap = {
  ...automotive,
  lanes: DEFAULT_LANES.map((lane) => ({ ...lane })),
  cards: [
    { id: 'pain-slow', laneId: 'lane-pain-points', phaseId: automotive.phases[0]!.id, text: 'Slow dealer replies' },
    { id: 'idea-chat', laneId: 'lane-opportunities', phaseId: automotive.phases[0]!.id, text: 'Live chat' },
  ],
};

test.describe('facilitator tools', () => {
  test('a vote started by one is cast by two others and revealed with the right counts; the timer is seen by all', async ({ browser, waymark }) => {
    const mapId = await waymark.importMap(workshopMap);
    const viewer = await waymark.share(mapId, { role: 'viewer' });
    const editor = await waymark.share(mapId, { role: 'editor' });
    const facilitator = new MapPage(await (await browser.newContext()).newPage());
    const ada = new MapPage(await (await browser.newContext()).newPage());
    const bo = new MapPage(await (await browser.newContext()).newPage());
    await facilitator.open(waymark, mapId);
    await ada.open(waymark, mapId, viewer.token);
    await bo.open(waymark, mapId, editor.token);
    // Viewers take part but do not run the session.
    await expect(ada.page.getByTestId('open-facilitate')).toHaveCount(0);

    // The timer: five minutes, on every screen.
    await facilitator.page.getByTestId('open-facilitate').click();
    await facilitator.page.getByTestId('timer-preset-5').click();
    for (const p of [facilitator, ada, bo]) {
      await expect(p.page.getByTestId('session-timer')).toBeVisible();
      await expect(p.page.getByTestId('session-timer')).toHaveAttribute('data-remaining', /^(29\d|300)$/);
    }

    // The vote: 3 dots each on touchpoints and pain points.
    await facilitator.page.keyboard.press('f');
    await facilitator.page.getByTestId('start-vote').click();
    await facilitator.page.getByTestId('vote-dots').fill('3');
    await facilitator.page.getByTestId('start-vote-confirm').click();
    for (const p of [facilitator, ada, bo]) await expect(p.page.getByTestId('vote-bar')).toHaveAttribute('data-status', 'open');
    await expect(ada.page.getByTestId('dots-left')).toHaveAttribute('data-left', '3');

    const dotOn = (p: MapPage, id: string) => p.page.locator(`[data-testid="vote-target"][data-target-id="${id}"] [data-testid="vote-add"]`);
    // Ideas are no target of this vote.
    await expect(ada.page.locator('[data-testid="vote-target"][data-target-id="idea-chat"]')).toHaveCount(0);
    // Ada: two dots on the website, one on the pain point.
    await dotOn(ada, website.id).click();
    await dotOn(ada, website.id).click();
    await dotOn(ada, 'pain-slow').click();
    await expect(ada.page.getByTestId('dots-left')).toHaveAttribute('data-left', '0');
    // A fourth dot is refused.
    await dotOn(ada, configurator.id).click({ force: true });
    await expect(ada.page.locator(`[data-testid="vote-target"][data-target-id="${configurator.id}"]`)).toHaveAttribute('data-my-dots', '0');
    // Bo: one on the configurator, one on the website, then takes the configurator's back.
    await dotOn(bo, configurator.id).click();
    await dotOn(bo, website.id).click();
    await bo.page.locator(`[data-testid="vote-target"][data-target-id="${configurator.id}"] [data-testid="my-dot"]`).click();
    await expect(bo.page.getByTestId('dots-left')).toHaveAttribute('data-left', '2');

    // Everyone sees how many voted, nobody sees counts yet.
    await expect(facilitator.page.getByTestId('vote-progress')).toHaveAttribute('data-voters', '2');
    await expect(facilitator.page.getByTestId('vote-progress')).toContainText('2 of 3');
    await expect(bo.page.getByTestId('vote-count')).toHaveCount(0);
    // Ada's dots are her own: Bo does not see them.
    await expect(bo.page.locator(`[data-testid="vote-target"][data-target-id="pain-slow"]`)).toHaveAttribute('data-my-dots', '0');

    // Reveal: counts on the cards and a ranking, for everyone.
    await facilitator.page.getByTestId('reveal-vote').click();
    for (const p of [facilitator, ada, bo]) {
      await expect(p.page.getByTestId('vote-bar')).toHaveAttribute('data-status', 'revealed');
      await expect(p.card(website.id).getByTestId('vote-count')).toHaveAttribute('data-count', '3');
      await expect(p.page.locator('.react-flow__node').filter({ has: p.page.locator('[data-card-id="pain-slow"]') }).getByTestId('vote-count')).toHaveAttribute('data-count', '1');
      await expect(p.card(configurator.id).getByTestId('vote-count')).toHaveCount(0);
      const ranking = p.page.getByTestId('ranking-entry');
      await expect(ranking).toHaveCount(2);
      await expect(ranking.first()).toHaveAttribute('data-target-id', website.id);
      await expect(ranking.first()).toHaveAttribute('data-count', '3');
    }

    // Ending clears the vote everywhere; stopping the timer too.
    await facilitator.page.getByTestId('end-vote').click();
    for (const p of [facilitator, ada, bo]) await expect(p.page.getByTestId('vote-bar')).toHaveCount(0);
    await facilitator.page.getByTestId('open-facilitate').click();
    await facilitator.page.getByTestId('timer-stop').click();
    for (const p of [facilitator, ada, bo]) await expect(p.page.getByTestId('session-timer')).toHaveCount(0);
  });

  test('the timer counts down to its end signal on every screen', async ({ browser, waymark }) => {
    const mapId = await waymark.importMap(workshopMap);
    const facilitator = new MapPage(await (await browser.newContext()).newPage());
    const other = new MapPage(await (await browser.newContext()).newPage());
    await facilitator.open(waymark, mapId);
    await other.open(waymark, mapId);
    await facilitator.page.getByTestId('open-facilitate').click();
    await facilitator.page.getByTestId('timer-custom').fill('0.25');
    await facilitator.page.getByTestId('timer-custom-start').click();
    for (const p of [facilitator, other]) {
      await expect(p.page.getByTestId('session-timer')).toHaveAttribute('data-remaining', /^([1-9]|1[0-5])$/);
    }
    for (const p of [facilitator, other]) {
      await expect(p.page.getByTestId('timer-over')).toBeVisible({ timeout: 20_000 });
      await expect(p.page.getByTestId('session-timer')).toHaveClass(/is-flashing/);
    }
  });

  test('a lock makes another participant read-only and their edit does not land', async ({ browser, waymark }) => {
    const mapId = await waymark.importMap(workshopMap);
    const editor = await waymark.share(mapId, { role: 'editor' });
    const presenter = new MapPage(await (await browser.newContext()).newPage());
    const other = new MapPage(await (await browser.newContext()).newPage());
    await presenter.open(waymark, mapId, editor.token);
    await other.open(waymark, mapId, editor.token);

    await presenter.page.getByTestId('open-facilitate').click();
    await presenter.page.getByTestId('lock-map').click();
    await expect(presenter.page.getByTestId('lock-banner')).toHaveAttribute('data-presenting', 'true');
    await expect(other.page.getByTestId('lock-banner')).toHaveAttribute('data-presenting', 'false');
    // Read-only: no title field, no inspector fields to type in.
    await expect(other.page.locator('h1[data-testid="map-title"]')).toBeVisible();
    await other.select(website.id);
    await expect(other.field('title')).toBeDisabled();
    // Deleting the selected card from the keyboard does nothing, here or for the presenter.
    await other.card(website.id).focus();
    await other.page.keyboard.press('Delete');
    await expect(other.card(website.id)).toBeVisible();
    await expect(presenter.card(website.id)).toBeVisible();

    // An edit that still reaches the server (a stray update) is dropped: check over the API.
    const before = ((await (await waymark.fetch(`/api/maps/${mapId}`)).json()) as typeof automotive).touchpoints[0]!.title;
    const rename = await other.page.evaluate(
      async ({ mapId: id, token }) => (await fetch(`/api/maps/${id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify({ title: 'Hijacked' }) })).status,
      { mapId, token: editor.token },
    );
    expect(rename).toBe(423);

    // The presenter still edits, and everyone sees it.
    await presenter.select(website.id);
    await presenter.field('title').fill('Presented live');
    await expect(other.cardTitle(website.id)).toHaveText('Presented live');
    expect(before).not.toBe('Presented live');

    // Unlocked: the other participant edits again.
    await presenter.page.getByTestId('open-facilitate').click();
    await presenter.page.getByTestId('unlock-map').click();
    await expect(other.page.getByTestId('lock-banner')).toHaveCount(0);
    await expect(other.page.locator('input[data-testid="map-title"]')).toBeVisible();
  });
});
