import { useReactFlow, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect } from 'react';
import type { Selection } from '../editing/selection.js';
import type { PresenceChannel } from './PresenceChannel.js';

const domNodeOf = (s: ReactFlowState) => s.domNode;

/**
 * Shares this participant's pointer (in flow coordinates), viewport and selection. Pointer and
 * viewport go through the channel's throttle; nothing here renders, so the canvas does not either.
 */
export function usePublishPresence(channel: PresenceChannel | null, selection: Selection): void {
  const store = useStoreApi();
  const flow = useReactFlow();
  const domNode = useStore(domNodeOf);

  useEffect(() => {
    if (!channel) return;
    const publish = (state: ReactFlowState) => {
      const [x, y, zoom] = state.transform;
      channel.publishThrottled({ viewport: { x, y, zoom, width: state.width, height: state.height } });
    };
    publish(store.getState());
    return store.subscribe((state, previous) => {
      if (state.transform !== previous.transform || state.width !== previous.width || state.height !== previous.height) publish(state);
    });
  }, [channel, store]);

  useEffect(() => {
    if (!channel || !domNode) return;
    const onMove = (event: PointerEvent) => {
      channel.publishThrottled({ cursor: flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }, { snapToGrid: false }) });
    };
    const onLeave = () => channel.publishThrottled({ cursor: null });
    domNode.addEventListener('pointermove', onMove);
    domNode.addEventListener('pointerleave', onLeave);
    return () => {
      domNode.removeEventListener('pointermove', onMove);
      domNode.removeEventListener('pointerleave', onLeave);
      channel.publish({ cursor: null });
    };
  }, [channel, domNode, flow]);

  useEffect(() => {
    channel?.publish({ selection: [...selection.touchpointIds, ...selection.cardIds] });
  }, [channel, selection]);
}
