import { useEffect, useLayoutEffect, useRef } from 'react';
import { maySummon } from './peers.js';
import type { PresenceChannel } from './PresenceChannel.js';

/**
 * Calls `onSummoned` with the client id of an owner or editor who brings everyone to their view
 * (their `summon` counter goes up). Counters seen for the first time are only noted: joining a
 * map never pulls anyone anywhere. Viewers' and commenters' counters are ignored.
 */
export function useSummons(channel: PresenceChannel | null, onSummoned: (clientId: number) => void): void {
  const callback = useRef(onSummoned);
  useLayoutEffect(() => {
    callback.current = onSummoned;
  });
  useEffect(() => {
    if (!channel) return;
    const seen = new Map<number, number>();
    const check = () => {
      for (const peer of channel.peers()) {
        const before = seen.get(peer.clientId);
        seen.set(peer.clientId, peer.summon);
        if (before !== undefined && peer.summon > before && maySummon(peer)) callback.current(peer.clientId);
      }
    };
    check();
    return channel.subscribe(check);
  }, [channel]);
}
