import type { Page } from '@playwright/test';
import automotive from '../shared/src/templates/automotive.json' with { type: 'json' };
import { expect, test, type Waymark } from './fixtures.js';
import { MapPage } from './pages/MapPage.js';

/**
 * The customer barometer of 2025 and 2026 as Excel writes it in German: UTF-8 with BOM, `;`,
 * decimal commas, a thousands separator, German headers. The delivery status (a moment of
 * truth) was not asked in 2026, the invoice fell by 11.5 points, and one key is on no card.
 */
const BAROMETER = [
  'Kontaktpunkt;Zeitraum;CSI;Stichprobe',
  ...[
    ['web.homepage', '74,5', '79,2'],
    ['web.configurator', '81', '84,5'],
    ['social.reviews', '66', '63,5'],
    ['web.appointment_booking', '72', '75'],
    ['email.appointment_confirmation', '88', '89,5'],
    ['store.reception', '61', '68'],
    ['store.sales_consultation', '71', '66,5'],
    ['store.trade_in', '58', '55'],
    ['store.test_drive', '86', '88'],
    ['phone.test_drive_follow_up', '52', '61'],
    ['email.offer_financing', '63', '58'],
    ['store.contract_signing', '79', '81'],
    ['store.handover', '91', '92,5'],
    ['app.service_booking', '69', '73'],
    ['letter.service_invoice', '64', '52,5'],
    ['email.customer_barometer', '77', '78'],
  ].flatMap(([key, csi2025, csi2026]) => [`${key};2025;${csi2025};1.350`, `${key};2026;${csi2026};1.412`]),
  'phone.delivery_status;2025;49;70',
  'web.chatbot;2026;57;40',
].join('\r\n');
const CSV = `\uFEFF${BAROMETER}\r\n`;

async function postMeasurements(waymark: Waymark, mapId: string): Promise<void> {
  const response = await waymark.fetch(`/api/maps/${mapId}/measurements`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv; charset=utf-8' },
    body: CSV,
  });
  expect(response.ok).toBe(true);
}

