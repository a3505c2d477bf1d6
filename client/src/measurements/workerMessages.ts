import type { ImportSummary } from './importSummary.js';

/** What the page asks the parsing worker. */
export interface WorkerRequest {
  file: File;
  /** The keys that name a touchpoint of the map (metric keys and ids). */
  knownKeys: string[];
}

export type ParseStage = 'reading' | 'parsing';

/** What the worker answers: progress, then one summary or one error. */
export type WorkerReply =
  | { type: 'progress'; stage: ParseStage; fraction: number }
  | { type: 'done'; summary: ImportSummary }
  | { type: 'error'; message: string };
