import { useState } from 'react';
import type { Insights, MapDocument } from '../../../shared/src/index.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { Link } from '../routing/Link.js';
import { mapPath } from '../routing/routes.js';
import { ArrowLeftIcon, DownloadIcon, UploadIcon } from '../ui/icons.js';
import { LanguageSwitch } from '../ui/LanguageSwitch.js';
import { downloadBlob, reportFileName } from './download.js';
import { reportCsv } from './reportCsv.js';
import { csvLabels } from './reportLabels.js';
import type { ReportRow } from './reportRows.js';

interface ReportHeaderProps {
  mapId: string;
  /** Null while loading. */
  mapTitle: string | null;
  /** Null while there is nothing to download. */
  insights: Insights | null;
  rows: readonly ReportRow[];
  map: MapDocument | null;
  /** Opens the measurement import; without it (a read-only link) there is no import button. */
  onImport?: () => void;
}

/** The report's bar: back to the map, the title, import, downloads, print, language. */
export function ReportHeader({ mapId, mapTitle, insights, rows, map, onImport }: ReportHeaderProps) {
  const t = useT();
  const { language } = useLanguage();
  const [pdfState, setPdfState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  const downloadCsv = () => {
    if (!insights || !mapTitle) return;
    const text = reportCsv(rows, csvLabels(t, insights), language);
    downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), reportFileName(mapTitle, insights, 'csv'));
  };

  const downloadPdf = async () => {
    if (!insights || !map || !mapTitle) return;
    setPdfState({ busy: true, error: null });
    try {
      // The PDF writer is big: loaded on the first download only.
      const { reportPdf } = await import('./reportPdf.js');
      const blob = await reportPdf({ map, insights, rows, t, language, createdAt: new Date() });
      downloadBlob(blob, reportFileName(mapTitle, insights, 'pdf'));
      setPdfState({ busy: false, error: null });
    } catch (cause) {
      setPdfState({ busy: false, error: cause instanceof Error ? cause.message : String(cause) });
    }
  };

  return (
    <header className="topbar topbar--map report-topbar">
      <Link to={mapPath(mapId)} className="button button--quiet back-link" data-testid="back-to-map">
        <ArrowLeftIcon size={18} /> {t('report.backToMap')}
      </Link>
      <div className="topbar__title report-topbar__title">
        <span className="report-topbar__kicker">{t('report.title')}</span>
        <span className="report-topbar__name" data-testid="report-map-title">
          {mapTitle ?? t('report.loading')}
        </span>
      </div>
      <div className="topbar__tools report-topbar__tools">
        {pdfState.error && (
          <span className="report-topbar__error" role="alert">
            {t('report.pdfFailed', { message: pdfState.error })}
          </span>
        )}
        {onImport && (
          <button type="button" className="button" data-testid="open-import" onClick={onImport} disabled={!map}>
            <UploadIcon /> {t('report.import')}
          </button>
        )}
        <button
          type="button"
          className="button"
          data-testid="download-csv"
          title={t('report.downloadCsvHint')}
          disabled={!insights}
          onClick={downloadCsv}
        >
          <DownloadIcon /> {t('report.downloadCsv')}
        </button>
        <button
          type="button"
          className="button"
          data-testid="download-pdf"
          title={t('report.downloadPdfHint')}
          disabled={!insights || pdfState.busy}
          aria-busy={pdfState.busy}
          onClick={() => void downloadPdf()}
        >
          <DownloadIcon /> {pdfState.busy ? t('report.pdfBusy') : t('report.downloadPdf')}
        </button>
        <button type="button" className="button" data-testid="print-report" disabled={!insights} onClick={() => window.print()}>
          <PrintIcon /> {t('report.print')}
        </button>
        <LanguageSwitch />
      </div>
    </header>
  );
}

function PrintIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M7 9V4h10v5M7 17H5a2 2 0 0 1-2-2v-4a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v4a2 2 0 0 1-2 2h-2" />
      <rect x="7" y="14" width="10" height="6" rx="1" />
    </svg>
  );
}
