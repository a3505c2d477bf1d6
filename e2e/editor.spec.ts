import type { Page } from '@playwright/test';
import { DEFAULT_LANES, type MapDocument } from '../shared/src/index.js';
import { expect, test, type Waymark } from './fixtures.js';
import { MapPage } from './pages/MapPage.js';
import { touchpoint } from './testMaps.js';


/** A small map that fits the screen at a readable zoom: three phases, four touchpoints, one card. */
const small: MapDocument = {
  format: 'waymark.map',
  version: 1,
  title: 'Editor test',
  personas: [{ id: 'pe-eva', name: 'Eva', color: '#0072B2' }],
  phases: [
    { id: 'ph-find', name: 'Find' },
    { id: 'ph-buy', name: 'Buy' },
    { id: 'ph-use', name: 'Use' },
  ],
  touchpoints: [
    touchpoint('tp-search', 'ph-find', 'Search the web', { emotions: { 'pe-eva': 1 } }),
    touchpoint('tp-ad', 'ph-find', 'Newspaper ad', { channel: 'letter' }),
    touchpoint('tp-shop', 'ph-buy', 'Visit the shop', { channel: 'store', momentOfTruth: true, emotions: { 'pe-eva': 0 } }),
    touchpoint('tp-hotline', 'ph-use', 'Call the hotline', { channel: 'phone', emotions: { 'pe-eva': -2 } }),
  ],
  measures: [{ id: 'me-callback', title: 'Call back within a day', touchpointIds: ['tp-hotline'], status: 'in-progress' }],
  lanes: DEFAULT_LANES.map((lane) => ({ ...lane })),
  cards: [{ id: 'card-idea', laneId: 'lane-actions', phaseId: 'ph-find', text: 'Compares prices' }],
};

async function openSmallMap(page: Page, waymark: Waymark) {
  const mapId = await waymark.importMap(small);
  const map = new MapPage(page);
  await map.open(waymark, mapId);
  await expect(map.touchpointCards()).toHaveCount(small.touchpoints.length);
  return { map, mapId };
}

