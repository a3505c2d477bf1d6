import type { Benchmark } from './lib/figures.js';
import { measurementsBenchmark } from './measurements/index.js';

/** Every benchmark of BENCHMARKS.md, in the order issue 7 lists them. */
export const benchmarks: Benchmark[] = [measurementsBenchmark];
