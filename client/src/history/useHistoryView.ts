import { useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { VersionSummary } from '../api/versionsApi.js';
import { useHistoryShortcuts } from './useHistoryShortcuts.js';
import { useMapHistory, type MapHistory } from './useMapHistory.js';
import { useParticipantName } from './useParticipantName.js';

export interface HistoryView extends MapHistory {
  /** Opens the panel (and the sidebar with it) or closes it (and any preview). */
  toggle: () => void;
  /** Each new value opens the save form (Ctrl+S). */
  saveRequest: number;
  /** The default author of a new version: this person's presence name. */
  author: string;
  compareWithNow: (version: VersionSummary | null) => void;
}

/** The map page's history: its state, its keys (H, Ctrl+S) and who is saving. */
export function useHistoryView(
  mapId: string,
  doc: Y.Doc | null,
  awareness: Awareness | null,
  { canSave, onOpen }: { canSave: boolean; onOpen: () => void },
): HistoryView {
  const history = useMapHistory(mapId, doc);
  const author = useParticipantName(awareness);
  const [saveRequest, setSaveRequest] = useState(0);
  const show = (open: boolean) => {
    history.setOpen(open);
    if (open) onOpen();
    else history.setPreviewing(null);
  };
  useHistoryShortcuts({
    toggle: () => show(!history.open),
    save: canSave
      ? () => {
          show(true);
          history.setTab('versions');
          setSaveRequest((n) => n + 1);
        }
      : undefined,
  });
  return {
    ...history,
    toggle: () => show(!history.open),
    saveRequest,
    author,
    compareWithNow: (version) => version && history.setComparing({ from: version.id, to: 'current' }),
  };
}
