import { useCallback, useState } from 'react';
import type * as Y from 'yjs';
import { restoreVersion } from '../../../shared/src/index.js';
import type { VersionSummary } from '../api/versionsApi.js';
import { useActivity, type ActivityState } from './useActivity.js';
import { useVersions, type VersionsState } from './useVersions.js';

/** Which two sides a comparison shows: versions by id, or the live map. */
export interface ComparePair {
  from: string;
  to: string | 'current';
}

export interface MapHistory {
  open: boolean;
  setOpen: (open: boolean) => void;
  tab: 'versions' | 'activity';
  setTab: (tab: 'versions' | 'activity') => void;
  versions: VersionsState;
  activity: ActivityState;
  /** The version shown read-only in place of the live map. */
  previewing: VersionSummary | null;
  setPreviewing: (version: VersionSummary | null) => void;
  comparing: ComparePair | null;
  setComparing: (pair: ComparePair | null) => void;
  /** The version waiting for the restore confirmation. */
  restoring: VersionSummary | null;
  setRestoring: (version: VersionSummary | null) => void;
  /**
   * Makes the live map exactly the version, as one local transaction: the editor's undo
   * (Ctrl+Z) takes it back, and everyone on the map sees the whole change at once.
   */
  restore: (version: VersionSummary) => Promise<void>;
}

/** The history of a map as the page shows it: panel, preview, comparison and restore. */
export function useMapHistory(mapId: string, doc: Y.Doc | null): MapHistory {
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState<'versions' | 'activity'>('versions');
  const [previewing, setPreviewing] = useState<VersionSummary | null>(null);
  const [comparing, setComparing] = useState<ComparePair | null>(null);
  const [restoring, setRestoring] = useState<VersionSummary | null>(null);
  const versions = useVersions(mapId, open);
  const activity = useActivity(mapId, open && tab === 'activity');
  const { load } = versions;

  const restore = useCallback(
    async (version: VersionSummary) => {
      if (!doc) return;
      const detail = await load(version.id);
      // No origin: a local edit like any other, so the undo manager records it as one step.
      restoreVersion(doc, detail.map, version);
    },
    [doc, load],
  );

  return { open, setOpen, tab, setTab, versions, activity, previewing, setPreviewing, comparing, setComparing, restoring, setRestoring, restore };
}
