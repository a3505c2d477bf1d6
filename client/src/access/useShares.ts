import { useCallback, useEffect, useState } from 'react';
import { createShare, listShares, revokeShare, type CreatedShare, type NewShare, type Share } from '../api/sharesApi.js';

export interface Shares {
  /** Null while loading. */
  shares: Share[] | null;
  /** Why the list could not be loaded. */
  error: string | null;
  reload: () => void;
  /** Creates a link; it heads the list at once. */
  create: (share: NewShare) => Promise<CreatedShare>;
  /** Revokes a link; it leaves the list once the server has confirmed. */
  revoke: (shareId: string) => Promise<void>;
}

function message(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/** The share links of a map, for its owner's share dialog. */
export function useShares(mapId: string): Shares {
  const [shares, setShares] = useState<Share[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((r) => r + 1), []);

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    listShares(mapId, controller.signal).then(setShares, (cause: unknown) => {
      if (!controller.signal.aborted) setError(message(cause));
    });
    return () => controller.abort();
  }, [mapId, round]);

  const create = useCallback(
    async (share: NewShare) => {
      const created = await createShare(mapId, share);
      // The token stays with the dialog that shows it once; the list keeps what the server lists.
      const { token: _token, url: _url, ...listed } = created;
      setShares((current) => [listed, ...(current ?? []).filter((s) => s.id !== created.id)]);
      return created;
    },
    [mapId],
  );

  const revoke = useCallback(
    async (shareId: string) => {
      await revokeShare(mapId, shareId);
      setShares((current) => current && current.filter((s) => s.id !== shareId));
    },
    [mapId],
  );

  return { shares, error, reload, create, revoke };
}
