import type { ImportSummary } from './importSummary.js';
import type { ParseStage, WorkerReply, WorkerRequest } from './workerMessages.js';

/**
 * Parses a measurement file in a Web Worker. Resolves to the summary; `signal` ends the worker
 * (choosing another file, closing the dialog).
 */
export function parseInWorker(
  file: File,
  knownKeys: string[],
  onProgress: (stage: ParseStage, fraction: number) => void,
  signal?: AbortSignal,
): Promise<ImportSummary> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./csvWorker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(new DOMException('Parsing was cancelled.', 'AbortError'));
    };
    if (signal?.aborted) {
      abort();
      return;
    }
    signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.stage, message.fraction);
      else if (message.type === 'done') {
        finish();
        resolve(message.summary);
      } else {
        finish();
        reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'The file could not be read.'));
    };
    const request: WorkerRequest = { file, knownKeys };
    worker.postMessage(request);
  });
}
