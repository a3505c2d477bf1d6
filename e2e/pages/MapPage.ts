import { expect, type Locator, type Page } from '@playwright/test';
import { signedInUrl, type Site } from '../fixtures.js';

/** The map page `/maps/:id`: canvas, inspector and connection state. */
export class MapPage {
  constructor(readonly page: Page) {}

  /** Opens the map as the owner, or with another token (a share link's). */
  async open(site: Site, mapId: string, token = site.ownerToken): Promise<void> {
    await this.page.goto(signedInUrl(site, `/maps/${mapId}`, token));
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

  /** The validation message next to an inspector field (`title`, `metricKey`, `importance`). */
  fieldError(name: string): Locator {
    return this.page.getByTestId('inspector').getByTestId(`field-error-${name}`);
  }

  /** The expectations of one category in the inspector. */
  expectationGroup(category: string): Locator {
    return this.page.getByTestId('inspector').locator(`[data-testid="expectation-group"][data-category="${category}"]`);
  }

  measuresPanel(): Locator {
    return this.page.getByTestId('measures-panel');
  }

  measure(measureId: string): Locator {
    return this.page.locator(`[data-testid="measure-item"][data-measure-id="${measureId}"]`);
  }

  personasPanel(): Locator {
    return this.page.getByTestId('personas-panel');
  }

  persona(personaId: string): Locator {
    return this.page.locator(`[data-testid="persona-item"][data-persona-id="${personaId}"]`);
  }

  /** Switches the UI language with the switch in the top bar. */
  async setLanguage(language: 'en' | 'de'): Promise<void> {
    await this.page.getByTestId('language-switch').selectOption(language);
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
  }

  /** The x position of a card on screen at the current zoom (its phase column). */
  async cardX(touchpointId: string): Promise<number> {
    const box = await this.card(touchpointId).boundingBox();
    if (!box) throw new Error(`card ${touchpointId} is not visible`);
    return box.x;
  }

  /** A free card in a lane (a sticky note); its node id is `card:<id>`. */
  laneCard(cardId: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="card:${cardId}"]`);
  }

  /** Every free card in one cell (lane × phase). */
  laneCardsIn(laneId: string, phaseId: string): Locator {
    return this.page.locator(`[data-testid="lane-card"][data-lane-id="${laneId}"][data-phase-id="${phaseId}"]`);
  }

  laneCell(laneId: string, phaseId: string): Locator {
    return this.page.locator(`[data-testid="lane-cell"][data-lane-id="${laneId}"][data-phase-id="${phaseId}"]`);
  }

  emotionPoint(personaId: string, touchpointId: string): Locator {
    return this.page.locator(
      `[data-testid="emotion-point"][data-persona-id="${personaId}"][data-touchpoint-id="${touchpointId}"]`,
    );
  }

  /** Touchpoint cards on the canvas. */
  touchpointCards(): Locator {
    return this.page.locator('.react-flow__node-touchpoint');
  }

  /** Fits the whole map into view with the zoom controls. */
  async fitView(): Promise<void> {
    await this.page.locator('.react-flow__controls-fitview').click();
  }

  /**
   * Waits until the canvas has its first view. React Flow shows the cards at once, but the view is
   * placed only once it has measured them, which takes seconds on a loaded machine: until then the
   * transform is the identity, and a box measured then is somewhere else a moment later. (The
   * first view of a map is never the identity: it has a top margin, or the readable zoom.)
   */
  async viewPlaced(): Promise<void> {
    const viewport = this.page.locator('.react-flow__viewport');
    await expect(viewport).not.toHaveCSS('transform', 'none');
    await expect(viewport).not.toHaveCSS('transform', 'matrix(1, 0, 0, 1, 0, 0)');
  }

  /**
   * The box of `locator` once the first view is placed and the box has stopped moving: a drag
   * measured before misses its target (seen on a loaded machine).
   */
  async settledBox(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
    await this.viewPlaced();
    let previous: { x: number; y: number } | null = null;
    for (let attempt = 0; attempt < 40; attempt++) {
      const box = await locator.boundingBox();
      if (box && previous && Math.abs(box.x - previous.x) < 0.5 && Math.abs(box.y - previous.y) < 0.5) return box;
      previous = box;
      await this.page.waitForTimeout(150);
    }
    throw new Error('the element kept moving');
  }

  /** Drags with the mouse from the centre of `from` to the centre of `to` (or by an offset), in small steps. */
  async drag(from: Locator, to: Locator | { dx: number; dy: number }): Promise<void> {
    await this.viewPlaced();
    const start = await from.boundingBox();
    if (!start) throw new Error('nothing to drag');
    const x = start.x + start.width / 2;
    const y = start.y + start.height / 2;
    const box = 'dx' in to ? null : await to.boundingBox();
    if (!('dx' in to) && !box) throw new Error('no drop target');
    const target = box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : { x: x + (to as { dx: number }).dx, y: y + (to as { dy: number }).dy };
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + (target.x - x) / 4, y + (target.y - y) / 4, { steps: 4 });
    await this.page.mouse.move(target.x, target.y, { steps: 8 });
    await this.page.mouse.up();
  }

  /** The map as the server has it now. */
  async stored<T = unknown>(site: Site, mapId: string): Promise<T> {
    const response = await fetch(`${site.url}/api/maps/${mapId}`, { headers: { Authorization: `Bearer ${site.ownerToken}` } });
    return (await response.json()) as T;
  }
}
