/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import automotive from '../shared/src/templates/automotive.json' with { type: 'json' };
import { expect, test } from './fixtures.js';
import { ExportMenu } from './pages/ExportMenu.js';
import { MapPage } from './pages/MapPage.js';
import { touchpoint } from './testMaps.js';

/** Canvas pixels of one phase column at least (client/src/canvas/layoutGeometry.ts). */
const COLUMN_WIDTH = 260;
/** The PNG is drawn at twice the canvas size unless the map is huge. */
const PNG_RATIO = 2;

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The pages of a PDF: its page objects, checked against the page tree's count. */
function pdfPageCount(bytes: Buffer): number {
  const text = bytes.toString('latin1');
  expect(text.startsWith('%PDF-')).toBe(true);
  expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  expect(text).toMatch(new RegExp(`/Type\\s*/Pages[^>]*?/Count ${pages}\\b|/Count ${pages}\\b[^>]*?/Type\\s*/Pages`));
  return pages;
}

/** Parses an exported SVG in the browser and reports what a check needs. */
async function inspectSvg(page: Page, text: string) {
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
    const root = doc.documentElement;
    const styleOf = (selector: string) => (doc.querySelector(selector) as HTMLElement | null)?.getAttribute('style') ?? '';
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      rootName: root.localName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      title: doc.querySelector('svg > title')?.textContent ?? null,
      foreignObjects: doc.getElementsByTagName('foreignObject').length,
      touchpointTitles: Array.from(doc.querySelectorAll('[data-testid="touchpoint-title"]'), (el) => el.textContent),
      cardCsi: doc.querySelectorAll('[data-testid="card-csi"]').length,
      addButtons: doc.querySelectorAll('[data-testid="add-touchpoint"]:not(.add-touchpoint--white-spot), [data-testid="add-phase"]').length,
      selectedCardStyle: styleOf('.touchpoint-card.is-selected'),
      curveStyle: styleOf('[data-testid="emotion-curve"]'),
    };
  }, text);
}

/** Records Content-Security-Policy violations from the first script on. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** A map of `phases` phases with two touchpoints each; `lanes` limits the rows (default: all). */
function journey(title: string, phases: number, lanes?: { id: string; kind: string }[]) {
  const ids = Array.from({ length: phases }, (_, i) => `ph-${i + 1}`);
  return {
    format: 'waymark.map',
    version: 1,
    title,
    personas: [{ id: 'pe-1', name: 'Anna' }],
    phases: ids.map((id, i) => ({ id, name: `Phase ${i + 1}` })),
    touchpoints: ids.flatMap((phaseId, i) => [
      touchpoint(`tp-${i}-a`, phaseId, `Touchpoint ${i + 1}a`, { emotions: { 'pe-1': (i % 5) - 2 } }),
      touchpoint(`tp-${i}-b`, phaseId, `Touchpoint ${i + 1}b`, { channel: 'store', emotions: { 'pe-1': ((i + 2) % 5) - 2 } }),
    ]),
    measures: [],
    ...(lanes ? { lanes } : {}),
  };
}

