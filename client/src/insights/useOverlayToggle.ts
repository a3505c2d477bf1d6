import { useCallback, useState } from 'react';

const key = (mapId: string) => `waymark.csiOverlay.${mapId}`;

function remembered(mapId: string): boolean {
  try {
    return window.localStorage.getItem(key(mapId)) === 'on';
  } catch {
    // Storage can be blocked; the overlay then starts off.
    return false;
  }
}

/**
 * Whether this browser shows the CSI overlay on a map: off at first (the map is a workshop poster
 * until someone asks for the numbers), then as last left on this map.
 */
export function useOverlayToggle(mapId: string): [boolean, (on: boolean) => void] {
  const [state, setState] = useState(() => ({ mapId, on: remembered(mapId) }));
  const on = state.mapId === mapId ? state.on : remembered(mapId);
  const set = useCallback(
    (next: boolean) => {
      setState({ mapId, on: next });
      try {
        window.localStorage.setItem(key(mapId), next ? 'on' : 'off');
      } catch {
        // Not remembered then; it still holds for this page.
      }
    },
    [mapId],
  );
  return [on, set];
}
