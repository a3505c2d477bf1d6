import { Suspense } from 'react';
import type { Insights } from '../../../shared/src/index.js';
import { useLanguage } from '../i18n/useLanguage.js';
import { useT } from '../i18n/useT.js';
import { DeltaBadge } from '../measurements/DeltaBadge.js';
import { formatNumber } from '../measurements/formatNumber.js';
import { csiPaint } from './csiScale.js';
import { CloseIcon } from '../ui/icons.js';
import { useModal } from '../ui/useModal.js';
import { LazyPriorityMatrix } from './lazyCharts.js';
import './insightDialogs.css';

interface MatrixDialogProps {
  insights: Insights;
  selectedId: string | null;
  /** A point was clicked: the dialog closes and the map shows that touchpoint. */
  onSelectTouchpoint: (touchpointId: string) => void;
  onClose: () => void;
}

/** The priority matrix of the period over the map: importance against CSI; a point selects its touchpoint. */
export function MatrixDialog({ insights, selectedId, onSelectTouchpoint, onClose }: MatrixDialogProps) {
  const t = useT();
  const { language } = useLanguage();
  const modal = useModal(onClose);
  return (
    <dialog
      {...modal}
      className="dialog matrix-dialog"
      data-testid="matrix-dialog"
      aria-labelledby="matrix-dialog-title"
    >
      <div className="matrix-dialog__head">
        <div>
          <h2 id="matrix-dialog-title" className="dialog__title">
            {t('matrix.title')}
            {insights.period && <span className="matrix-dialog__period">{insights.period}</span>}
          </h2>
          <p className="muted small matrix-dialog__hint">{t('overlay.matrixHint')}</p>
        </div>
        <button type="button" className="icon-button" data-testid="close-matrix" aria-label={t('overlay.close')} onClick={onClose}>
          <CloseIcon />
        </button>
      </div>
      <div className="matrix-dialog__body">
        <div className="matrix-dialog__chart">
          <Suspense
            fallback={
              <div className="matrix-dialog__loading" role="status">
                <span className="spinner" aria-hidden="true" />
              </div>
            }
          >
            <LazyPriorityMatrix
              touchpoints={insights.touchpoints}
              csiTarget={insights.settings.csiTarget}
              selectedId={selectedId}
              onSelectTouchpoint={onSelectTouchpoint}
              height={470}
            />
          </Suspense>
        </div>
        {/* The numbers on the points, as the matrix numbers them: the touchpoints in map order. */}
        <ol className="matrix-dialog__list" aria-label={t('overlay.matrixList')}>
          {insights.touchpoints.map((tp, index) => {
            if (tp.csi === null) return null;
            const paint = csiPaint(tp.csi, insights.settings.csiTarget);
            return (
              <li key={tp.id} className={tp.id === selectedId ? 'is-selected' : undefined}>
                <button type="button" className="matrix-dialog__item" data-testid="matrix-list-item" onClick={() => onSelectTouchpoint(tp.id)}>
                  <span className={`matrix-dialog__number${tp.momentOfTruth ? ' is-mot' : ''}`}>{index + 1}</span>
                  <span className="matrix-dialog__name">{tp.title.trim() === '' ? t('touchpoint.untitled') : tp.title}</span>
                  <span className="matrix-dialog__csi" style={{ background: paint.color, color: paint.ink }}>
                    {formatNumber(tp.csi, language)}
                  </span>
                  {insights.baseline !== null && <DeltaBadge delta={tp.delta} />}
                </button>
              </li>
            );
          })}
        </ol>
      </div>
    </dialog>
  );
}
