/// <reference lib="webworker" />
// Parses a measurement file off the main thread, so that a million rows keep the page responsive.
// Sends progress while reading and parsing, then a summary (never the rows: the file itself is uploaded).
import { parseMeasurementCsv, parseMeasurementJson } from '../../../shared/src/index.js';
import { fileKind, summariseCsv, summariseJson } from './importSummary.js';
import type { WorkerReply, WorkerRequest } from './workerMessages.js';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: WorkerReply) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { file, knownKeys } = event.data;
  const known = new Set(knownKeys);
  try {
    reply({ type: 'progress', stage: 'reading', fraction: 0 });
    const text = await file.text();
    reply({ type: 'progress', stage: 'parsing', fraction: 0 });
    if (fileKind(file) === 'json') {
      let body: unknown;
      try {
        body = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch (cause) {
        const detail = cause instanceof Error ? cause.message : String(cause);
        reply({
          type: 'done',
          summary: summariseJson({ rows: [], problems: [{ line: 0, column: '(file)', message: `not valid JSON: ${detail}` }] }, 0, known),
        });
        return;
      }
      const parsed = parseMeasurementJson(body);
      reply({ type: 'progress', stage: 'parsing', fraction: 1 });
      reply({ type: 'done', summary: summariseJson(parsed, Array.isArray(body) ? body.length : 0, known) });
      return;
    }
    const parsed = parseMeasurementCsv(text, (fraction) => reply({ type: 'progress', stage: 'parsing', fraction }));
    reply({ type: 'done', summary: summariseCsv(parsed, known) });
  } catch (cause) {
    reply({ type: 'error', message: cause instanceof Error ? cause.message : String(cause) });
  }
};
