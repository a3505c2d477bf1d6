import { useCallback, useEffect, useRef, useState } from 'react';
import type { Touchpoint } from '../../../shared/src/index.js';
import { MeasurementImportError, uploadMeasurements, type ImportResult } from '../api/measurementsApi.js';
import { contentTypeOf, knownKeysOf, type ImportSummary } from './importSummary.js';
import { parseInWorker } from './parseInWorker.js';
import type { ParseStage } from './workerMessages.js';

/** The steps of an import: choose a file, check it in the browser, look, send, see the outcome. */
export type ImportState =
  | { step: 'choose'; readError: string | null }
  | { step: 'parsing'; file: File; stage: ParseStage; fraction: number }
  | { step: 'preview'; file: File; summary: ImportSummary }
  | { step: 'uploading'; file: File; summary: ImportSummary; skipInvalid: boolean; fraction: number }
  | { step: 'done'; file: File; summary: ImportSummary; result: ImportResult }
  | { step: 'failed'; file: File; summary: ImportSummary; skipInvalid: boolean; error: MeasurementImportError };

const CHOOSE: ImportState = { step: 'choose', readError: null };

/** Stops the running step, if any, and starts the next one. */
function startRun(running: { current: AbortController | null }): AbortController {
  running.current?.abort();
  const controller = new AbortController();
  running.current = controller;
  return controller;
}

const isAbort = (cause: unknown) => cause instanceof DOMException && cause.name === 'AbortError';

/**
 * The import of one measurement file into a map: parsed in a worker for the preview, then the
 * file itself is uploaded (the server checks it again: it decides what is stored).
 */
export function useMeasurementImport(
  mapId: string,
  touchpoints: readonly Touchpoint[],
  onImported?: (result: ImportResult) => void,
) {
  const [state, setState] = useState<ImportState>(CHOOSE);
  const running = useRef<AbortController | null>(null);
  // The latest touchpoints and callback, read when a step starts (not a reason to restart one).
  const latest = useRef({ touchpoints, onImported });
  useEffect(() => {
    latest.current = { touchpoints, onImported };
  });

  useEffect(() => () => running.current?.abort(), []);

  const chooseFile = useCallback(async (file: File) => {
    const controller = startRun(running);
    setState({ step: 'parsing', file, stage: 'reading', fraction: 0 });
    try {
      const summary = await parseInWorker(
        file,
        knownKeysOf(latest.current.touchpoints),
        (stage, fraction) => {
          if (!controller.signal.aborted) setState({ step: 'parsing', file, stage, fraction });
        },
        controller.signal,
      );
      if (!controller.signal.aborted) setState({ step: 'preview', file, summary });
    } catch (cause) {
      if (isAbort(cause) || controller.signal.aborted) return;
      setState({ step: 'choose', readError: cause instanceof Error ? cause.message : String(cause) });
    }
  }, []);

  const upload = useCallback(async (file: File, summary: ImportSummary, skipInvalid: boolean) => {
    const controller = startRun(running);
    setState({ step: 'uploading', file, summary, skipInvalid, fraction: 0 });
    try {
      const result = await uploadMeasurements(mapId, file, {
        contentType: contentTypeOf(summary.kind),
        skipInvalid,
        signal: controller.signal,
        onProgress: (fraction) => {
          if (!controller.signal.aborted) setState({ step: 'uploading', file, summary, skipInvalid, fraction });
        },
      });
      if (controller.signal.aborted) return;
      setState({ step: 'done', file, summary, result });
      latest.current.onImported?.(result);
    } catch (cause) {
      if (isAbort(cause) || controller.signal.aborted) return;
      const error =
        cause instanceof MeasurementImportError
          ? cause
          : new MeasurementImportError(cause instanceof Error ? cause.message : String(cause), 0);
      setState({ step: 'failed', file, summary, skipInvalid, error });
    }
  }, [mapId]);

  const reset = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setState(CHOOSE);
  }, []);

  /** Stops what is running: parsing goes back to choosing, an upload back to the preview. */
  const cancel = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setState((s) => (s.step === 'uploading' ? { step: 'preview', file: s.file, summary: s.summary } : CHOOSE));
  }, []);

  return { state, chooseFile, upload, reset, cancel };
}
