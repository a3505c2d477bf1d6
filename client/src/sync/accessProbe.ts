import { fetchAccess, type DenialReason } from '../api/accessApi.js';

export interface AccessProbe {
  /**
   * Asks the server whether the token still works. Resolves to true (it does), false (it does not:
   * `onLost` has been called) or null (no answer: the server may be down).
   */
  check(): Promise<boolean | null>;
  /** No more answers are passed on (the session ended). */
  stop(): void;
}

/**
 * Asks about the sync socket's token when the socket says it was refused: a browser sees a refused
 * upgrade (401, 404) only as a failed connection, and a 4401 close says "revoked or expired"
 * without saying which. One question at a time.
 */
export function accessProbe(token: string | null, onLost: (reason: DenialReason) => void): AccessProbe {
  let stopped = false;
  let pending: Promise<boolean | null> | null = null;
  return {
    check() {
      pending ??= fetchAccess(token)
        .then(
          (answer) => {
            if (answer.granted) return true;
            if (!stopped) onLost(answer.reason);
            return false;
          },
          () => null,
        )
        .finally(() => {
          pending = null;
        });
      return pending;
    },
    stop() {
      stopped = true;
    },
  };
}
