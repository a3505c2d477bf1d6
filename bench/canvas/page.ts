import type { Browser, Page } from '@playwright/test';
import config from '../../playwright.config.js';
import { importMap } from '../lib/durableKit.js';
import { benchMap } from './map.js';

/** Imports the generated map of `size` touchpoints over the HTTP API and returns its id. */
export function importBenchMap(url: string, size: number): Promise<string> {
  return importMap(url, benchMap(size));
}

/** A page at the e2e viewport that can run the benchmark's evaluated functions. */
export async function newBenchPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: config.use?.viewport ?? { width: 1600, height: 1000 } });
  // tsx (esbuild with keepNames) wraps named functions in the evaluated code in __name(), which
  // the page does not have.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  return page;
}

/** Opens a generated map and waits until it is live and its last touchpoint is on the canvas. */
export async function openBenchMap(page: Page, url: string, mapId: string, size: number): Promise<void> {
  await page.goto(`${url}/maps/${mapId}`);
  await page.locator('[data-testid="connection-status"][data-state="live"]').waitFor({ timeout: 30_000 });
  await page.locator(`.react-flow__node[data-id="tp-${size - 1}"]`).waitFor({ state: 'attached', timeout: 30_000 });
}
