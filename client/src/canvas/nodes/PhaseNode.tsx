import type { NodeProps } from '@xyflow/react';
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { movePhase, renamePhase } from '../../../../shared/src/index.js';
import { useT } from '../../i18n/useT.js';
import { SyncedTextInput } from '../../ui/SyncedTextInput.js';
import { ChevronLeftIcon, ChevronRightIcon, PlusIcon, TrashIcon } from '../../ui/icons.js';
import type { PhaseNode } from '../canvasNodes.js';
import { CARD_INSET, CARD_WIDTH, HEADER_HEIGHT, cardY } from '../layout.js';
import { useCanvasActions } from '../useCanvasActions.js';

/** A phase: its column, its header (name, order, delete) and the "add touchpoint" button. */
function PhaseColumn({ data }: NodeProps<PhaseNode>) {
  const t = useT();
  const { doc, addTouchpoint, requestPhaseDeletion, renamePhaseId, clearRenamePhase } = useCanvasActions();
  const { phase, index, phaseCount, touchpointCount } = data;
  const [editing, setEditing] = useState(false);
  const nameBeforeEdit = useRef(phase.name);

  const startEditing = () => {
    nameBeforeEdit.current = phase.name;
    setEditing(true);
  };
  useEffect(() => {
    if (renamePhaseId !== phase.id) return;
    nameBeforeEdit.current = phase.name;
    setEditing(true);
    clearRenamePhase();
  }, [renamePhaseId, phase.id, phase.name, clearRenamePhase]);

  const onNameKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') setEditing(false);
    if (event.key === 'Escape') {
      renamePhase(doc, phase.id, nameBeforeEdit.current);
      setEditing(false);
    }
  };
  const name = phase.name.trim() === '' ? t('phase.unnamed') : phase.name;

  return (
    <div className="phase-column" data-testid="phase-column" data-phase-id={phase.id}>
      <div
        className="phase-header nodrag nopan"
        style={{ height: HEADER_HEIGHT - 1 }}
        data-testid="phase-header"
        data-phase-id={phase.id}
      >
        <div className="phase-header__top">
          <span className="phase-header__number" aria-hidden="true">
            {index + 1}
          </span>
          {editing ? (
            <SyncedTextInput
              className="phase-header__input"
              data-testid="phase-name-input"
              aria-label={t('phase.name')}
              maxLength={200}
              autoFocus
              onFocus={(event) => event.target.select()}
              value={phase.name}
              onValue={(value) => renamePhase(doc, phase.id, value)}
              onKeyDown={onNameKey}
              onBlur={() => setEditing(false)}
            />
          ) : (
            <h3
              className={`phase-header__name${phase.name.trim() === '' ? ' is-placeholder' : ''}`}
              data-testid="phase-name"
              title={t('phase.renameHint')}
              tabIndex={0}
              onDoubleClick={startEditing}
              onKeyDown={(event) => (event.key === 'Enter' || event.key === 'F2') && startEditing()}
            >
              {name}
            </h3>
          )}
        </div>
        <div className="phase-header__bottom">
          <span className="phase-header__count">{t('phase.touchpointCount', { count: touchpointCount })}</span>
          <div className="phase-header__tools">
            <button
              type="button"
              className="icon-button"
              data-testid="move-phase-left"
              aria-label={t('phase.moveLeft', { name })}
              title={t('phase.moveLeft', { name })}
              disabled={index === 0}
              onClick={() => movePhase(doc, phase.id, index - 1)}
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
              onClick={() => movePhase(doc, phase.id, index + 1)}
            >
              <ChevronRightIcon />
            </button>
            <button
              type="button"
              className="icon-button icon-button--danger"
              data-testid="delete-phase"
              aria-label={t('phase.delete', { name })}
              title={t('phase.delete', { name })}
              onClick={() => requestPhaseDeletion(phase.id)}
            >
              <TrashIcon />
            </button>
          </div>
        </div>
      </div>
      <button
        type="button"
        className="add-touchpoint nodrag nopan"
        // The column's 1px border shifts its content; the button lines up with the cards.
        style={{ top: cardY(touchpointCount) - 1, left: CARD_INSET - 1, width: CARD_WIDTH }}
        data-testid="add-touchpoint"
        data-phase-id={phase.id}
        onClick={() => addTouchpoint(phase.id)}
      >
        <PlusIcon size={16} /> {t('touchpoint.add')}
      </button>
    </div>
  );
}

export const PhaseNodeView = memo(PhaseColumn);
