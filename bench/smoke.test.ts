import { describe, expect, it } from 'vitest';
import { benchmarks } from './benchmarks.js';

// Benchmarks are not pass/fail tests: these only run each at its smallest size, so that none
// rots, and check that it measured something real (finite figures, nothing lost).
describe('benchmark smoke runs', () => {
  for (const benchmark of benchmarks.filter((candidate) => !candidate.needsBrowser)) {
    it(`${benchmark.id} runs and reports finite figures`, { timeout: 120_000 }, async () => {
      const figures = await benchmark.run({ smoke: true, log: () => {} });
      expect(figures.length).toBeGreaterThan(0);
      for (const figure of figures) expect(Number.isFinite(figure.value), figure.name).toBe(true);
    });
  }
});
