import { useEffect, useMemo, useState } from 'react';
import { useAccess } from '../access/useAccess.js';
import { computeInsights, measurementsRevision } from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { MeasurementImport } from '../measurements/MeasurementImport.js';
import { useMeasurements } from '../measurements/useMeasurements.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { useMapDoc } from '../sync/useMapDoc.js';
import { BarometerReport } from './BarometerReport.js';
import { ReportEmpty } from './ReportEmpty.js';
import { ReportHeader } from './ReportHeader.js';
import { reportRows } from './reportRows.js';
import { useFileDrop } from './useFileDrop.js';
import { useReportParams } from './useReportParams.js';
import './report.css';
import './reportSections.css';
import './reportPrint.css';

/**
 * `/maps/:id/report?period=&baseline=`: the customer barometer of a map. The map comes live over
 * the sync socket (settings edited here reach everyone at once), the measurements over HTTP, and
 * the insights are computed here with the same code as the server's.
 */
export function ReportPage({ mapId }: { mapId: string }) {
  const t = useT();
  const canEdit = useAccess().permissions.editMap;
  const { doc, map, synced, notFound, deleted } = useMapDoc(mapId);
  const revision = doc && map ? measurementsRevision(doc) : 0;
  const { measurements, error, reload } = useMeasurements(mapId, revision);
  const [params, setParams] = useReportParams();
  const [importOpen, setImportOpen] = useState(false);
  const [droppedFile, setDroppedFile] = useState<File | null>(null);
  useFileDrop((file) => {
    setDroppedFile(file);
    setImportOpen(true);
  }, canEdit);
  const openImport = canEdit ? () => setImportOpen(true) : undefined;

  const periods = useMemo(() => [...new Set((measurements ?? []).map((m) => m.period))].sort(), [measurements]);
  // A period in the address that has no data (a stale link) falls back to the latest one.
  const period = params.period !== null && periods.includes(params.period) ? params.period : null;
  const shownPeriod = period ?? periods.at(-1) ?? null;
  const baseline =
    params.baseline === undefined || params.baseline === null || (periods.includes(params.baseline) && params.baseline !== shownPeriod)
      ? params.baseline
      : undefined;
  const insights = useMemo(
    () =>
      map && measurements
        ? computeInsights(map, measurements, { period, baseline, settings: map.settings })
        : null,
    [map, measurements, period, baseline],
  );
  const rows = useMemo(() => (insights && map ? reportRows(insights, map.phases) : []), [insights, map]);

  const title = map?.title.trim() || t('map.untitled');
  useEffect(() => {
    document.title = `${t('report.documentTitle', { title })} · Waymark`;
  }, [title, t]);

  if (notFound) return <NotFoundPage what={deleted ? 'deletedMap' : 'map'} />;

  const ready = Boolean(doc && map && synced && measurements);
  const empty = ready && measurements!.length === 0;
  return (
    <div className="report-page">
      <ReportHeader
        mapId={mapId}
        mapTitle={ready ? title : null}
        insights={ready && !empty ? insights : null}
        rows={rows}
        map={map}
        onImport={openImport}
      />
      <main className="report" data-testid="barometer-report" data-state={!ready ? 'loading' : empty ? 'empty' : 'ready'}>
        {error && (
          <div className="notice notice--error report__notice" role="alert">
            <p>{t('report.loadFailed', { message: error })}</p>
            <div className="notice__actions">
              <button type="button" className="button" onClick={reload}>
                {t('common.retry')}
              </button>
            </div>
          </div>
        )}
        {!ready && !error && (
          <div className="report__loading" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('report.loading')}
          </div>
        )}
        {ready && empty && <ReportEmpty mapId={mapId} onImport={openImport} />}
        {ready && !empty && insights && doc && map && (
          <BarometerReport
            doc={doc}
            map={map}
            insights={insights}
            rows={rows}
            requestedPeriod={params.period}
            onPeriodChange={(next) => setParams({ period: next, baseline: undefined })}
            onBaselineChange={(next) => setParams({ period: params.period, baseline: next })}
            readOnly={!canEdit}
          />
        )}
      </main>
      {map && canEdit && (
        <MeasurementImport
          mapId={mapId}
          map={map}
          open={importOpen}
          initialFile={droppedFile}
          onClose={() => {
            setImportOpen(false);
            setDroppedFile(null);
          }}
          onImported={reload}
        />
      )}
    </div>
  );
}
