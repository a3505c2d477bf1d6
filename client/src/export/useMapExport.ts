import type { ReactFlowInstance } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Insights, MapDocument } from '../../../shared/src/index.js';
import type { JourneyNode } from '../canvas/canvasNodes.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { downloadBlob, mapFileName } from '../report/download.js';
import { mapCsv, mapCsvLabels, mapCsvRows } from './mapCsv.js';
import { pixelRatioFor } from './pagePlan.js';

export type ExportFormat = 'png' | 'svg' | 'pdf' | 'csv';

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'busy'; format: ExportFormat; page: number | null; pages: number | null }
  | { kind: 'done'; format: ExportFormat; file: string; ms: number; pages: number | null }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

export interface MapExportInput {
  map: MapDocument | null;
  /** Null while the measurements load: the CSV then has no CSI. */
  insights: Insights | null;
  /** Whether the CSI overlay is on (then the PDF's legend explains its colours). */
  overlayOn: boolean;
  flow: RefObject<ReactFlowInstance<JourneyNode> | null>;
}

/** A PNG this many times the canvas size, unless the map is too large for that. */
const PNG_RATIO = 2;

/**
 * Exports the map as PNG, SVG, PDF or CSV and reports how far it got. The drawing code (and
 * jsPDF) load on the first export only. One export at a time; a PDF can be cancelled between pages.
 */
export function useMapExport({ map, insights, overlayOn, flow }: MapExportInput) {
  const t = useT();
  const { language } = useLanguage();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const run = useCallback(
    async (format: ExportFormat) => {
      if (!map || abort.current) return;
      const started = performance.now();
      const now = new Date();
      const title = map.title.trim() || t('map.untitled');
      const file = mapFileName(map.title, now, format);
      const controller = new AbortController();
      abort.current = controller;
      setState({ kind: 'busy', format, page: null, pages: null });
      try {
        let blob: Blob;
        let pages: number | null = null;
        if (format === 'csv') {
          blob = new Blob([mapCsv(mapCsvRows(map, insights), mapCsvLabels(t, insights), language)], { type: 'text/csv;charset=utf-8' });
        } else {
          const instance = flow.current;
          const canvas = document.querySelector<HTMLElement>('.journey-canvas');
          if (!instance || !canvas || map.phases.length === 0) throw new Error(t('export.emptyMap'));
          const { renderMap, pictureToPng, pictureToSvg } = await import('./renderMap.js');
          const picture = await renderMap(instance, canvas);
          if (format === 'png') {
            blob = await pictureToPng(picture, pixelRatioFor(picture.width, picture.height, PNG_RATIO));
          } else if (format === 'svg') {
            const date = now.toLocaleDateString(language === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long' });
            blob = pictureToSvg(picture, title, `${t('export.pdfKicker')} · ${t('report.generated', { date })} · Waymark`);
          } else {
            const { mapPdf } = await import('./mapPdf.js');
            const result = await mapPdf({
              picture,
              map,
              overlay: overlayOn ? insights : null,
              t,
              language,
              createdAt: now,
              signal: controller.signal,
              onPage: (page, count) => setState({ kind: 'busy', format, page, pages: count }),
            });
            blob = result.blob;
            pages = result.pages;
          }
        }
        if (controller.signal.aborted) throw new DOMException('cancelled', 'AbortError');
        downloadBlob(blob, file);
        setState({ kind: 'done', format, file, ms: Math.round(performance.now() - started), pages });
      } catch (cause) {
        if (cause instanceof DOMException && cause.name === 'AbortError') setState({ kind: 'cancelled' });
        else setState({ kind: 'failed', message: cause instanceof Error ? cause.message : String(cause) });
      } finally {
        abort.current = null;
      }
    },
    [map, insights, overlayOn, flow, t, language],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);
  const reset = useCallback(() => setState((current) => (current.kind === 'busy' ? current : { kind: 'idle' })), []);
  return { state, run, cancel, reset };
}
