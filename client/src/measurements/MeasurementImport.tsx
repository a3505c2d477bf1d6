import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { MapDocument } from '../../../shared/src/index.js';
import type { ImportResult } from '../api/measurementsApi.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { CloseIcon } from '../ui/icons.js';
import { formatBytes, formatNumber } from './formatNumber.js';
import { ImportDropZone } from './ImportDropZone.js';
import type { ImportSummary } from './importSummary.js';
import { ImportFailure, ImportOutcome } from './ImportOutcome.js';
import { ImportPreview } from './ImportPreview.js';
import { ProgressBar } from './ProgressBar.js';
import { useMeasurementImport } from './useMeasurementImport.js';
import './importDialog.css';
import './measurements.css';

interface MeasurementImportProps {
  mapId: string;
  map: MapDocument;
  open: boolean;
  onClose: () => void;
  /** A file to start with (dropped on the map, say). */
  initialFile?: File | null;
  /** Called after the server stored measurements. */
  onImported?: (result: ImportResult) => void;
}

/**
 * The dialog that imports measured CSI: pick or drop a CSV or JSON file, see how it is understood
 * and which keys match touchpoints, then upload it. Nothing is stored before the reader says so.
 */
export function MeasurementImport({ open, ...rest }: MeasurementImportProps) {
  // Mounted only while open: every opening starts with a clean state.
  return open ? <ImportDialog {...rest} /> : null;
}

function ImportDialog({ mapId, map, onClose, initialFile, onImported }: Omit<MeasurementImportProps, 'open'>) {
  const t = useT();
  const { language } = useLanguage();
  const ref = useRef<HTMLDialogElement>(null);
  const { state, chooseFile, upload, reset, cancel } = useMeasurementImport(mapId, map.touchpoints, onImported);
  const [dragging, setDragging] = useState(false);
  const dragDepth = useRef(0);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  useEffect(() => {
    if (initialFile) void chooseFile(initialFile);
  }, [initialFile, chooseFile]);

  const busy = state.step === 'parsing' || state.step === 'uploading';
  const close = () => {
    cancel();
    onClose();
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    dragDepth.current = 0;
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && state.step !== 'uploading') void chooseFile(file);
  };
  const file = state.step === 'choose' ? null : state.file;

  return (
    <dialog
      ref={ref}
      className={`dialog import-dialog${dragging ? ' is-dragging' : ''}`}
      data-testid="measurement-import"
      data-step={state.step}
      aria-labelledby="import-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      onDragEnter={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        // Entering a child fires before leaving its parent: count, so the highlight does not flicker.
        dragDepth.current++;
        setDragging(true);
      }}
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('Files')) event.preventDefault();
      }}
      onDragLeave={() => {
        dragDepth.current = Math.max(0, dragDepth.current - 1);
        if (dragDepth.current === 0) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <div className="import-dialog__head">
        <div>
          <h2 id="import-dialog-title" className="dialog__title">
            {t('importCsi.title')}
          </h2>
          {file && (
            <p className="import-dialog__file" data-testid="import-file-name">
              {file.name} <span className="muted">· {formatBytes(file.size, language)}</span>
            </p>
          )}
        </div>
        <button type="button" className="icon-button" aria-label={t('importCsi.close')} onClick={close}>
          <CloseIcon />
        </button>
      </div>

      <div className="import-dialog__body">
        {state.step === 'choose' && <ImportDropZone readError={state.readError} onFile={(f) => void chooseFile(f)} />}

        {state.step === 'parsing' && (
          <ProgressBar
            testId="import-progress"
            label={state.stage === 'reading' ? t('importCsi.reading') : t('importCsi.parsing')}
            value={state.stage === 'reading' ? null : state.fraction}
          />
        )}

        {(state.step === 'preview' || state.step === 'uploading') && (
          <ImportPreview summary={state.summary} touchpoints={map.touchpoints} />
        )}

        {state.step === 'done' && <ImportOutcome result={state.result} />}
        {state.step === 'failed' && <ImportFailure error={state.error} fileSize={state.file.size} />}
      </div>

      <div className="import-dialog__foot">
        {state.step === 'uploading' && (
          <ProgressBar
            testId="import-progress"
            label={state.fraction < 1 ? t('importCsi.uploading') : t('importCsi.saving')}
            value={state.fraction < 1 ? state.fraction : null}
          />
        )}
        <div className="dialog__actions import-dialog__actions">
          {busy && (
            <button type="button" className="button" onClick={cancel}>
              {t('common.cancel')}
            </button>
          )}
          {(state.step === 'preview' || state.step === 'failed') && (
            <button type="button" className="button button--quiet" data-testid="import-other-file" onClick={reset}>
              {t('importCsi.otherFile')}
            </button>
          )}
          {state.step === 'preview' && <ImportButtons summary={state.summary} onImport={(skip) => void upload(state.file, state.summary, skip)} />}
          {state.step === 'failed' && (
            <>
              <button type="button" className="button" onClick={close}>
                {t('common.cancel')}
              </button>
              {/* Worth another try only when the upload broke off or the server failed. */}
              {(state.error.status === 0 || state.error.status >= 500) && (
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => void upload(state.file, state.summary, state.skipInvalid)}
                >
                  {t('common.retry')}
                </button>
              )}
            </>
          )}
          {state.step === 'choose' && (
            <button type="button" className="button" onClick={close}>
              {t('common.cancel')}
            </button>
          )}
          {state.step === 'done' && (
            <>
              <button type="button" className="button" onClick={reset}>
                {t('importCsi.importMore')}
              </button>
              <button type="button" className="button button--primary" data-testid="import-done" onClick={close} autoFocus>
                {t('importCsi.done')}
              </button>
            </>
          )}
        </div>
      </div>
    </dialog>
  );
}

/** Import everything, or, when some rows have problems, only the valid ones (if any and allowed). */
function ImportButtons({ summary, onImport }: { summary: ImportSummary; onImport: (skipInvalid: boolean) => void }) {
  const t = useT();
  const { language } = useLanguage();
  const shown = formatNumber(summary.validRows, language, { decimals: 0 });
  if (summary.problemCount === 0) {
    return (
      <button
        type="button"
        className="button button--primary"
        data-testid="import-submit"
        disabled={summary.validRows === 0}
        onClick={() => onImport(false)}
        autoFocus
      >
        {t('importCsi.import', { count: summary.validRows, shown })}
      </button>
    );
  }
  if (summary.fatal || summary.validRows === 0) return null;
  return (
    <button type="button" className="button button--primary" data-testid="import-valid-rows" onClick={() => onImport(true)}>
      {t('importCsi.importValid', { count: summary.validRows, shown })}
    </button>
  );
}
