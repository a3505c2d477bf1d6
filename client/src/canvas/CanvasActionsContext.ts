import { createContext } from 'react';
import type * as Y from 'yjs';

/** What the nodes on the canvas may do beyond plain mutations of the document. */
export interface CanvasActions {
  doc: Y.Doc;
  /** Adds a touchpoint at the end of a phase and selects it for editing. */
  addTouchpoint: (phaseId: string) => void;
  /** Adds a phase at the end and opens its name for editing. */
  addPhase: () => void;
  /** Selects a touchpoint (for the inspector). */
  selectTouchpoint: (touchpointId: string) => void;
  /** Asks what to do with the phase's touchpoints, then deletes it. */
  requestPhaseDeletion: (phaseId: string) => void;
  /** A phase whose name field should open by itself (it was just created here). */
  renamePhaseId: string | null;
  clearRenamePhase: () => void;
}

export const CanvasActionsContext = createContext<CanvasActions | null>(null);
