import type { Page } from '@playwright/test';

/** A point on the canvas where a drag pans: the pane or a fixed node (lane rows), no control. */
export async function panStart(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    // Scan the middle band so that a drag of ±300 px stays on the canvas.
    for (let y = pane.top + pane.height * 0.45; y < pane.bottom - 120; y += 23) {
      for (let x = pane.left + pane.width * 0.4; x < pane.right - 400; x += 37) {
        const target = document.elementFromPoint(x, y);
        if (!target || !target.closest('.react-flow')) continue;
        if (target.closest('.react-flow__panel, .nopan, .nodrag, button, input, textarea, [contenteditable]')) continue;
        const node = target.closest('.react-flow__node');
        if (node && node.classList.contains('draggable')) continue;
        return { x, y };
      }
    }
    return null;
  });
  if (!point) throw new Error('found no spot on the canvas to pan from');
  return point;
}

/** The viewport's CSS transform: changes when a pan or zoom took effect. */
export function viewportTransform(page: Page): Promise<string> {
  return page.evaluate(() => (document.querySelector('.react-flow__viewport') as HTMLElement).style.transform);
}

/**
 * Pans with mouse drags for `ms`, right and left by turns (so the view stays near where it began),
 * each drag 300 px in 30 mouse moves as fast as the page takes them.
 */
export async function pan(page: Page, ms: number): Promise<number> {
  const start = await panStart(page);
  const ends = performance.now() + ms;
  let drags = 0;
  while (performance.now() < ends) {
    const dx = drags % 2 === 0 ? 300 : -300;
    const from = drags % 2 === 0 ? start : { x: start.x + 300, y: start.y };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + dx, from.y + (drags % 4 < 2 ? 40 : -40), { steps: 30 });
    await page.mouse.up();
    drags++;
  }
  return drags;
}

/** Zooms with the mouse wheel for `ms`: ten notches in, ten out, one every 20 ms. */
export async function zoom(page: Page, ms: number): Promise<number> {
  const { x, y } = await panStart(page);
  await page.mouse.move(x, y);
  const ends = performance.now() + ms;
  let notches = 0;
  while (performance.now() < ends) {
    await page.mouse.wheel(0, notches % 20 < 10 ? -100 : 100);
    await page.waitForTimeout(20);
    notches++;
  }
  return notches;
}
