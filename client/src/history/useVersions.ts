import { useCallback, useEffect, useRef, useState } from 'react';
import {
  deleteVersion,
  fetchVersion,
  listVersions,
  saveVersion,
  type VersionDetail,
  type VersionSummary,
} from '../api/versionsApi.js';

export interface VersionsState {
  /** Null until loaded. */
  versions: VersionSummary[] | null;
  error: string | null;
  reload: () => void;
  /** Saves the map as it is now; the list shows it at once. */
  save: (name: string, author: string) => Promise<VersionSummary>;
  remove: (versionId: string) => Promise<void>;
  /** A version with its document; versions never change, so each is fetched once. */
  load: (versionId: string) => Promise<VersionDetail>;
}

const POLL_MS = 20_000;

/** The saved versions of a map, loaded while `active` (the history panel is open). */
export function useVersions(mapId: string, active: boolean): VersionsState {
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const cache = useRef(new Map<string, Promise<VersionDetail>>());

  useEffect(() => {
    if (!active) return;
    let current = true;
    const load = () =>
      listVersions(mapId).then(
        (list) => {
          if (!current) return;
          setVersions(list);
          setError(null);
        },
        (cause: unknown) => current && setError(cause instanceof Error ? cause.message : String(cause)),
      );
    void load();
    // Colleagues save versions too: the open list catches up with them.
    const timer = window.setInterval(() => void load(), POLL_MS);
    return () => {
      current = false;
      window.clearInterval(timer);
    };
  }, [mapId, active, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const save = useCallback(
    async (name: string, author: string) => {
      const version = await saveVersion(mapId, name, author);
      setVersions((list) => [version, ...(list ?? []).filter((v) => v.id !== version.id)]);
      return version;
    },
    [mapId],
  );
  const remove = useCallback(
    async (versionId: string) => {
      await deleteVersion(mapId, versionId);
      cache.current.delete(versionId);
      setVersions((list) => list && list.filter((v) => v.id !== versionId));
    },
    [mapId],
  );
  const load = useCallback(
    (versionId: string) => {
      let pending = cache.current.get(versionId);
      if (!pending) {
        pending = fetchVersion(mapId, versionId);
        // A failed fetch is tried again next time.
        pending.catch(() => cache.current.delete(versionId));
        cache.current.set(versionId, pending);
      }
      return pending;
    },
    [mapId],
  );
  return { versions, error, reload, save, remove, load };
}
