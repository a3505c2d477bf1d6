import { useCallback, useRef } from 'react';
import {
  deleteVersion,
  fetchVersion,
  listVersions,
  saveVersion,
  type VersionDetail,
  type VersionSummary,
} from '../api/versionsApi.js';
import { usePolled } from './usePolled.js';

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

/** Colleagues save versions too: an open list catches up with them this often. */
const POLL_MS = 20_000;

/** The saved versions of a map, loaded while `active` (the history panel is open). */
export function useVersions(mapId: string, active: boolean): VersionsState {
  const list = useCallback(() => listVersions(mapId), [mapId]);
  const { value: versions, error, reload, update } = usePolled(list, active, POLL_MS);
  const cache = useRef(new Map<string, Promise<VersionDetail>>());

  const save = useCallback(
    async (name: string, author: string) => {
      const version = await saveVersion(mapId, name, author);
      update((current) => [version, ...(current ?? []).filter((v) => v.id !== version.id)]);
      return version;
    },
    [mapId, update],
  );
  const remove = useCallback(
    async (versionId: string) => {
      await deleteVersion(mapId, versionId);
      cache.current.delete(versionId);
      update((current) => current && current.filter((v) => v.id !== versionId));
    },
    [mapId, update],
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
