import type { Page } from '@playwright/test';
import { percentile, type Budget, type Figure } from '../lib/figures.js';

/**
 * How frame times are measured (the method BENCHMARKS.md describes):
 *
 * Chromium runs with `--disable-gpu-vsync --disable-frame-rate-limit`, so a frame begins as soon
 * as the previous one is done instead of on the next 16.7 ms vsync tick: the interval between two
 * requestAnimationFrame callbacks is then the real cost of the frame in between (input handling,
 * React, style, layout, paint, composite), not a multiple of the display's refresh period. With
 * vsync on, every interval would be floored at 16.7 ms and a 3 ms frame would read as 16.7.
 *
 * Unthrottled, the page also draws many empty frames while nothing changes (between two mouse
 * events, say); counting them would dilute the percentiles with ~1 ms frames. So a
 * MutationObserver on the canvas marks the frames that had something to draw (the viewport's
 * transform moved, a node changed), and only the interval after such a frame's rAF — which
 * holds its style, layout and paint — is a sample. The performance timeline's long-animation-
 * frame entries were the alternative, but they only report frames over 50 ms: too coarse for a
 * 16.7 ms budget.
 */
export const FRAME_FLAGS = ['--disable-gpu-vsync', '--disable-frame-rate-limit'];

/** Starts recording frames in the page (see above); `stopFrames` returns the samples. */
export async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const root = document.querySelector('.react-flow');
    if (!root) throw new Error('no canvas on the page');
    const samples: number[] = [];
    let dirty = false;
    let measuring = false;
    let last = 0;
    let running = true;
    const observer = new MutationObserver(() => {
      dirty = true;
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    const tick = (now: number) => {
      if (!running) return;
      // The previous frame drew something: the time since its rAF is what drawing it cost.
      if (measuring) samples.push(now - last);
      measuring = dirty;
      dirty = false;
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    (window as unknown as { __benchFrames: () => number[] }).__benchFrames = () => {
      running = false;
      observer.disconnect();
      return samples;
    };
  });
}

/** Stops the recording started by `startFrames` and returns the frame times in ms. */
export function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __benchFrames: () => number[] }).__benchFrames());
}

/** p50, p95, p99 and max of one scenario's frames; the p95 carries the budget, when there is one. */
export function frameFigures(scenario: string, samples: readonly number[], budget?: Budget): Figure[] {
  const note = `${samples.length} frames`;
  return [
    { name: `${scenario} p50`, value: percentile(samples, 50), unit: 'ms', note },
    { name: `${scenario} p95`, value: percentile(samples, 95), unit: 'ms', budget, note },
    { name: `${scenario} p99`, value: percentile(samples, 99), unit: 'ms', note },
    { name: `${scenario} max`, value: samples.length === 0 ? Number.NaN : Math.max(...samples), unit: 'ms', note },
  ];
}
