import { expect, type Locator, type Page } from '@playwright/test';

/** The history panel of a map page: versions, the save form, the activity list. */
export class HistoryPanel {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('history-panel');
  }

  async open(): Promise<void> {
    if (await this.root.isVisible()) return;
    await this.page.getByTestId('history-button').click();
    await expect(this.root).toBeVisible();
  }

  async close(): Promise<void> {
    await this.page.getByTestId('close-history').click();
    await expect(this.root).toBeHidden();
  }

  version(name: string): Locator {
    return this.root.getByTestId('version-item').filter({ has: this.page.getByTestId('version-name-text').getByText(name, { exact: true }) });
  }

  /** Saves the map as it is now through the form; resolves once the version is listed. */
  async save(name: string, author?: string): Promise<void> {
    await this.root.getByTestId('save-version').click();
    await this.root.getByTestId('version-name').fill(name);
    if (author !== undefined) await this.root.getByTestId('version-author').fill(author);
    await this.root.getByTestId('confirm-save-version').click();
    await expect(this.version(name)).toBeVisible();
  }

  async showActivity(): Promise<void> {
    await this.root.getByTestId('history-tab-activity').click();
    await expect(this.root.getByTestId('activity-list').or(this.root.getByTestId('activity-empty'))).toBeVisible();
  }
}
