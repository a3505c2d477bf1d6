import { useCallback, useEffect, useState } from 'react';
import { fetchAccess, type AccessAnswer } from '../api/accessApi.js';
import { ApiError } from '../api/mapsApi.js';
import { reconnectDelay } from '../sync/reconnect.js';

export type AccessCheck =
  | { state: 'checking' }
  /** The server did not answer (down, restarting, or a proxy error): tried again by itself. */
  | { state: 'unreachable'; retry: () => void }
  | { state: 'done'; answer: AccessAnswer };

interface Checked {
  token: string | null;
  check: AccessCheck;
}

/**
 * What the server says `token` grants, asked again whenever the token changes or `recheck` is
 * called. While the server cannot be reached it is asked again with the sync socket's backoff.
 */
export function useAccessCheck(token: string | null): { check: AccessCheck; recheck: () => void } {
  const [checked, setChecked] = useState<Checked | null>(null);
  const [round, setRound] = useState(0);
  const recheck = useCallback(() => setRound((r) => r + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    let timer: number | undefined;
    let attempt = 0;
    const ask = () => {
      fetchAccess(token, controller.signal).then(
        (answer) => setChecked({ token, check: { state: 'done', answer } }),
        (cause: unknown) => {
          if (controller.signal.aborted) return;
          const status = cause instanceof ApiError ? cause.status : 0;
          // A 4xx other than 401 will not change by asking again; anything else may.
          if (status >= 400 && status < 500) {
            setChecked({ token, check: { state: 'done', answer: { granted: false, reason: 'unknown' } } });
            return;
          }
          const retry = () => {
            window.clearTimeout(timer);
            ask();
          };
          setChecked((previous) =>
            // A session that was granted keeps going while the server is away (a recheck failed).
            previous?.token === token && previous.check.state === 'done' && previous.check.answer.granted
              ? previous
              : { token, check: { state: 'unreachable', retry } },
          );
          timer = window.setTimeout(ask, reconnectDelay(attempt++ + 2));
        },
      );
    };
    ask();
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [token, round]);

  return { check: checked?.token === token ? checked.check : { state: 'checking' }, recheck };
}
