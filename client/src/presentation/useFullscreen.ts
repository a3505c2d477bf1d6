import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * The whole page in full screen while `on` (the Fullscreen API; where it is refused, the page's
 * own full-window layout stands in). Leaving full screen with the browser's Escape calls `onLeft`.
 */
export function useFullscreen(on: boolean, onLeft: () => void): void {
  const leftRef = useRef(onLeft);
  useLayoutEffect(() => {
    leftRef.current = onLeft;
  });
  useEffect(() => {
    if (!on) return;
    let entered = false;
    const root = document.documentElement;
    if (typeof root.requestFullscreen === 'function' && !document.fullscreenElement) {
      // Started from a key press or click: still within the user's gesture.
      root.requestFullscreen().then(
        () => {
          entered = true;
        },
        () => {},
      );
    }
    const onChange = () => {
      if (entered && !document.fullscreenElement) leftRef.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, [on]);
}
