import { useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Selection } from '../editing/selection.js';
import { Spotlight } from '../presentation/Spotlight.js';
import type { PresenceChannel } from './PresenceChannel.js';
import { RemoteCursors } from './RemoteCursors.js';
import { RemoteSelections } from './RemoteSelections.js';
import { useFollowViewport } from './useFollowViewport.js';
import { usePresenceValue } from './usePresenceValue.js';
import { usePublishPresence } from './usePublishPresence.js';

interface CanvasPresenceProps {
  channel: PresenceChannel | null;
  selection: Selection;
  /** The participant whose view this canvas follows, or null. */
  following: number | null;
  /** Following ends: the leader left, or this participant moved the view themselves. */
  onStopFollowing: () => void;
}

const domNodeOf = (s: ReactFlowState) => s.domNode;
const same = (a: string | null, b: string | null) => a === b;

/**
 * Everything presence draws and does on the canvas (inside React Flow): shares this pointer,
 * view and selection; draws the others' cursors and selections; follows a leader's view.
 */
export function CanvasPresence({ channel, selection, following, onStopFollowing }: CanvasPresenceProps) {
  usePublishPresence(channel, selection);
  useFollowViewport(channel, following, onStopFollowing);
  const stopRef = useRef(onStopFollowing);
  useLayoutEffect(() => {
    stopRef.current = onStopFollowing;
  });

  // The zoom buttons and the minimap move the view without a pan gesture: that is breaking away too.
  const domNode = useStore(domNodeOf);
  useEffect(() => {
    if (!domNode || following === null) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Element && event.target.closest('.react-flow__controls, .react-flow__minimap')) stopRef.current();
    };
    domNode.addEventListener('pointerdown', onPointerDown, true);
    return () => domNode.removeEventListener('pointerdown', onPointerDown, true);
  }, [domNode, following]);

  // A presenter's spotlight shows on the screens that follow them.
  const spotlight = usePresenceValue(
    channel,
    (c) => {
      const leader = c.peers().find((peer) => peer.clientId === following);
      return leader?.presenting ? leader.spotlight : null;
    },
    same,
    null,
    following,
  );

  return (
    <>
      <RemoteSelections channel={channel} />
      {spotlight !== null && <Spotlight touchpointId={spotlight} />}
      <RemoteCursors channel={channel} />
    </>
  );
}
