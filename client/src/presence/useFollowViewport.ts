import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { SharedViewport } from './peers.js';
import type { PresenceChannel } from './PresenceChannel.js';
import { followViewport } from './viewportMath.js';

function same(a: SharedViewport | null, b: SharedViewport | null): boolean {
  return a !== null && b !== null && a.x === b.x && a.y === b.y && a.zoom === b.zoom && a.width === b.width && a.height === b.height;
}

/** Short enough to keep up with the leader's 20 updates a second, long enough to look like motion. */
const FOLLOW_DURATION_MS = 90;

/**
 * While `leaderId` is set, this canvas shows what the leader sees (fitted to this pane). When
 * the leader leaves the map, `onLost` ends the following.
 */
export function useFollowViewport(channel: PresenceChannel | null, leaderId: number | null, onLost: () => void): void {
  const flow = useReactFlow();
  const store = useStoreApi();
  const lostRef = useRef(onLost);
  useLayoutEffect(() => {
    lostRef.current = onLost;
  });

  useEffect(() => {
    if (!channel || leaderId === null) return;
    let shown: SharedViewport | null = null;
    const apply = () => {
      const leader = channel.peers().find((peer) => peer.clientId === leaderId);
      if (!leader) {
        lostRef.current();
        return;
      }
      if (!leader.viewport || same(leader.viewport, shown)) return;
      shown = leader.viewport;
      const { width, height, minZoom, maxZoom } = store.getState();
      if (width === 0 || height === 0) return;
      void flow.setViewport(followViewport(leader.viewport, { width, height }, { min: minZoom, max: maxZoom }), {
        duration: FOLLOW_DURATION_MS,
      });
    };
    apply();
    return channel.subscribe(apply);
  }, [channel, leaderId, flow, store]);
}
