import automotive from '../shared/src/templates/automotive.json' with { type: 'json' };
import { expect, test } from './fixtures.js';
import { MapPage } from './pages/MapPage.js';

const homepage = automotive.touchpoints.find((tp) => tp.id === 'tp-homepage')!;
const configurator = automotive.touchpoints.find((tp) => tp.id === 'tp-configurator')!;
const testDrive = automotive.touchpoints.find((tp) => tp.id === 'tp-test-drive')!;
const invoiceInsert = automotive.measures.find((m) => m.id === 'me-invoice-insert')!;
const thomas = automotive.personas.find((p) => p.id === 'pe-thomas')!;

test('inspector fields show their problem right next to them while the value is still written', async ({ page, waymark }) => {
  const mapId = await waymark.importMap(automotive);
  const map = new MapPage(page);
  await map.open(waymark, mapId);
  await map.select(homepage.id);

  // Clearing the title: the message appears under it, is tied to the field, and the card follows.
  const title = map.field('title');
  await title.fill('');
  const error = map.fieldError('title');
  await expect(error).toHaveText('A touchpoint needs a title');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  const describedBy = await title.getAttribute('aria-describedby');
  expect(describedBy).toBeTruthy();
  await expect(page.locator(`[id="${describedBy}"]`)).toContainText('A touchpoint needs a title');
  await expect(map.cardTitle(homepage.id)).not.toHaveText(homepage.title);

  // Typing a title: the message goes away.
  await title.pressSequentially('Brand homepage');
  await expect(error).toHaveCount(0);
  await expect(title).toHaveAttribute('aria-invalid', 'false');
  await expect(map.cardTitle(homepage.id)).toHaveText('Brand homepage');

  // A metric key another touchpoint uses, and one with a space in it.
  const metricKey = map.field('metric-key');
  await metricKey.fill(configurator.metricKey);
  await expect(map.fieldError('metricKey')).toContainText(configurator.title);
  await metricKey.fill('web home');
  await expect(map.fieldError('metricKey')).toContainText('space');
  await metricKey.fill('web.home');
  await expect(map.fieldError('metricKey')).toHaveCount(0);
});

test('expectations are grouped by category and added inline per category', async ({ page, waymark }) => {
  const mapId = await waymark.importMap(automotive);
  const map = new MapPage(page);
  await map.open(waymark, mapId);
  await map.select(testDrive.id);

  const product = map.expectationGroup('product');
  const before = await product.getByTestId('expectation-item').count();
  await product.getByTestId('open-add-expectation').click();
  await product.getByTestId('new-expectation-text').fill('A car that is ready and clean');
  await product.getByTestId('new-expectation-text').press('Enter');
  await expect(product.getByTestId('expectation-item')).toHaveCount(before + 1);
  await expect(product.getByTestId('expectation-text').last()).toHaveValue('A car that is ready and clean');
});

test('a measure gets an owner, a due date, a status and a link, and a second browser sees them', async ({ browser, waymark }) => {
  const mapId = await waymark.importMap(automotive);
  const alice = new MapPage(await (await browser.newContext()).newPage());
  const bob = new MapPage(await (await browser.newContext()).newPage());
  await alice.open(waymark, mapId);
  await bob.open(waymark, mapId);

  const mine = alice.measure(invoiceInsert.id);
  const theirs = bob.measure(invoiceInsert.id);
  await mine.getByTestId('measure-owner').fill('Service team, J. Weber');
  await mine.getByTestId('measure-due-date').fill('2020-03-31');
  await mine.getByTestId('measure-status').selectOption('in-progress');

  await expect(theirs.getByTestId('measure-owner')).toHaveValue('Service team, J. Weber');
  await expect(theirs.getByTestId('measure-due-date')).toHaveValue('2020-03-31');
  await expect(theirs.getByTestId('measure-status')).toHaveValue('in-progress');
  // A past due date on unfinished work is marked overdue, until the measure is done.
  await expect(theirs.getByTestId('measure-overdue')).toBeVisible();
  await mine.getByTestId('measure-status').selectOption('done');
  await expect(theirs).toHaveAttribute('data-status', 'done');
  await expect(theirs.getByTestId('measure-overdue')).toHaveCount(0);

  // Link a touchpoint through the searchable picker.
  await mine.getByTestId('link-touchpoint').click();
  await mine.getByTestId('touchpoint-search').fill('test drive');
  await expect(mine.getByTestId('touchpoint-option').first()).toHaveAttribute('data-touchpoint-id', testDrive.id);
  await mine.getByTestId('touchpoint-search').press('Enter');
  await expect(theirs.locator(`[data-testid="linked-touchpoint"][data-touchpoint-id="${testDrive.id}"]`)).toBeVisible();

  // The filter "done" keeps only finished measures.
  await bob.measuresPanel().getByTestId('measure-filter-status').selectOption('done');
  const shown = bob.measuresPanel().getByTestId('measure-item');
  await expect(shown).toHaveCount(automotive.measures.filter((m) => m.status === 'done').length + 1);
  for (const status of await shown.evaluateAll((items) => items.map((item) => item.getAttribute('data-status')))) {
    expect(status).toBe('done');
  }
});

test('a persona is deleted after a confirmation that counts its emotions, and its curve disappears', async ({ page, waymark }) => {
  const mapId = await waymark.importMap(automotive);
  const map = new MapPage(page);
  await map.open(waymark, mapId);
  await expect(map.curve(thomas.id)).toHaveCount(1);

  const emotionCount = automotive.touchpoints.filter((tp) => thomas.id in tp.emotions).length;
  await map.persona(thomas.id).getByTestId('delete-persona').click();
  const dialog = page.getByTestId('delete-persona-dialog');
  await expect(dialog).toContainText(`${emotionCount} recorded emotion values`);

  // Cancel keeps it; confirm deletes it together with its curve.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(map.persona(thomas.id)).toHaveCount(1);
  await map.persona(thomas.id).getByTestId('delete-persona').click();
  await page.getByTestId('confirm-delete-persona').click();
  await expect(map.persona(thomas.id)).toHaveCount(0);
  await expect(map.curve(thomas.id)).toHaveCount(0);
  await expect(map.personasPanel().getByTestId('persona-item')).toHaveCount(automotive.personas.length - 1);

  // As the dialog promises, undo brings the persona back with its curve.
  await page.getByTestId('undo').click();
  await expect(map.persona(thomas.id)).toHaveCount(1);
  await expect(map.curve(thomas.id)).toHaveCount(1);
});

test('the panels speak German after switching the language', async ({ page, waymark }) => {
  const mapId = await waymark.importMap(automotive);
  const map = new MapPage(page);
  await map.open(waymark, mapId);
  await map.setLanguage('de');

  await expect(map.personasPanel().getByRole('heading', { level: 2 })).toHaveText(/Personas/);
  await expect(map.measuresPanel().getByRole('heading', { level: 2 })).toHaveText(/Maßnahmen/);
  await expect(map.measuresPanel().getByTestId('measure-sort')).toContainText('Wie angelegt');
  await expect(map.measure(invoiceInsert.id)).toContainText('Verantwortlich');
  await expect(map.measure(invoiceInsert.id)).toContainText('Fällig');

  const inspector = await map.select(homepage.id);
  await expect(inspector.getByText('Kennzahl-Schlüssel', { exact: true })).toBeVisible();
  await expect(map.expectationGroup('sales-staff').getByRole('heading')).toContainText('Verkaufspersonal');
  await map.field('title').fill('');
  await expect(map.fieldError('title')).toHaveText('Ein Touchpoint braucht einen Titel');
});
