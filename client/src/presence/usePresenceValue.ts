import { useEffect, useState } from 'react';
import type { PresenceChannel } from './PresenceChannel.js';

/**
 * A slice of presence that re-renders only when `equal` says it changed: the avatars do not
 * re-render for cursor moves, the cursor layer not for selections. `fallback` until there is a
 * channel; a change of `key` (what `select` depends on besides the channel) reads again.
 */
export function usePresenceValue<T>(
  channel: PresenceChannel | null,
  select: (channel: PresenceChannel) => T,
  equal: (a: T, b: T) => boolean,
  fallback: T,
  key?: string | number | null,
): T {
  const [value, setValue] = useState(() => (channel ? select(channel) : fallback));
  useEffect(() => {
    if (!channel) {
      setValue(fallback);
      return;
    }
    const read = () => {
      const next = select(channel);
      setValue((previous) => (equal(previous, next) ? previous : next));
    };
    read();
    return channel.subscribe(read);
    // `select`, `equal` and `fallback` are fixed per call site but for what `key` says.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [channel, key]);
  return value;
}

/** Equal when both lists hold the same items in the same order (compared with `same`). */
export function sameList<T>(same: (a: T, b: T) => boolean): (a: readonly T[], b: readonly T[]) => boolean {
  return (a, b) => a.length === b.length && a.every((item, i) => same(item, b[i]!));
}
