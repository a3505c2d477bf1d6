/// <reference lib="dom" />
import automotive from '../shared/src/templates/automotive.json' with { type: 'json' };
import { computeInsights, parseMeasurementCsv, type MapDocument } from '../shared/src/index.js';
import { expect, test } from './fixtures.js';
import { ReportPage } from './pages/ReportPage.js';

const map = automotive as MapDocument;

/** CSI per metric key in 2025 and 2026 (null: not measured that year). */
const SURVEY: [string, number | null, number | null, number][] = [
  ['web.homepage', 76.5, 79.2, 1200],
  ['web.configurator', 71.4, 75.8, 950],
  ['store.reception', 75.5, 72.3, 310],
  ['store.sales_consultation', 73.2, 66.4, 298],
  ['store.test_drive', 85.1, null, 240],
  ['email.offer_financing', 63.5, 68.9, 205],
  ['phone.delivery_status', 52.7, 44.9, 188],
  ['store.handover', 91.3, 92.4, 176],
  ['letter.service_invoice', 59.4, 61.2, 1530],
  ['web.chatbot', null, 63.5, 90],
];

/** The survey as German Excel saves it: BOM, semicolons, decimal commas, thousands dots, CRLF. */
function germanCsv(): string {
  const de = (value: number) => String(value).replace('.', ',');
  const lines = ['Kontaktpunkt;Zeitraum;CSI;Stichprobe'];
  for (const period of ['2025', '2026'] as const) {
    for (const [key, csi2025, csi2026, n] of SURVEY) {
      const csi = period === '2025' ? csi2025 : csi2026;
      if (csi !== null) lines.push(`${key};${period};${de(csi)};${n.toLocaleString('de-DE')}`);
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

test('a German Excel export imported through the dialog fills the customer barometer', async ({ page, waymark }) => {
  // The worker, the charts and the PDF writer must all live within the app's Content-Security-Policy.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const mapId = await waymark.importMap(automotive);
  const report = new ReportPage(page);
  await report.open(waymark, mapId);
  await expect(page.getByTestId('report-empty')).toBeVisible();

  const csv = germanCsv();
  const rows = parseMeasurementCsv(csv).rows;
  await report.chooseFile('kundenbarometer.csv', csv);

  // The preview: separator, columns, periods, which keys match touchpoints and which do not.
  const preview = report.dialog.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  await expect(preview.getByTestId('import-format')).toHaveAttribute('data-delimiter', 'semicolon');
  await expect(preview.getByTestId('import-format')).toContainText('semicolon');
  await expect(preview.getByTestId('import-columns').locator('[data-column="csi"]')).toContainText('CSI');
  await expect(preview.getByTestId('import-periods')).toContainText('2025');
  await expect(preview.getByTestId('import-periods')).toContainText('2026');
  await expect(preview.getByTestId('import-matched-keys').locator('[data-key="store.handover"]')).toContainText('Handover of the new car');
  await expect(preview.getByTestId('import-unmatched-keys')).toContainText('web.chatbot');
  await expect(report.problems()).toHaveCount(0);

  await report.dialog.getByTestId('import-submit').click();
  const result = report.dialog.getByTestId('import-result');
  await expect(result).toBeVisible();
  await expect(result.getByTestId('import-result-count')).toHaveAttribute('data-imported', String(rows.length));
  await expect(result.getByTestId('import-result-periods')).toContainText('2025');
  await expect(result.getByTestId('import-result-periods')).toContainText('2026');
  await expect(result.getByTestId('import-result-unmatched')).toContainText('web.chatbot');
  await report.dialog.getByTestId('import-done').click();
  await expect(report.dialog).toHaveCount(0);

  // The numbers: the same insights code the server runs, here as the expectation.
  const expected = computeInsights(
    map,
    rows.map((r) => ({ metricKey: r.touchpoint, period: r.period, csi: r.csi, n: r.n ?? null })),
  );
  await expect(report.report).toHaveAttribute('data-state', 'ready');
  await expect(page.getByTestId('report-subtitle')).toHaveText('2026 compared with 2025');
  await expect(page.getByTestId('period-picker')).toHaveValue('2026');
  await expect(page.getByTestId('baseline-picker')).toHaveValue('2025');
  await expect(page.getByTestId('weighted-csi')).toHaveText(expected.summary.weightedCsi!.toFixed(1));
  const delta = expected.summary.delta!;
  await expect(page.getByTestId('weighted-csi-delta')).toContainText(`${delta > 0 ? '▲' : '▼'}`);
  await expect(page.getByTestId('weighted-csi-delta')).toContainText(Math.abs(delta).toFixed(1));
  await expect(page.getByTestId('measured-count')).toHaveText(`${expected.summary.measured} of ${expected.summary.touchpoints}`);
  await expect(page.getByTestId('white-spot-total')).toHaveText(String(expected.whiteSpots.length));
  await expect(page.getByTestId('white-spot')).toHaveCount(expected.whiteSpots.length);
  await expect(page.getByTestId('movers-down').getByTestId('mover').first()).toHaveAttribute('data-touchpoint-id', 'tp-delivery-wait');

  // The matrix: one point per measured touchpoint; a click highlights its row and shows its trend.
  await expect(report.matrixPoints()).toHaveCount(expected.summary.measured);
  await expect(report.matrixPoint('tp-delivery-wait')).toHaveAttribute('data-quadrant', 'concentrate');
  await expect(report.matrixPoint('tp-handover')).toHaveAttribute('data-quadrant', 'keep-up');
  await report.matrixPoint('tp-delivery-wait').click();
  await expect(report.row('tp-delivery-wait')).toHaveAttribute('data-selected', 'true');
  await expect(report.row('tp-handover')).toHaveAttribute('data-selected', 'false');
  const focus = page.getByTestId('touchpoint-focus');
  await expect(focus).toHaveAttribute('data-touchpoint-id', 'tp-delivery-wait');
  await expect(focus.getByTestId('csi-trend')).toHaveAttribute('data-points', '2');

  // CSV for English Excel: BOM, commas, decimal points.
  const english = await report.download('download-csv');
  expect(english.name).toMatch(/barometer-2026-vs-2025\.csv$/);
  const englishText = english.bytes.toString('utf8');
  expect(englishText.startsWith('\uFEFF')).toBe(true);
  const englishLines = englishText.slice(1).split('\r\n');
  expect(englishLines[0]).toBe('#,Phase,Touchpoint,Metric key,Importance,Moment of truth,CSI 2026,CSI 2025,Delta,n');
  expect(englishLines).toContain('13,Delivery,Waiting for the car and asking for the status,phone.delivery_status,4,yes,44.9,52.7,-7.8,188');
  expect(englishLines).toHaveLength(automotive.touchpoints.length + 2);

  // CSV for German Excel: semicolons and decimal commas.
  await report.setLanguage('de');
  await expect(page.getByTestId('report-subtitle')).toHaveText('2026 im Vergleich zu 2025');
  const german = (await report.download('download-csv')).bytes.toString('utf8').slice(1).split('\r\n');
  expect(german[0]).toBe('Nr.;Phase;Touchpoint;Kennzahl-Schlüssel;Bedeutung;Moment of Truth;CSI 2026;CSI 2025;Delta;n');
  expect(german).toContain('13;Delivery;Waiting for the car and asking for the status;phone.delivery_status;4;ja;44,9;52,7;-7,8;188');
  await expect(page.getByTestId('white-spot').filter({ hasText: 'web.chatbot' })).toContainText('kein Touchpoint hat diesen Kennzahl-Schlüssel');

  // The PDF.
  const pdf = await report.download('download-pdf');
  expect(pdf.name).toMatch(/\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pageCount(pdf.bytes)).toBeGreaterThanOrEqual(1);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);

  // Period and baseline live in the address.
  await page.getByTestId('baseline-picker').selectOption('');
  await expect(page.getByTestId('report-subtitle')).toHaveText('2026, ohne Vergleichszeitraum');
  await expect(page).toHaveURL(/baseline=$/);
  await page.getByTestId('period-picker').selectOption('2025');
  await expect(page.getByTestId('report-subtitle')).toHaveText('2025, ohne Vergleichszeitraum');
  await expect(report.matrixPoints()).toHaveCount(expected.summary.measured + 1);
});

test('a file with a bad row shows the problem by line and imports nothing until the valid rows are chosen', async ({ page, waymark }) => {
  const mapId = await waymark.importMap(automotive);
  const report = new ReportPage(page);
  await report.open(waymark, mapId);
  const csv = ['touchpoint;period;csi;n', 'web.homepage;2026;78,5;120', 'store.handover;2026;sehr gut;80', 'store.reception;2026;64;45', ''].join('\n');
  await report.chooseFile('survey.csv', csv);

  const problem = report.problems();
  await expect(problem).toHaveCount(1);
  await expect(problem).toHaveAttribute('data-line', '3');
  await expect(problem).toContainText('Line 3');
  await expect(problem).toContainText('csi');
  await expect(problem).toContainText('“sehr gut” is not a number');
  await expect(report.dialog.getByTestId('import-submit')).toHaveCount(0);

  // Nothing was stored while the dialog shows the problem.
  const stored = async () => ((await (await waymark.fetch(`/api/maps/${mapId}/measurements`)).json()) as unknown[]).length;
  expect(await stored()).toBe(0);

  await report.dialog.getByTestId('import-valid-rows').click();
  const result = report.dialog.getByTestId('import-result');
  await expect(result.getByTestId('import-result-count')).toHaveAttribute('data-imported', '2');
  await expect(result).toContainText('1 row with problems left out');
  expect(await stored()).toBe(2);
  await report.dialog.getByTestId('import-done').click();
  await expect(report.report).toHaveAttribute('data-state', 'ready');
  await expect(report.matrixPoints()).toHaveCount(2);
});

test('the CSI target set in the report is saved with the map and judges at once', async ({ page, waymark }) => {
  const mapId = await waymark.importMap(automotive);
  const body = SURVEY.filter(([, , csi]) => csi !== null).map(([key, , csi]) => ({ touchpoint: key, period: '2026', csi }));
  const res = await waymark.fetch(`/api/maps/${mapId}/measurements`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);

  const report = new ReportPage(page);
  await report.open(waymark, mapId);
  await expect(page.getByTestId('on-target-count')).toHaveText('4 of 8');
  await expect(report.matrixPoint('tp-homepage')).toHaveAttribute('data-quadrant', 'keep-up');

  const target = page.getByTestId('setting-csiTarget');
  await target.fill('80');
  await target.press('Enter');
  await expect(page.getByTestId('on-target-count')).toHaveText('1 of 8');
  await expect(report.matrixPoint('tp-homepage')).toHaveAttribute('data-quadrant', 'concentrate');
  await expect.poll(async () => ((await (await waymark.fetch(`/api/maps/${mapId}`)).json()) as MapDocument).settings?.csiTarget).toBe(80);

  await target.fill('120');
  await expect(page.getByTestId('field-error-csiTarget')).toBeVisible();
  await page.getByTestId('settings-reset').click();
  await expect(page.getByTestId('on-target-count')).toHaveText('4 of 8');
});

test('a file dropped on the report opens the import with it', async ({ page, waymark }) => {
  const mapId = await waymark.importMap(automotive);
  const report = new ReportPage(page);
  await report.open(waymark, mapId);
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
    return transfer;
  }, germanCsv());
  await report.report.dispatchEvent('dragover', { dataTransfer });
  await report.report.dispatchEvent('drop', { dataTransfer });
  await expect(report.dialog.getByTestId('import-file-name')).toContainText('dropped.csv');
  await expect(report.dialog.getByTestId('import-preview')).toBeVisible();
  await expect(report.dialog.getByTestId('import-format')).toHaveAttribute('data-delimiter', 'semicolon');
});
