import { useStore, useStoreApi, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';

const nodesOf = (s: ReactFlowState) => s.nodes;
/** Far beyond any board: the dimmed area around the hole. */
const FAR = 100_000;
const MARGIN = 14;

/** Dims everything but one touchpoint (a hole in a dark veil over the board). */
export const Spotlight = memo(function Spotlight({ touchpointId }: { touchpointId: string }) {
  useStore(nodesOf);
  const node = useStoreApi().getState().nodeLookup.get(touchpointId);
  if (!node) return null;
  const { x, y } = node.internals.positionAbsolute;
  const width = (node.measured.width ?? node.width ?? 0) + 2 * MARGIN;
  const height = (node.measured.height ?? node.height ?? 0) + 2 * MARGIN;
  const left = x - MARGIN;
  const top = y - MARGIN;
  const r = 14;
  const hole = `M${left + r},${top} h${width - 2 * r} a${r},${r} 0 0 1 ${r},${r} v${height - 2 * r} a${r},${r} 0 0 1 -${r},${r} h-${width - 2 * r} a${r},${r} 0 0 1 -${r},-${r} v-${height - 2 * r} a${r},${r} 0 0 1 ${r},-${r} z`;
  return (
    <ViewportPortal>
      <svg className="presentation-spotlight" data-testid="spotlight" data-touchpoint-id={touchpointId} style={{ left: -FAR, top: -FAR }} width={2 * FAR} height={2 * FAR} aria-hidden="true">
        <path transform={`translate(${FAR} ${FAR})`} fillRule="evenodd" d={`M${-FAR},${-FAR} H${FAR} V${FAR} H${-FAR} z ${hole}`} />
      </svg>
    </ViewportPortal>
  );
});
