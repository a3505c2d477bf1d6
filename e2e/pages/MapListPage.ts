import { expect, type Locator, type Page } from '@playwright/test';
import { signedInUrl, type Site } from '../fixtures.js';

/** The map list `/` and the trash `/trash`. */
export class MapListPage {
  constructor(readonly page: Page) {}

  /** Opens the list as the owner. */
  async open(site: Site): Promise<void> {
    await this.page.goto(signedInUrl(site));
    await expect(this.page.getByTestId('map-list')).toBeVisible();
  }

  /** Every map card on the list. */
  get items(): Locator {
    return this.page.getByTestId('map-item');
  }

  /** The card of the map with exactly this title. */
  item(title: string): Locator {
    return this.items.filter({ has: this.page.getByTestId('map-item-title').getByText(title, { exact: true }) });
  }

  titles(): Promise<string[]> {
    return this.page.getByTestId('map-item-title').allTextContents();
  }

  async search(query: string): Promise<void> {
    await this.page.getByTestId('map-search').fill(query);
  }

  async sortBy(order: 'updated' | 'title' | 'created'): Promise<void> {
    await this.page.getByTestId('map-sort').selectOption(order);
  }

  async rename(title: string, newTitle: string): Promise<void> {
    await this.item(title).getByTestId('rename-map').click();
    const input = this.page.getByTestId('rename-map-input');
    await expect(input).toBeFocused();
    await input.fill(newTitle);
    await input.press('Enter');
  }

  async showTrash(): Promise<void> {
    await this.page.getByTestId('show-trash').click();
    await expect(this.page).toHaveURL(/\/trash$/);
  }

  async showMaps(): Promise<void> {
    await this.page.getByTestId('show-maps').click();
    await expect(this.page).toHaveURL(/\/$/);
  }

  /** The trash entry of the map with exactly this title. */
  trashItem(title: string): Locator {
    return this.page
      .getByTestId('trash-item')
      .filter({ has: this.page.getByTestId('trash-item-title').getByText(title, { exact: true }) });
  }
}
