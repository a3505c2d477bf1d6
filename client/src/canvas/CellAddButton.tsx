import { ViewportPortal } from '@xyflow/react';
import type { Lane } from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { PlusIcon } from '../ui/icons.js';
import { laneName } from './laneNames.js';
import type { CellLayout } from './layout.js';

interface CellAddButtonProps {
  cell: CellLayout;
  lanes: Lane[];
  onAdd: (laneId: string, phaseId: string) => void;
}

/** The "+" on the bottom edge of the hovered cell of a card lane: a new card there. */
export function CellAddButton({ cell, lanes, onAdd }: CellAddButtonProps) {
  const t = useT();
  const lane = lanes.find((l) => l.id === cell.laneId);
  if (!lane) return null;
  return (
    <ViewportPortal>
      <button
        type="button"
        className="cell-add nodrag nopan"
        data-testid="cell-add-card"
        data-lane-id={cell.laneId}
        data-phase-id={cell.phaseId}
        aria-label={t('card.addTo', { lane: laneName(t, lane) })}
        title={t('card.addTo', { lane: laneName(t, lane) })}
        style={{ transform: `translate(${cell.x + cell.width / 2 - 14}px, ${cell.y + cell.height - 14}px)` }}
        onClick={() => onAdd(cell.laneId, cell.phaseId)}
      >
        <PlusIcon size={16} />
      </button>
    </ViewportPortal>
  );
}
