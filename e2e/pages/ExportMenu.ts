import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

export type ExportFormat = 'png' | 'svg' | 'pdf' | 'csv';

/** The map page's export menu in the top bar, and the files it downloads. */
export class ExportMenu {
  constructor(readonly page: Page) {}

  get button(): Locator {
    return this.page.getByTestId('export-button');
  }

  get menu(): Locator {
    return this.page.getByTestId('export-menu');
  }

  item(format: ExportFormat): Locator {
    return this.page.getByTestId(`export-${format}`);
  }

  async open(): Promise<void> {
    if (!(await this.menu.isVisible())) await this.button.click();
    await expect(this.menu).toBeVisible();
  }

  /**
   * Exports in one format through the menu and returns the downloaded file's name and bytes,
   * and whether the progress was shown on the way.
   */
  async download(format: ExportFormat): Promise<{ name: string; bytes: Buffer; progressShown: boolean }> {
    await this.open();
    // The progress can come and go between two polls of an assertion: a watcher in the page
    // remembers whether it was ever there.
    await this.page.evaluate(() => {
      const state = window as unknown as { progressShown?: boolean; progressWatch?: MutationObserver };
      state.progressShown = false;
      state.progressWatch?.disconnect();
      state.progressWatch = new MutationObserver(() => {
        if (document.querySelector('[data-testid="export-progress"]')) state.progressShown = true;
      });
      state.progressWatch.observe(document.body, { childList: true, subtree: true });
    });
    const [download] = await Promise.all([this.page.waitForEvent('download', { timeout: 150_000 }), this.item(format).click()]);
    const bytes = await readFile(await download.path());
    await expect(this.button).toHaveAttribute('data-state', 'done');
    const progressShown = await this.page.evaluate(() => (window as unknown as { progressShown?: boolean }).progressShown === true);
    return { name: download.suggestedFilename(), bytes, progressShown };
  }

  /** How long the last export took in the browser, in milliseconds. */
  async lastDuration(): Promise<number> {
    return Number(await this.button.getAttribute('data-ms'));
  }
}
