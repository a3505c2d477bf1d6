import { useCallback, useState } from 'react';

const STORAGE_KEY = 'waymark.largeType';

function stored(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    // Storage can be blocked (private mode, policies): normal type then.
    return false;
  }
}

/** Large card text for projectors, remembered in this browser. */
export function useLargeType(): [boolean, () => void] {
  const [on, setOn] = useState(stored);
  const toggle = useCallback(() => {
    setOn((current) => {
      const next = !current;
      try {
        window.localStorage.setItem(STORAGE_KEY, next ? 'on' : 'off');
      } catch {
        // Not remembered then; the choice still holds for this page.
      }
      return next;
    });
  }, []);
  return [on, toggle];
}
