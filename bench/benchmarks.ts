import { canvasBenchmark } from './canvas/canvas.js';
import { coldOpen } from './coldOpen/coldOpen.js';
import { durable } from './durable/durable.js';
import type { Benchmark } from './lib/figures.js';
import { measurementsBenchmark } from './measurements/index.js';
import { memoryBenchmark } from './memory/memory.js';
import { relay } from './relay/relay.js';

/** Every benchmark of BENCHMARKS.md, in the order issue 7 lists them. */
export const benchmarks: Benchmark[] = [relay, durable, coldOpen, canvasBenchmark, measurementsBenchmark, memoryBenchmark];
