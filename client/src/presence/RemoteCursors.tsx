import { useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import type { PresenceChannel } from './PresenceChannel.js';
import { sameList, usePresenceValue } from './usePresenceValue.js';

interface RemoteCursor {
  clientId: number;
  name: string;
  color: string;
  x: number;
  y: number;
}

const NONE: readonly RemoteCursor[] = [];
const cursorsOf = (channel: PresenceChannel): readonly RemoteCursor[] =>
  channel.peers().flatMap(({ clientId, user, cursor }) => (cursor ? [{ clientId, name: user.name, color: user.color, ...cursor }] : []));
const sameCursors = sameList<RemoteCursor>(
  (a, b) => a.clientId === b.clientId && a.x === b.x && a.y === b.y && a.name === b.name && a.color === b.color,
);
const zoomOf = (s: ReactFlowState) => s.transform[2];

/**
 * The other participants' pointers with their names, in flow coordinates (so they point at the
 * same card on every screen) but drawn at a constant size. Only this layer re-renders as they move.
 */
export const RemoteCursors = memo(function RemoteCursors({ channel }: { channel: PresenceChannel | null }) {
  const cursors = usePresenceValue(channel, cursorsOf, sameCursors, NONE);
  const zoom = useStore(zoomOf);
  if (cursors.length === 0) return null;
  return (
    <ViewportPortal>
      <div className="remote-cursors" aria-hidden="true">
        {cursors.map((cursor) => (
          <div
            key={cursor.clientId}
            className="remote-cursor"
            data-testid="remote-cursor"
            data-name={cursor.name}
            style={{ transform: `translate(${cursor.x}px, ${cursor.y}px) scale(${1 / zoom})`, color: cursor.color }}
          >
            <svg width="18" height="22" viewBox="0 0 18 22">
              <path d="M1 1l15 9.5-6.6 1.4L6.2 20z" fill="currentColor" stroke="#fff" strokeWidth="1.6" strokeLinejoin="round" />
            </svg>
            <span className="remote-cursor__name" style={{ background: cursor.color }}>
              {cursor.name}
            </span>
          </div>
        ))}
      </div>
    </ViewportPortal>
  );
});
