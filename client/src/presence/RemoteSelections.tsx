import { useStore, useStoreApi, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import { cardNodeId } from '../editing/selection.js';
import type { PresenceChannel } from './PresenceChannel.js';
import { sameList, usePresenceValue } from './usePresenceValue.js';

interface RemoteSelection {
  clientId: number;
  name: string;
  color: string;
  ids: readonly string[];
}

const NONE: readonly RemoteSelection[] = [];
const selectionsOf = (channel: PresenceChannel): readonly RemoteSelection[] =>
  channel
    .peers()
    .filter((peer) => peer.selection.length > 0)
    .map(({ clientId, user, selection }) => ({ clientId, name: user.name, color: user.color, ids: selection }));
const sameSelections = sameList<RemoteSelection>(
  (a, b) => a.clientId === b.clientId && a.color === b.color && a.name === b.name && a.ids.length === b.ids.length && a.ids.every((id, i) => id === b.ids[i]),
);
const nodesOf = (s: ReactFlowState) => s.nodes;

/**
 * What the others have selected, outlined in their colour (with their name on the first item),
 * drawn over the nodes instead of changing them, so the nodes never re-render for it.
 */
export const RemoteSelections = memo(function RemoteSelections({ channel }: { channel: PresenceChannel | null }) {
  const selections = usePresenceValue(channel, selectionsOf, sameSelections, NONE);
  // Re-drawn when the nodes move (someone else's edit, a drag); the geometry is read from the lookup.
  useStore(nodesOf);
  const store = useStoreApi();
  if (selections.length === 0) return null;
  const { nodeLookup } = store.getState();
  return (
    <ViewportPortal>
      {selections.flatMap((selection) =>
        selection.ids.flatMap((id, index) => {
          const node = nodeLookup.get(id) ?? nodeLookup.get(cardNodeId(id));
          if (!node) return [];
          const { x, y } = node.internals.positionAbsolute;
          const width = node.measured.width ?? node.width ?? 0;
          const height = node.measured.height ?? node.height ?? 0;
          return [
            <div
              key={`${selection.clientId}:${id}`}
              className="remote-selection"
              data-testid="remote-selection"
              data-node-id={node.id}
              data-name={selection.name}
              style={{ transform: `translate(${x}px, ${y}px)`, width, height, borderColor: selection.color }}
            >
              {index === 0 && (
                <span className="remote-selection__name" style={{ background: selection.color }}>
                  {selection.name}
                </span>
              )}
            </div>,
          ];
        }),
      )}
    </ViewportPortal>
  );
});
