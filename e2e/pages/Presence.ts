import { expect, type Locator, type Page } from '@playwright/test';

/** The canvas viewport as React Flow has it: `translate(x, y) scale(zoom)`. */
export interface ViewportTransform {
  x: number;
  y: number;
  zoom: number;
}

/** Presence on a map page: avatars, cursors, following and presentation mode. */
export class Presence {
  constructor(readonly page: Page) {}

  avatars(): Locator {
    return this.page.getByTestId('presence-avatar');
  }

  self(): Locator {
    return this.page.locator('[data-testid="presence-avatar"][data-self="true"]');
  }

  avatarOf(name: string): Locator {
    return this.page.locator(`[data-testid="presence-avatar"][data-self="false"][data-name="${name}"]`);
  }

  cursorOf(name: string): Locator {
    return this.page.locator(`[data-testid="remote-cursor"][data-name="${name}"]`);
  }

  /** Gives the name asked for on the first map this browser opens. */
  async giveName(name: string): Promise<void> {
    await this.page.getByTestId('name-prompt-input').fill(name);
    await this.page.getByTestId('name-prompt-save').click();
    await expect(this.page.getByTestId('name-prompt')).toHaveCount(0);
    await expect(this.self()).toHaveAttribute('data-name', name);
  }

  async viewport(): Promise<ViewportTransform> {
    const transform = await this.page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
    const match = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(transform);
    if (!match) throw new Error(`unexpected viewport transform "${transform}"`);
    return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) };
  }

  /**
   * The viewport once it has stopped moving (an animated fit ends), read twice 200 ms apart:
   * a fixed wait is too short on a loaded machine.
   */
  async settledViewport(timeoutMs = 10_000): Promise<ViewportTransform> {
    const deadline = Date.now() + timeoutMs;
    let previous = await this.viewport();
    for (;;) {
      await this.page.waitForTimeout(200);
      const current = await this.viewport();
      if (current.x === previous.x && current.y === previous.y && current.zoom === previous.zoom) return current;
      if (Date.now() > deadline) throw new Error('the viewport kept moving');
      previous = current;
    }
  }

  /** The point of the map in the middle of the canvas, in flow coordinates (comparable across screen sizes). */
  async visibleCenter(): Promise<{ x: number; y: number }> {
    const box = await this.page.locator('.react-flow').boundingBox();
    if (!box) throw new Error('no canvas');
    const { x, y, zoom } = await this.viewport();
    return { x: (box.width / 2 - x) / zoom, y: (box.height / 2 - y) / zoom };
  }

  /** Zooms with the mouse wheel over the middle of the canvas (a move by the user). */
  async wheel(deltaY: number): Promise<void> {
    const box = await this.page.locator('.react-flow__pane').boundingBox();
    if (!box) throw new Error('no canvas');
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.wheel(0, deltaY);
  }
}

/** Whether two viewports show the same (to a pixel, and a hundredth of zoom). */
export function sameViewport(a: ViewportTransform, b: ViewportTransform): boolean {
  return Math.abs(a.x - b.x) < 1.5 && Math.abs(a.y - b.y) < 1.5 && Math.abs(a.zoom - b.zoom) < 0.01;
}
