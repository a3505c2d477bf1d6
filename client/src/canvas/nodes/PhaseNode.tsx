import { useStoreApi, type NodeProps } from '@xyflow/react';
import { memo, useRef, type PointerEvent } from 'react';
import { PHASE_WIDTH_MAX, PHASE_WIDTH_MIN, movePhase, renamePhase, setPhaseWidth } from '../../../../shared/src/index.js';
import { useT } from '../../i18n/useT.js';
import { ChevronLeftIcon, ChevronRightIcon, TrashIcon } from '../../ui/icons.js';
import { WhiteSpotMarkers } from '../../insights/WhiteSpotMarkers.js';
import type { PhaseNode } from '../canvasNodes.js';
import { InlineRename } from '../InlineRename.js';
import { useCanvasActions } from '../useCanvasActions.js';

/** A phase header: number, name, order and delete; drag it to reorder, drag its edge to resize (read-only: name and count). */
function PhaseHeader({ data, width, dragging }: NodeProps<PhaseNode>) {
  const t = useT();
  const { doc, readOnly, renamePhaseId, clearRenamePhase } = useCanvasActions();
  const { phase, index, phaseCount, touchpointCount, spots } = data;
  const name = phase.name.trim() === '' ? t('phase.unnamed') : phase.name;

  return (
    <div
      className={`phase-header phase-header__drag${dragging ? ' is-dragging' : ''}${spots.length > 0 ? ' has-white-spot' : ''}`}
      data-testid="phase-header"
      data-phase-id={phase.id}
      title={readOnly ? undefined : t('phase.dragHint')}
    >
      <WhiteSpotMarkers spots={spots} />
      <div className="phase-header__top">
        <span className="phase-header__number" aria-hidden="true">
          {index + 1}
        </span>
        <InlineRename
          kind="phase"
          value={phase.name}
          display={name}
          onValue={(value) => renamePhase(doc, phase.id, value)}
          label={t('phase.name')}
          hint={t('phase.renameHint')}
          startRequested={renamePhaseId === phase.id}
          onStarted={clearRenamePhase}
          readOnly={readOnly}
        />
      </div>
      <div className="phase-header__bottom">
        <span className="phase-header__count">{t('phase.touchpointCount', { count: touchpointCount })}</span>
        {!readOnly && <PhaseTools phaseId={phase.id} index={index} phaseCount={phaseCount} name={name} />}
      </div>
      {!readOnly && <ResizeEdge phaseId={phase.id} width={width ?? 0} name={name} />}
    </div>
  );
}

/** Move left, move right, delete: for those who may change the map. */
function PhaseTools({ phaseId, index, phaseCount, name }: { phaseId: string; index: number; phaseCount: number; name: string }) {
  const t = useT();
  const { doc, requestPhaseDeletion } = useCanvasActions();
  return (
    <div className="phase-header__tools nodrag">
      <button
        type="button"
        className="icon-button"
        data-testid="move-phase-left"
        aria-label={t('phase.moveLeft', { name })}
        title={t('phase.moveLeft', { name })}
        disabled={index === 0}
        onClick={() => movePhase(doc, phaseId, index - 1)}
      >
        <ChevronLeftIcon />
      </button>
      <button
        type="button"
        className="icon-button"
        data-testid="move-phase-right"
        aria-label={t('phase.moveRight', { name })}
        title={t('phase.moveRight', { name })}
        disabled={index === phaseCount - 1}
        onClick={() => movePhase(doc, phaseId, index + 1)}
      >
        <ChevronRightIcon />
      </button>
      <button
        type="button"
        className="icon-button icon-button--danger"
        data-testid="delete-phase"
        aria-label={t('phase.delete', { name })}
        title={t('phase.delete', { name })}
        onClick={() => requestPhaseDeletion(phaseId)}
      >
        <TrashIcon />
      </button>
    </div>
  );
}

/** The right edge of a phase header: drag to resize (one setPhaseWidth on release), double-click resets. */
function ResizeEdge({ phaseId, width, name }: { phaseId: string; width: number; name: string }) {
  const t = useT();
  const store = useStoreApi();
  const { doc, previewPhaseWidth } = useCanvasActions();
  const drag = useRef<{ startX: number; startWidth: number; zoom: number; width: number } | null>(null);

  const widthAt = (event: PointerEvent) => {
    const current = drag.current!;
    const next = current.startWidth + (event.clientX - current.startX) / current.zoom;
    return Math.round(Math.min(PHASE_WIDTH_MAX, Math.max(PHASE_WIDTH_MIN, next)));
  };
  return (
    <div
      className="phase-resize nodrag nopan"
      data-testid="phase-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('phase.resize', { name })}
      title={t('phase.resizeHint')}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.stopPropagation();
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { startX: event.clientX, startWidth: width, zoom: store.getState().transform[2], width };
      }}
      onPointerMove={(event) => {
        if (!drag.current) return;
        drag.current.width = widthAt(event);
        previewPhaseWidth(phaseId, drag.current.width);
      }}
      onPointerUp={(event) => {
        const current = drag.current;
        drag.current = null;
        event.currentTarget.releasePointerCapture(event.pointerId);
        if (current && current.width !== current.startWidth) setPhaseWidth(doc, phaseId, current.width);
        previewPhaseWidth(phaseId, null);
      }}
      onPointerCancel={() => {
        drag.current = null;
        previewPhaseWidth(phaseId, null);
      }}
      onDoubleClick={() => setPhaseWidth(doc, phaseId, null)}
    />
  );
}

export const PhaseNodeView = memo(PhaseHeader);
