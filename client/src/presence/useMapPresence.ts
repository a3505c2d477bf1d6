import { useCallback, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { useFullscreen } from '../presentation/useFullscreen.js';
import type { PresenceChannel } from './PresenceChannel.js';
import { usePresence } from './usePresence.js';
import { useSummons } from './useSummons.js';

export interface MapPresence {
  channel: PresenceChannel | null;
  needsName: boolean;
  setName: (name: string) => void;
  /** The client id whose view this screen follows, or null. */
  following: number | null;
  setFollowing: (clientId: number | null) => void;
  stopFollowing: () => void;
  presenting: boolean;
  startPresenting: () => void;
  stopPresenting: () => void;
  /** Brings everyone on the map to this participant's view (owners and editors). */
  summonEveryone: () => void;
}

/**
 * Presence on the map page: joining, following (by click, or when a facilitator brings everyone
 * along) and presentation mode in full screen. `onPresent` runs as presenting starts.
 */
export function useMapPresence(awareness: Awareness | null, onPresent: () => void): MapPresence {
  const { channel, needsName, setName } = usePresence(awareness);
  const [following, setFollowing] = useState<number | null>(null);
  const [presenting, setPresenting] = useState(false);
  const stopFollowing = useCallback(() => setFollowing(null), []);
  const stopPresenting = useCallback(() => setPresenting(false), []);
  const startPresenting = useCallback(() => {
    onPresent();
    setFollowing(null);
    setPresenting(true);
  }, [onPresent]);
  // The presenter stays where they are; everyone else goes along.
  useSummons(channel, (clientId) => {
    if (!presenting) setFollowing(clientId);
  });
  useFullscreen(presenting, stopPresenting);
  const summonEveryone = useCallback(() => {
    if (!channel) return;
    setFollowing(null);
    channel.publish({ summon: (channel.local('summon') ?? 0) + 1 });
  }, [channel]);
  return {
    channel,
    needsName,
    setName,
    following,
    setFollowing,
    stopFollowing,
    presenting,
    startPresenting,
    stopPresenting,
    summonEveryone,
  };
}
