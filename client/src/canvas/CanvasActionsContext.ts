import { createContext } from 'react';
import type * as Y from 'yjs';
import type { Channel } from '../../../shared/src/index.js';

/** What the nodes on the canvas may do beyond plain mutations of the document. */
export interface CanvasActions {
  doc: Y.Doc;
  /** The map is shown, not edited (a viewer's or commenter's link): no handles, buttons or fields that change it. */
  readOnly: boolean;
  /** Adds a touchpoint at the end of a phase, selects it and opens its title for editing. */
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
  /** Adds an empty card to a cell, selects it and opens it for typing. */
  addCard: (laneId: string, phaseId: string) => void;
  /** Adds a sticky note in the middle of the view, open for typing. */
  addSticky: () => void;
  /** Opens a card's (or sticky note's) text for editing, or closes the open one (null). */
  editCard: (cardId: string | null) => void;
  /** Turns the filter for a channel on or off. */
  toggleChannel: (channel: Channel) => void;
  /** Asks for confirmation, then deletes the lane and its cards. */
  requestLaneDeletion: (laneId: string) => void;
  /** Shows a phase at another width while its edge is dragged; null ends the preview. */
  previewPhaseWidth: (phaseId: string, width: number | null) => void;
}

export const CanvasActionsContext = createContext<CanvasActions | null>(null);
