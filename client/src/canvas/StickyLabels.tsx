import { useStore, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../i18n/useT.js';
import { laneName } from './laneNames.js';
import { BOARD_LEFT, HEADER_HEIGHT, LANE_HEADER_WIDTH, type JourneyLayout } from './layout.js';

const transformOf = (s: ReactFlowState) => s.transform;
const heightOf = (s: ReactFlowState) => s.height;
/** Screen room the zoom buttons take at the bottom left. */
const CONTROLS_HEIGHT = 130;
/** Screen room the toolbar takes at the top of the canvas. */
const TOOLBAR_BOTTOM = 66;

/**
 * Lane and phase names that stay at the edge of the screen once their headers have scrolled
 * away, so that on a large map everyone still knows which row and column they look at.
 */
export const StickyLabels = memo(function StickyLabels({ layout }: { layout: JourneyLayout }) {
  const t = useT();
  const [tx, ty, zoom] = useStore(transformOf);
  const paneHeight = useStore(heightOf);
  const lanesGone = tx + (BOARD_LEFT + LANE_HEADER_WIDTH) * zoom < 0;
  const phasesGone = ty + HEADER_HEIGHT * zoom < TOOLBAR_BOTTOM;
  if (!lanesGone && !phasesGone) return null;
  const minLeft = lanesGone ? 166 : 0;
  const laneTop = phasesGone ? TOOLBAR_BOTTOM + 34 : TOOLBAR_BOTTOM;
  return (
    <div className="sticky-labels" aria-hidden="true">
      {lanesGone &&
        layout.lanes.map(({ lane, top, height }) => {
          const y = ty + top * zoom;
          if (y + height * zoom < laneTop + 24 || Math.max(laneTop, y + 4) > paneHeight - CONTROLS_HEIGHT) return null;
          return (
            <span key={lane.id} className={`sticky-label sticky-label--lane lane-header--${lane.kind}`} style={{ top: Math.max(laneTop, y + 4) }}>
              {laneName(t, lane)}
            </span>
          );
        })}
      {phasesGone &&
        layout.columns.map(({ phase, index, x, width }, i) => {
          // A phase whose start has scrolled away keeps its label at the left, until the next one takes over.
          const left = Math.max(minLeft, tx + x * zoom);
          const next = layout.columns[i + 1];
          const right = Math.min(tx + (x + width) * zoom, next ? tx + next.x * zoom : Infinity);
          if (right - left < 60) return null;
          return (
            <span key={phase.id} className="sticky-label sticky-label--phase" style={{ left, top: TOOLBAR_BOTTOM, maxWidth: right - left - 6 }}>
              <strong>{index + 1}</strong> {phase.name.trim() === '' ? t('phase.unnamed') : phase.name}
            </span>
          );
        })}
    </div>
  );
});
