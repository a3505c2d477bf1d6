import { canvasBenchmark } from './canvas/canvas.js';
import type { Benchmark } from './lib/figures.js';

/** Every benchmark of BENCHMARKS.md, in the order issue 7 lists them. */
export const benchmarks: Benchmark[] = [canvasBenchmark];
