import { useCallback, useState } from 'react';

const KEY = 'waymark:timerMuted';

/** Whether the timer's chime is off on this device (remembered across maps and visits). */
export function useMuted(): [boolean, () => void] {
  const [muted, setMuted] = useState(() => {
    try {
      return localStorage.getItem(KEY) === 'true';
    } catch {
      return false;
    }
  });
  const toggle = useCallback(() => {
    setMuted((current) => {
      try {
        localStorage.setItem(KEY, String(!current));
      } catch {
        // Not remembered, still switched for this page.
      }
      return !current;
    });
  }, []);
  return [muted, toggle];
}
