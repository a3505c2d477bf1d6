import { expect, test } from '@playwright/test';
import { benchmarks } from '../bench/benchmarks.js';

// The benchmarks that need the built app and Chromium cannot run in bench/smoke.test.ts (vitest
// runs before the build): their smallest run is here, so that none rots. Each starts its own
// server and browser; a figure that is not finite means it measured nothing.
for (const benchmark of benchmarks.filter((candidate) => candidate.needsBrowser)) {
  test(`benchmark ${benchmark.id} runs and reports finite figures`, async () => {
    test.setTimeout(180_000);
    const figures = await benchmark.run({ smoke: true, log: () => {} });
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) expect(Number.isFinite(figure.value), figure.name).toBe(true);
  });
}
