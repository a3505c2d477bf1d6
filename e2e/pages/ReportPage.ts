import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { signedInUrl, type Site } from '../fixtures.js';

/** The customer barometer report `/maps/:id/report` and its import dialog. */
export class ReportPage {
  constructor(readonly page: Page) {}

  /** Opens the report as the owner; `query` such as `?period=2026`. */
  async open(site: Site, mapId: string, query = ''): Promise<void> {
    await this.page.goto(signedInUrl(site, `/maps/${mapId}/report${query}`));
    await expect(this.report).not.toHaveAttribute('data-state', 'loading');
  }

  get report(): Locator {
    return this.page.getByTestId('barometer-report');
  }

  get dialog(): Locator {
    return this.page.getByTestId('measurement-import');
  }

  /** Opens the import dialog and chooses a file with this name and content. */
  async chooseFile(name: string, content: string, mimeType = 'text/csv'): Promise<void> {
    await this.page.getByTestId('open-import').click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByTestId('import-measurements-file').setInputFiles({ name, mimeType, buffer: Buffer.from(content, 'utf8') });
  }

  problems(): Locator {
    return this.dialog.getByTestId('import-problem');
  }

  matrixPoints(): Locator {
    return this.page.getByTestId('priority-matrix').getByTestId('matrix-point');
  }

  matrixPoint(touchpointId: string): Locator {
    return this.page.locator(`[data-testid="matrix-point"][data-touchpoint-id="${touchpointId}"]`);
  }

  row(touchpointId: string): Locator {
    return this.page.locator(`[data-testid="report-row"][data-touchpoint-id="${touchpointId}"]`);
  }

  /** Clicks a download button and returns the file's name and bytes. */
  async download(testId: 'download-csv' | 'download-pdf'): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId(testId).click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: await readFile(path) };
  }

  async setLanguage(language: 'en' | 'de'): Promise<void> {
    await this.page.getByTestId('language-switch').selectOption(language);
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
  }
}
