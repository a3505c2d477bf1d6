import { expect, type Locator, type Page } from '@playwright/test';

/** The map page `/maps/:id`: canvas, inspector and connection state. */
export class MapPage {
  constructor(readonly page: Page) {}

  async open(baseUrl: string, mapId: string): Promise<void> {
    await this.page.goto(`${baseUrl}/maps/${mapId}`);
    await this.expectLive();
  }

  async expectLive(): Promise<void> {
    await expect(this.page.getByTestId('connection-status')).toHaveAttribute('data-state', 'live');
  }

  /** The canvas node of a touchpoint: node id = touchpoint id. */
  card(touchpointId: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${touchpointId}"]`);
  }

  cardTitle(touchpointId: string): Locator {
    return this.card(touchpointId).getByTestId('touchpoint-title');
  }

  curve(personaId: string): Locator {
    return this.page.locator(`[data-testid="emotion-curve"][data-persona-id="${personaId}"]`);
  }

  async select(touchpointId: string): Promise<Locator> {
    await this.card(touchpointId).click();
    const inspector = this.page.getByTestId('inspector');
    await expect(inspector).toHaveAttribute('data-touchpoint-id', touchpointId);
    return inspector;
  }

  field(name: string): Locator {
    return this.page.getByTestId('inspector').getByTestId(`field-${name}`);
  }

  /** The x position of a card on screen at the current zoom (its phase column). */
  async cardX(touchpointId: string): Promise<number> {
    const box = await this.card(touchpointId).boundingBox();
    if (!box) throw new Error(`card ${touchpointId} is not visible`);
    return box.x;
  }
}
