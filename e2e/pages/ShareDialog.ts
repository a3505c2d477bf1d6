import { expect, type Locator, type Page } from '@playwright/test';

/** The owner's share dialog on the map page. */
export class ShareDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByTestId('share-dialog');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('open-share').click();
    await expect(this.dialog).toBeVisible();
  }

  /** Creates a link and returns its address, as the dialog shows it this once. */
  async create(options: { role: 'editor' | 'commenter' | 'viewer'; label?: string }): Promise<string> {
    if (await this.dialog.getByTestId('share-another').isVisible()) await this.dialog.getByTestId('share-another').click();
    await this.dialog.getByTestId('share-role').selectOption(options.role);
    if (options.label !== undefined) await this.dialog.getByTestId('share-label').fill(options.label);
    await this.dialog.getByTestId('share-create').click();
    const url = this.dialog.getByTestId('share-url');
    await expect(url).toBeVisible();
    return url.inputValue();
  }

  /** The listed link with exactly this label. */
  item(label: string): Locator {
    return this.dialog
      .getByTestId('share-item')
      .filter({ has: this.page.getByTestId('share-item-label').getByText(label, { exact: true }) });
  }

  async revoke(label: string): Promise<void> {
    const item = this.item(label);
    await item.getByTestId('share-revoke').click();
    await item.getByTestId('share-revoke-confirm').click();
    await expect(item).toHaveCount(0);
  }

  async close(): Promise<void> {
    await this.dialog.getByTestId('close-share').click();
    await expect(this.dialog).toBeHidden();
  }
}