test('a card is added in a lane, typed, and dragged to another phase and lane', async ({ page, waymark }) => {
  const { map, mapId } = await openSmallMap(page, waymark);

  // The "+" of an empty cell adds a card and opens it for typing; Enter leaves.
  await page.locator('[data-testid="add-card"][data-lane-id="lane-actions"][data-phase-id="ph-buy"]').click();
  const input = page.getByTestId('lane-card-input');
  await expect(input).toBeFocused();
  await input.pressSequentially('Asks a friend');
  await input.press('Enter');
  const added = map.laneCardsIn('lane-actions', 'ph-buy');
  await expect(added).toHaveText('Asks a friend');
  await expect(input).toHaveCount(0);

  // Dragged onto the pain points of "Use": the target cell lights up, and the card snaps into it.
  const target = map.laneCell('lane-pain-points', 'ph-use');
  const from = (await added.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 30, from.y + from.height / 2 + 30, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
  await expect(page.getByTestId('drop-cell')).toBeVisible();
  await page.mouse.up();
  await expect(map.laneCardsIn('lane-pain-points', 'ph-use')).toHaveText('Asks a friend');
  await expect(map.laneCardsIn('lane-actions', 'ph-buy')).toHaveCount(0);
  await expect(page.getByTestId('drop-cell')).toHaveCount(0);
  await expect
    .poll(async () => (await map.stored<MapDocument>(waymark, mapId)).cards?.find((c) => c.text === 'Asks a friend'))
    .toMatchObject({ laneId: 'lane-pain-points', phaseId: 'ph-use' });

  // Enter opens a selected card for editing, Escape leaves it.
  await map.laneCardsIn('lane-pain-points', 'ph-use').click();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lane-card-input')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('lane-card-input')).toHaveCount(0);

  // Double-click into an empty spot of a card lane adds a card there too.
  const opportunities = (await map.laneCell('lane-opportunities', 'ph-find').boundingBox())!;
  await page.mouse.dblclick(opportunities.x + opportunities.width / 2, opportunities.y + 8);
  await page.getByTestId('lane-card-input').pressSequentially('Price alert');
  await page.keyboard.press('Escape');
  await expect(map.laneCardsIn('lane-opportunities', 'ph-find')).toHaveText('Price alert');
});

test('an emotion point is dragged to a new value, previewed live, and undone', async ({ page, waymark }) => {
  const { map, mapId } = await openSmallMap(page, waymark);
  await expect(map.emotionPoint('pe-eva', 'tp-hotline')).toHaveAttribute('data-dip', 'true');
  const point = map.emotionPoint('pe-eva', 'tp-shop');
  await expect(point).toHaveAttribute('data-value', '0');

  const box = (await point.locator('.emotion-point__dot').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y - 300, { steps: 8 });
  // While dragging the value shows, snapped to a whole step; nothing is stored yet.
  await expect(page.getByTestId('emotion-drag-label')).toContainText('+2');
  await page.mouse.up();
  await expect(point).toHaveAttribute('data-value', '2');
  await expect
    .poll(async () => (await map.stored<MapDocument>(waymark, mapId)).touchpoints.find((t) => t.id === 'tp-shop')!.emotions)
    .toEqual({ 'pe-eva': 2 });

  // One drag, one undo step: Ctrl+Z on the canvas brings the old value back.
  await page.keyboard.press('Control+z');
  await expect(point).toHaveAttribute('data-value', '0');

  // The legend hides and shows a persona's curve (this browser only).
  await page.getByTestId('toggle-persona-curve').click();
  await expect(map.curve('pe-eva')).toHaveCount(0);
  await page.getByTestId('toggle-persona-curve').click();
  await expect(map.curve('pe-eva')).toHaveCount(1);
});

test('filters fade what is not a moment of truth or not on a chosen channel; lanes show channels, expectations, measures; ? lists the shortcuts', async ({ page, waymark }) => {
  const { map } = await openSmallMap(page, waymark);
  const dimmed = (id: string) => map.card(id).getByTestId('touchpoint-card');

  await page.getByTestId('filter-moments-of-truth').click();
  await expect(dimmed('tp-shop')).toHaveAttribute('data-dimmed', 'false');
  await expect(dimmed('tp-search')).toHaveAttribute('data-dimmed', 'true');
  await expect(dimmed('tp-hotline')).toHaveAttribute('data-dimmed', 'true');
  await page.getByTestId('filter-moments-of-truth').click();
  await expect(dimmed('tp-search')).toHaveAttribute('data-dimmed', 'false');

  await page.getByTestId('filter-channel-phone').click();
  await page.getByTestId('filter-channel-web').click();
  await expect(dimmed('tp-hotline')).toHaveAttribute('data-dimmed', 'false');
  await expect(dimmed('tp-search')).toHaveAttribute('data-dimmed', 'false');
  await expect(dimmed('tp-shop')).toHaveAttribute('data-dimmed', 'true');
  await page.getByTestId('clear-filters').click();
  await expect(dimmed('tp-shop')).toHaveAttribute('data-dimmed', 'false');

  await page.getByTestId('group-by-channel').click();
  await expect(page.locator('[data-testid="channel-group"][data-channel="letter"]')).toBeVisible();

  // The lanes show what belongs to the touchpoints: channels, expectations, measures.
  await expect(page.locator('[data-testid="channel-chip"][data-phase-id="ph-find"]')).toHaveCount(2);
  await expect(page.locator('[data-testid="lane-measure"][data-measure-id="me-callback"]')).toContainText('In progress');
  await page.locator('[data-testid="add-lane-expectation"][data-phase-id="ph-buy"]').click();
  await page.getByTestId('new-lane-expectation-category').selectOption('service-staff');
  await page.getByTestId('new-lane-expectation-text').fill('Someone has time for me');
  await page.getByTestId('new-lane-expectation-text').press('Enter');
  await expect(
    page.locator('[data-testid="lane-expectation"][data-touchpoint-id="tp-shop"][data-category="service-staff"]'),
  ).toContainText('Someone has time for me');

  await page.keyboard.press('?');
  const dialog = page.getByTestId('shortcuts-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Duplicate the selection');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('N adds a touchpoint in the selected phase for typing; Ctrl+D duplicates, Ctrl+C/V copies, Delete deletes', async ({
  page,
  waymark,
}) => {
  const { map, mapId } = await openSmallMap(page, waymark);

  await map.select('tp-shop');
  await page.keyboard.press('n');
  await expect(map.field('title')).toBeFocused();
  await page.keyboard.type('Pay at the till');
  await expect(map.touchpointCards()).toHaveCount(5);
  await expect
    .poll(async () => (await map.stored<MapDocument>(waymark, mapId)).touchpoints.find((t) => t.title === 'Pay at the till')?.phaseId)
    .toBe('ph-buy');

  // Shortcuts wait while a field has the focus; Escape leaves it, then they act on the canvas again.
  await map.select('tp-search');
  await page.keyboard.press('Control+d');
  await expect(map.touchpointCards()).toHaveCount(6);
  const inspector = page.getByTestId('inspector');
  await expect(inspector).not.toHaveAttribute('data-touchpoint-id', 'tp-search');
  await expect(map.field('title')).toHaveValue('Search the web');

  await map.select('tp-ad');
  await page.keyboard.press('Control+c');
  await map.select('tp-hotline');
  await page.keyboard.press('Control+v');
  await expect(map.touchpointCards()).toHaveCount(7);
  await expect
    .poll(async () =>
      (await map.stored<MapDocument>(waymark, mapId)).touchpoints.filter((t) => t.title === 'Newspaper ad').map((t) => t.phaseId),
    )
    .toEqual(['ph-find', 'ph-use']);

  // Arrow keys move the selection to the neighbouring phase and back.
  await map.select('tp-search');
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(async () => (await map.stored<MapDocument>(waymark, mapId)).touchpoints.find((t) => t.id === 'tp-search')!.phaseId)
    .toBe('ph-buy');
  await page.keyboard.press('ArrowLeft');
  await expect
    .poll(async () => (await map.stored<MapDocument>(waymark, mapId)).touchpoints.find((t) => t.id === 'tp-search')!.phaseId)
    .toBe('ph-find');

  await map.select('tp-ad');
  await page.keyboard.press('Delete');
  await expect(map.card('tp-ad')).toHaveCount(0);
  await expect(map.touchpointCards()).toHaveCount(6);
  await page.keyboard.press('Control+z');
  await expect(map.card('tp-ad')).toHaveCount(1);
});

test('shift-click and a selection box select several items, which Delete removes together', async ({ page, waymark }) => {
  const { map } = await openSmallMap(page, waymark);

  await map.card('tp-hotline').click();
  await map.laneCard('card-idea').click({ modifiers: ['Shift'] });
  const panel = page.getByTestId('selection-panel');
  await expect(panel).toHaveAttribute('data-count', '2');
  await page.keyboard.press('Delete');
  await expect(map.card('tp-hotline')).toHaveCount(0);
  await expect(map.laneCard('card-idea')).toHaveCount(0);

  // Select mode: dragging on the background draws a box; both cards of "Find" are inside it.
  await page.getByTestId('select-mode').click();
  const cell = (await map.laneCell('lane-touchpoints', 'ph-find').boundingBox())!;
  await page.mouse.move(cell.x + 3, cell.y + 3);
  await page.mouse.down();
  await page.mouse.move(cell.x + cell.width / 2, cell.y + cell.height / 2, { steps: 4 });
  await page.mouse.move(cell.x + cell.width - 3, cell.y + cell.height - 3, { steps: 4 });
  await page.mouse.up();
  await expect(panel).toHaveAttribute('data-count', '2');
  await page.keyboard.press('Backspace');
  await expect(map.card('tp-search')).toHaveCount(0);
  await expect(map.card('tp-ad')).toHaveCount(0);
  await expect(map.touchpointCards()).toHaveCount(1);
});

test('phases reorder by dragging their header and resize at its edge; lanes hide, rename, move and go', async ({ page, waymark }) => {
  const { map, mapId } = await openSmallMap(page, waymark);
  const stored = () => map.stored<MapDocument>(waymark, mapId);
  const header = (phaseId: string) => page.locator(`[data-testid="phase-header"][data-phase-id="${phaseId}"]`);

  // "Find" dragged past the middle of "Buy": the insertion line shows, then the order changes.
  const find = (await header('ph-find').boundingBox())!;
  const buy = (await header('ph-buy').boundingBox())!;
  await page.mouse.move(find.x + find.width / 2, find.y + 20);
  await page.mouse.down();
  await page.mouse.move(find.x + find.width / 2 + 20, find.y + 20, { steps: 3 });
  await page.mouse.move(buy.x + buy.width * 0.8, find.y + 20, { steps: 8 });
  await expect(page.getByTestId('drop-phase')).toBeVisible();
  await page.mouse.up();
  await expect.poll(async () => (await stored()).phases.map((p) => p.id)).toEqual(['ph-buy', 'ph-find', 'ph-use']);

  // The right edge of a header changes the width; a double-click there resets it.
  const edge = header('ph-use').getByTestId('phase-resize');
  await map.drag(edge, { dx: 120, dy: 0 });
  await expect.poll(async () => (await stored()).phases.find((p) => p.id === 'ph-use')!.width ?? 0).toBeGreaterThan(300);
  await edge.dblclick();
  await expect.poll(async () => (await stored()).phases.find((p) => p.id === 'ph-use')!.width).toBeUndefined();

  // A lane header dragged to the top moves the lane there.
  const laneHeader = (kind: string) => page.locator(`[data-testid="lane-header"][data-lane-kind="${kind}"]`);
  const actions = (await laneHeader('actions').boundingBox())!;
  const opportunities = (await laneHeader('opportunities').boundingBox())!;
  await page.mouse.move(opportunities.x + 40, opportunities.y + 20);
  await page.mouse.down();
  await page.mouse.move(opportunities.x + 40, opportunities.y, { steps: 3 });
  await page.mouse.move(actions.x + 40, actions.y + 4, { steps: 10 });
  await expect(page.getByTestId('drop-lane')).toBeVisible();
  await page.mouse.up();
  await expect.poll(async () => (await stored()).lanes!.map((l) => l.kind)[0]).toBe('opportunities');

  // The lanes menu: hide a lane, rename one, delete a card lane after confirming.
  await page.getByTestId('lanes-button').click();
  const item = (kind: string) => page.locator(`[data-testid="lanes-menu-item"][data-lane-kind="${kind}"]`);
  await item('channels').getByTestId('lane-visible').uncheck();
  await expect(laneHeader('channels')).toHaveCount(0);
  await item('actions').getByTestId('lane-title-input').fill('What Eva does');
  await expect(laneHeader('actions').getByTestId('lane-name')).toHaveText('What Eva does');
  await item('pain-points').getByTestId('lanes-menu-delete').click();
  await page.getByTestId('confirm-delete-lane').click();
  await expect(laneHeader('pain-points')).toHaveCount(0);
  await page.getByTestId('lanes-button').click();
  await expect(page.getByTestId('lanes-popover')).toHaveCount(0);
});

test('a new phase opens its name for typing; names rename in place, and Escape puts the old name back', async ({ page, waymark }) => {
  const { map, mapId } = await openSmallMap(page, waymark);
  await map.fitView();
  await page.getByTestId('add-phase').click();
  const input = page.getByTestId('phase-name-input');
  await expect(input).toBeFocused();
  await input.fill('Recommend');
  await input.press('Enter');
  await expect(page.getByTestId('phase-name').last()).toHaveText('Recommend');
  await expect
    .poll(async () => (await map.stored<MapDocument>(waymark, mapId)).phases.map((p) => p.name))
    .toEqual(['Find', 'Buy', 'Use', 'Recommend']);

  // Double-click a phase name, type, and change one's mind with Escape.
  const find = page.locator('[data-testid="phase-header"][data-phase-id="ph-find"]').getByTestId('phase-name');
  await find.dblclick();
  await input.fill('Discover');
  await input.press('Escape');
  await expect(find).toHaveText('Find');

  // A lane name renames in place too.
  const actions = page.locator('[data-testid="lane-header"][data-lane-id="lane-actions"]');
  await actions.getByTestId('lane-name').dblclick();
  const laneInput = actions.getByTestId('lane-name-input');
  await laneInput.fill('Customer steps');
  await laneInput.press('Enter');
  await expect(actions.getByTestId('lane-name')).toHaveText('Customer steps');
});
