import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../i18n/useT.js';
import { PlusIcon } from '../../ui/icons.js';
import type { AddPhaseNode } from '../canvasNodes.js';
import { useCanvasActions } from '../useCanvasActions.js';

/** "Add phase", right of the last column; on an empty map it invites the first phase. */
function AddPhase({ data }: NodeProps<AddPhaseNode>) {
  const t = useT();
  const { addPhase } = useCanvasActions();
  return (
    <div className="add-phase">
      <button type="button" className="add-phase__button nodrag nopan" data-testid="add-phase" onClick={addPhase}>
        <PlusIcon size={20} /> {t('phase.add')}
      </button>
      {data.phaseCount === 0 && <p className="add-phase__hint">{t('canvas.emptyHint')}</p>}
    </div>
  );
}

export const AddPhaseNodeView = memo(AddPhase);