/** Drags a file from the desktop onto the map and lets go, as a browser reports it. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: 'text/csv' }));
      return transfer;
    },
    [name, text] as const,
  );
  await page.dispatchEvent('.react-flow__pane', 'dragenter', { dataTransfer });
  await page.dispatchEvent('.react-flow__pane', 'dragover', { dataTransfer });
  await expect(page.getByTestId('file-drop-overlay')).toBeVisible();
  await page.dispatchEvent('.react-flow__pane', 'drop', { dataTransfer });
  await expect(page.getByTestId('file-drop-overlay')).toHaveCount(0);
}

function cardCsi(map: MapPage, touchpointId: string) {
  return map.card(touchpointId).getByTestId('card-csi');
}

function marker(map: MapPage, touchpointId: string, kind: string) {
  return map.card(touchpointId).locator(`[data-testid="white-spot"][data-kind="${kind}"]`);
}

test('a barometer export dropped on the map colours the cards and marks the white spots, live', async ({ page, waymark }) => {
  const mapId = await waymark.importMap(automotive);
  const map = new MapPage(page);
  await map.open(waymark, mapId);
  const toggle = page.getByTestId('csi-overlay-toggle');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  // Nothing measured yet: the white spots of the journey itself are counted already.
  await expect(page.getByTestId('white-spot-count')).toHaveAttribute('data-count', /^[1-9]\d*$/);
  await expect(page.getByTestId('white-spots-no-measurements')).toBeVisible();
  await expect(page.getByTestId('card-csi')).toHaveCount(0);

  // The file dropped anywhere on the map opens the import with it; the import turns the overlay on.
  await dropFile(page, 'Kundenbarometer 2025-2026.csv', CSV);
  const dialog = page.getByTestId('measurement-import');
  await expect(dialog).toHaveAttribute('data-step', 'preview');
  await expect(dialog.getByTestId('import-file-name')).toContainText('Kundenbarometer 2025-2026.csv');
  await dialog.getByTestId('import-submit').click();
  await expect(dialog).toHaveAttribute('data-step', 'done');
  await dialog.getByTestId('import-done').click();
  await expect(dialog).toHaveCount(0);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  // Latest period against the one before, as the API defaults them.
  await expect(page.getByTestId('overlay-period')).toHaveValue('2026');
  await expect(page.getByTestId('overlay-baseline')).toHaveValue('2025');
  await expect(page.getByTestId('csi-legend')).toBeVisible();

  // Each card shows its CSI and the change; different CSI, different colour.
  await expect(cardCsi(map, 'tp-homepage')).toHaveAttribute('data-csi', '79.2');
  await expect(cardCsi(map, 'tp-homepage')).toHaveAttribute('data-delta', '4.7');
  await expect(cardCsi(map, 'tp-homepage')).toContainText('▲');
  await expect(cardCsi(map, 'tp-service-invoice')).toHaveAttribute('data-delta', '-11.5');
  await expect(cardCsi(map, 'tp-service-invoice')).toContainText('▼');
  const low = await cardCsi(map, 'tp-trade-in').getAttribute('data-color');
  const high = await cardCsi(map, 'tp-handover').getAttribute('data-color');
  expect(low).toMatch(/^#[0-9a-f]{6}$/);
  expect(high).not.toBe(low);
  const background = (id: string) => map.card(id).getByTestId('touchpoint-card').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await background('tp-trade-in')).not.toBe(await background('tp-handover'));

  // White spots on the right cards: a decline, and a moment of truth nobody asked about in 2026.
  await expect(marker(map, 'tp-service-invoice', 'declining')).toHaveAttribute('data-severity', 'high');
  await expect(cardCsi(map, 'tp-delivery-wait')).toHaveAttribute('data-no-data', 'true');
  await expect(marker(map, 'tp-delivery-wait', 'moment-of-truth-at-risk')).toHaveAttribute('data-severity', 'high');
  await expect(marker(map, 'tp-delivery-wait', 'unmeasured')).toBeVisible();
  await expect(marker(map, 'tp-homepage', 'declining')).toHaveCount(0);

  // Edits change the white spots at once: importance up on a card below the target…
  await expect(marker(map, 'tp-reviews', 'underperforming')).toHaveCount(0);
  await map.select('tp-reviews');
  await map.field('importance').selectOption('5');
  await expect(marker(map, 'tp-reviews', 'underperforming')).toHaveAttribute('data-severity', 'high');
  // …and a phase whose touchpoints are deleted is an empty phase.
  const testDrive = page.locator('[data-testid="phase-header"][data-phase-id="ph-test-drive"]');
  await expect(testDrive.getByTestId('white-spot')).toHaveCount(0);
  for (const id of ['tp-test-drive', 'tp-test-drive-follow-up']) {
    await map.select(id);
    await page.getByTestId('delete-touchpoint').click();
    await expect(map.card(id)).toHaveCount(0);
  }
  await expect(testDrive.locator('[data-testid="white-spot"][data-kind="empty-phase"]')).toBeVisible();

  // Another period: 2025 has nothing before it, so there is no delta.
  await page.getByTestId('overlay-period').selectOption('2025');
  await expect(cardCsi(map, 'tp-homepage')).toHaveAttribute('data-csi', '74.5');
  await expect(cardCsi(map, 'tp-homepage')).toHaveAttribute('data-delta', '');
  await expect(page.getByTestId('overlay-baseline')).toHaveValue('');

  // Off again: the poster without numbers, the count stays on the toggle.
  await toggle.click();
  await expect(page.getByTestId('card-csi')).toHaveCount(0);
  await expect(page.locator('.react-flow__node [data-testid="white-spot"]')).toHaveCount(0);
  await expect(page.getByTestId('white-spot-count')).toBeVisible();
});

test('the white-spot panel and the priority matrix bring touchpoints into view', async ({ page, waymark }) => {
  const mapId = await waymark.importMap(automotive);
  await postMeasurements(waymark, mapId);
  const map = new MapPage(page);
  await map.open(waymark, mapId);
  await page.getByTestId('csi-overlay-toggle').click();

  // Most severe first, in the reader's language.
  const panel = page.getByTestId('white-spot-panel');
  const items = panel.getByTestId('white-spot-item');
  await expect(items.first()).toHaveAttribute('data-severity', 'high');
  await map.setLanguage('de');
  const invoiceDecline = panel.locator('[data-testid="white-spot-item"][data-kind="declining"][data-touchpoint-id="tp-service-invoice"]');
  await expect(invoiceDecline).toContainText('ist um 11,5 Punkte gefallen (von 64 auf 52,5)');
  await map.setLanguage('en');

  // The invoice is far right, cut off at the first zoom: a click on its white spot shows it whole.
  const invoice = map.card('tp-service-invoice');
  await expect(invoice).not.toBeInViewport({ ratio: 1 });
  await invoiceDecline.click();
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-touchpoint-id', 'tp-service-invoice');
  await expect(invoice).toBeInViewport({ ratio: 1 });
  const csi = page.getByTestId('inspector-csi');
  await expect(csi).toHaveAttribute('data-csi', '52.5');
  await expect(csi).toHaveAttribute('data-baseline', '64');
  await expect(csi.getByTestId('csi-trend')).toHaveAttribute('data-points', '2');

  // The control step: the invoice measure shows the invoice before and after.
  const effect = map.measure('me-invoice-insert').getByTestId('measure-effect-item');
  await expect(effect).toHaveAttribute('data-touchpoint-id', 'tp-service-invoice');
  await expect(effect).toContainText('64');
  await expect(effect).toContainText('52.5');
  await expect(effect).toContainText('▼');

  // The less severe ones come with "show all"; a key on no card has nothing to show on the map.
  await panel.getByTestId('white-spots-more').click();
  const unmapped = panel.locator('[data-testid="white-spot-item"][data-kind="unmapped-measurement"]');
  await expect(unmapped).toContainText('web.chatbot');
  await expect(unmapped.getByRole('button')).toHaveCount(0);

  // The priority matrix: a click on a point selects its touchpoint on the map.
  await page.getByTestId('open-matrix').click();
  const matrix = page.getByTestId('matrix-dialog');
  await expect(matrix.getByTestId('priority-matrix')).toBeVisible();
  await matrix.locator('[data-testid="matrix-point"][data-touchpoint-id="tp-trade-in"]').click();
  await expect(matrix).toHaveCount(0);
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-touchpoint-id', 'tp-trade-in');
  await expect(map.card('tp-trade-in')).toBeInViewport({ ratio: 1 });

  // And the report is one click away, for the same comparison.
  await expect(page.getByTestId('open-report')).toHaveAttribute('href', `/maps/${mapId}/report`);
});

test('a second browser sees the measurements as soon as the first has imported them', async ({ browser, waymark }) => {
  const mapId = await waymark.importMap(automotive);
  const alice = new MapPage(await (await browser.newContext()).newPage());
  const bob = new MapPage(await (await browser.newContext()).newPage());
  await alice.open(waymark, mapId);
  await bob.open(waymark, mapId);

  await bob.page.getByTestId('csi-overlay-toggle').click();
  await expect(cardCsi(bob, 'tp-homepage')).toHaveAttribute('data-no-data', 'true');
  await expect(bob.page.getByTestId('white-spots-no-measurements')).toBeVisible();

  // A imports with the button in the toolbar and the file chooser.
  await alice.page.getByTestId('import-measurements').click();
  const dialog = alice.page.getByTestId('measurement-import');
  await dialog.getByTestId('import-measurements-file').setInputFiles({
    name: 'barometer.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(CSV, 'utf8'),
  });
  await dialog.getByTestId('import-submit').click();
  await expect(dialog).toHaveAttribute('data-step', 'done');

  // B's map changes without a reload: the revision in the shared document told it to fetch.
  await expect(cardCsi(bob, 'tp-homepage')).toHaveAttribute('data-csi', '79.2');
  await expect(cardCsi(bob, 'tp-homepage')).toHaveAttribute('data-delta', '4.7');
  await expect(bob.page.getByTestId('white-spots-no-measurements')).toHaveCount(0);
  await expect(bob.page.getByTestId('overlay-period')).toHaveValue('2026');
});