test('the demo map as PNG, SVG, PDF and CSV: the whole map as on screen, with the CSI overlay, within the CSP', async ({ page, waymark }) => {
  test.setTimeout(420_000);
  const violations = await watchCsp(page);
  const mapId = await waymark.importMap(automotive);
  const measurements = await readFile(new URL('../shared/src/templates/automotive-measurements.csv', import.meta.url), 'utf8');
  const posted = await waymark.fetch(`/api/maps/${mapId}/measurements`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv; charset=utf-8' },
    body: measurements,
  });
  expect(posted.ok).toBe(true);
  const map = new MapPage(page);
  await map.open(waymark, mapId);
  await page.getByTestId('csi-overlay-toggle').click();
  await expect(page.getByTestId('card-csi').first()).toBeVisible();
  // A selection on screen must not show in the files.
  await map.select('tp-homepage');
  const exporter = new ExportMenu(page);
  const name = /^Buying-a-new-car-at-the-dealership-\d{4}-\d{2}-\d{2}\.(png|svg|pdf|csv)$/;
  const phases = automotive.phases.length;
  const timings: string[] = [];

  const png = await exporter.download('png');
  expect(png.name).toMatch(name);
  const size = pngSize(png.bytes);
  // The whole map, not the part in view: every phase column, at twice the size.
  expect(size.width).toBeGreaterThanOrEqual(PNG_RATIO * phases * COLUMN_WIDTH);
  expect(size.height).toBeGreaterThanOrEqual(PNG_RATIO * 1000);
  expect(png.bytes.length).toBeGreaterThan(200_000);
  timings.push(`PNG ${size.width}×${size.height} in ${await exporter.lastDuration()} ms`);

  const svg = await exporter.download('svg');
  expect(svg.name).toMatch(name);
  const drawing = await inspectSvg(page, svg.bytes.toString('utf8'));
  expect(drawing.error).toBeNull();
  expect(drawing.rootName).toBe('svg');
  expect(drawing.title).toBe(automotive.title);
  expect(drawing.width).toBeGreaterThanOrEqual(phases * COLUMN_WIDTH);
  expect(drawing.height).toBeGreaterThanOrEqual(1000);
  expect(drawing.foreignObjects).toBe(1);
  expect(drawing.touchpointTitles.sort()).toEqual(automotive.touchpoints.map((tp) => tp.title).sort());
  expect(drawing.cardCsi).toBeGreaterThan(10);
  expect(drawing.addButtons).toBe(0);
  expect(drawing.selectedCardStyle).toMatch(/(^|; )outline: [^;]*\bnone\b/);
  // The curves keep their stylesheet look (html-to-image after 1.11.11 loses it).
  expect(drawing.curveStyle).toMatch(/stroke-width: 4px/);
  timings.push(`SVG ${(svg.bytes.length / 1e6).toFixed(1)} MB in ${await exporter.lastDuration()} ms`);

  const pdf = await exporter.download('pdf');
  expect(pdf.name).toMatch(name);
  const pages = pdfPageCount(pdf.bytes);
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(await exporter.button.getAttribute('data-pages')).toBe(String(pages));
  expect(pdf.bytes.toString('latin1')).toContain(`/Title (${automotive.title})`);
  expect(pdf.progressShown).toBe(true);
  timings.push(`PDF ${pages} pages, ${(pdf.bytes.length / 1e6).toFixed(1)} MB in ${await exporter.lastDuration()} ms`);

  // The CSV in German: semicolons, decimal commas, one line per touchpoint.
  await map.setLanguage('de');
  const csv = await exporter.download('csv');
  expect(csv.name).toMatch(name);
  const text = csv.bytes.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.slice(1).split('\r\n').filter((line) => line !== '');
  expect(lines).toHaveLength(automotive.touchpoints.length + 1);
  expect(lines[0]).toBe('Nr.;Phase;Touchpoint;Kanal;Bedeutung;Moment of Truth;Kennzahl-Schlüssel;CSI 2026;Delta zu 2025');
  expect(lines[1]).toBe('1;Inform online;Research on the brand homepage;Website;4;nein;web.homepage;59,5;-8,5');
  for (const line of lines.slice(1)) expect(line.split(';')).toHaveLength(9);

  expect(await violations()).toEqual([]);
  console.log(`Demo map (${phases} phases, ${automotive.touchpoints.length} touchpoints, CSI overlay on): ${timings.join('; ')}`);
});

