import { coldOpen } from './coldOpen/coldOpen.js';
import { durable } from './durable/durable.js';
import type { Benchmark } from './lib/figures.js';

/** Every benchmark of BENCHMARKS.md, in the order issue 7 lists them. */
export const benchmarks: Benchmark[] = [durable, coldOpen];