test('a wide map goes over several pages with the names repeated; a small one fits on one', async ({ page, waymark }) => {
  test.setTimeout(300_000);
  const map = new MapPage(page);
  const exporter = new ExportMenu(page);

  const wideId = await waymark.importMap(journey('Twelve phases', 12));
  await map.open(waymark, wideId);
  const widePng = pngSize((await exporter.download('png')).bytes);
  expect(widePng.width).toBeGreaterThanOrEqual(PNG_RATIO * 12 * COLUMN_WIDTH);
  const widePdf = await exporter.download('pdf');
  const widePages = pdfPageCount(widePdf.bytes);
  expect(widePages).toBeGreaterThanOrEqual(2);
  console.log(`Twelve phases: PDF of ${widePages} pages in ${await exporter.lastDuration()} ms`);

  const smallId = await waymark.importMap(
    journey('Two phases', 2, [
      { id: 'l-tp', kind: 'touchpoints' },
      { id: 'l-em', kind: 'emotions' },
    ]),
  );
  await map.open(waymark, smallId);
  const smallPng = pngSize((await exporter.download('png')).bytes);
  expect(smallPng.width).toBeGreaterThanOrEqual(PNG_RATIO * 2 * COLUMN_WIDTH);
  expect(smallPng.width).toBeLessThan(widePng.width / 3);
  const smallPdf = await exporter.download('pdf');
  expect(pdfPageCount(smallPdf.bytes)).toBe(1);
  expect(smallPdf.name).toMatch(/^Two-phases-\d{4}-\d{2}-\d{2}\.pdf$/);
});

test('the export menu opens with Ctrl+Shift+E and works from the keyboard', async ({ page, waymark }) => {
  const mapId = await waymark.importMap(journey('Keyboard export', 12));
  const map = new MapPage(page);
  await map.open(waymark, mapId);
  const exporter = new ExportMenu(page);

  await page.keyboard.press('Control+Shift+E');
  await expect(exporter.menu).toBeVisible();
  await expect(exporter.item('pdf')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(exporter.item('csv')).toBeFocused();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/^Keyboard-export-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(exporter.menu).toBeHidden();

  // The shortcut is listed with the others.
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts-dialog').locator('[data-shortcut="export"]')).toBeVisible();
  await page.getByTestId('close-shortcuts').click();

});

test('a viewer exports too: the map as PDF and the touchpoints as CSV', async ({ page, waymark }) => {
  test.setTimeout(300_000);
  const mapId = await waymark.importMap(
    journey('Shown to the board', 3, [
      { id: 'l-tp', kind: 'touchpoints' },
      { id: 'l-em', kind: 'emotions' },
    ]),
  );
  const viewer = await waymark.share(mapId, { role: 'viewer', label: 'Board' });
  const map = new MapPage(page);
  await map.open(waymark, mapId, viewer.token);
  // Read-only: no title field, yet the export is there.
  await expect(page.getByTestId('undo')).toHaveCount(0);
  const exporter = new ExportMenu(page);
  const pdf = await exporter.download('pdf');
  expect(pdfPageCount(pdf.bytes)).toBe(1);
  const csv = await exporter.download('csv');
  expect(csv.bytes.toString('utf8').trim().split('\r\n')).toHaveLength(1 + 3 * 2);
});

test('a long PDF shows its progress page by page and can be cancelled', async ({ page, waymark }) => {
  test.setTimeout(300_000);
  const mapId = await waymark.importMap(journey('Forty phases', 40));
  const map = new MapPage(page);
  await map.open(waymark, mapId);
  const exporter = new ExportMenu(page);
  await exporter.open();
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await exporter.item('pdf').click();
  const progress = page.getByTestId('export-progress');
  await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuenow', /\d+/, { timeout: 60_000 });
  await expect(progress).toContainText(/Page \d+ of \d+/);
  // Dispatched in the page: drawing a page keeps the tab busy, the click waits for the next page.
  await page.getByTestId('export-cancel').dispatchEvent('click');
  await expect(page.getByTestId('export-cancelled')).toBeVisible({ timeout: 30_000 });
  expect(downloaded).toBe(false);
  await expect(exporter.item('pdf')).toBeEnabled();
  await expect(exporter.button).toHaveAttribute('data-state', 'cancelled');
});
