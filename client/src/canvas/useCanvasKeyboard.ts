import { useReactFlow, type FitViewOptions } from '@xyflow/react';
import type * as Y from 'yjs';
import { addTouchpoint, type MapDocument } from '../../../shared/src/index.js';
import { clipboardPayload, parseClipboard, serializeClipboard, type ClipboardPayload } from '../editing/clipboard.js';
import { deleteItems, duplicateItems, moveItems, pasteItems, type Direction } from '../editing/commands.js';
import {
  EMPTY_SELECTION,
  isEmptySelection,
  selectionPhaseId,
  type Selection,
} from '../editing/selection.js';
import { changesMap, type ShortcutId } from '../editing/shortcuts.js';
import { useEditorShortcuts } from '../editing/useEditorShortcuts.js';
import { useT } from '../i18n/useT.js';
import type { Undo } from '../sync/useUndo.js';
import type { JourneyNode } from './canvasNodes.js';
import type { JourneyLayout } from './layout.js';

/**
 * The last copy in this tab: used when the system clipboard cannot be read (an old browser, a
 * denied permission), and shared between the maps opened in this tab.
 */
let memoryClipboard: ClipboardPayload | null = null;

const MOVES: Partial<Record<ShortcutId, Direction>> = {
  moveLeft: 'left',
  moveRight: 'right',
  moveUp: 'up',
  moveDown: 'down',
};

export interface CanvasKeyboardContext {
  doc: Y.Doc;
  /** Only the shortcuts that look around (select, copy, zoom, help): a viewer's or commenter's link. */
  readOnly: boolean;
  map: MapDocument;
  layout: JourneyLayout;
  undo: Undo;
  selection: Selection;
  onSelectionChange: (selection: Selection) => void;
  editingCardId: string | null;
  editCard: (cardId: string | null) => void;
  /** Selects a touchpoint and focuses its title in the inspector. */
  onEditTouchpoint: (touchpointId: string) => void;
  /** The phase the user last pointed at, for new and pasted items when nothing is selected. */
  phaseHint: () => string | null;
  openShortcuts: () => void;
  /** Adds a sticky note in the middle of the view, open for typing. */
  addSticky: () => void;
  /** Opens the comments of the selected touchpoint, or of the map (absent: no comments here). */
  openComments?: (touchpointId: string | null) => void;
  fitView: FitViewOptions<JourneyNode>;
  /** Starts presentation mode; absent where there is none. */
  onPresent?: () => void;
}

/** The map editor's keyboard shortcuts and clipboard, wired to the canvas; read-only, those that change nothing. */
export function useCanvasKeyboard(context: CanvasKeyboardContext): void {
  const t = useT();
  const flow = useReactFlow<JourneyNode>();
  const { doc, readOnly, map, layout, undo, selection, onSelectionChange, editingCardId, editCard } = context;

  const targetPhase = () => selectionPhaseId(selection, map) ?? context.phaseHint();

  const onShortcut = (id: ShortcutId): boolean => {
    // Not handled: the key does what it does anywhere else on a page (nothing, mostly).
    if (readOnly && changesMap(id)) return false;
    const empty = isEmptySelection(selection);
    const direction = MOVES[id];
    if (direction) {
      if (empty) return false;
      moveItems(doc, map, selection, direction);
      return true;
    }
    switch (id) {
      case 'undo':
        undo.undo();
        return true;
      case 'redo':
        undo.redo();
        return true;
      case 'delete':
        if (empty) return false;
        deleteItems(doc, selection);
        onSelectionChange(EMPTY_SELECTION);
        return true;
      case 'duplicate':
        // Prevented even when empty: the browser would bookmark the page.
        if (!empty) onSelectionChange(duplicateItems(doc, selection));
        return true;
      case 'selectAll':
        onSelectionChange({
          touchpointIds: layout.slots.map((slot) => slot.touchpoint.id),
          cardIds: layout.cardSlots.map((slot) => slot.card.id),
        });
        return true;
      case 'edit': {
        const cardId = selection.cardIds[0];
        const touchpointId = selection.touchpointIds[0];
        if (touchpointId !== undefined) context.onEditTouchpoint(touchpointId);
        else if (cardId !== undefined && !readOnly) editCard(cardId);
        else return false;
        return true;
      }
      case 'escape':
        if (editingCardId !== null) editCard(null);
        else if (!empty) onSelectionChange(EMPTY_SELECTION);
        else return false;
        return true;
      case 'newTouchpoint': {
        const phaseId = targetPhase() ?? map.phases[0]?.id;
        if (phaseId === undefined) return false;
        context.onEditTouchpoint(addTouchpoint(doc, { phaseId, title: t('touchpoint.newTitle') }));
        return true;
      }
      case 'newSticky':
        context.addSticky();
        return true;
      case 'comments':
        if (!context.openComments) return false;
        context.openComments(selection.touchpointIds.length === 1 ? selection.touchpointIds[0]! : null);
        return true;
      case 'zoomIn':
        void flow.zoomIn({ duration: 150 });
        return true;
      case 'zoomOut':
        void flow.zoomOut({ duration: 150 });
        return true;
      case 'zoomFit':
        void flow.fitView({ ...context.fitView, duration: 200 });
        return true;
      case 'help':
        context.openShortcuts();
        return true;
      case 'present':
        if (!context.onPresent) return false;
        context.onPresent();
        return true;
      default:
        return false;
    }
  };

  const copy = (): string | null => {
    const payload = clipboardPayload(map, selection);
    if (!payload) return null;
    memoryClipboard = payload;
    return serializeClipboard(payload);
  };

  useEditorShortcuts({
    onShortcut,
    onCopy: copy,
    onCut: () => {
      if (readOnly) return null;
      const text = copy();
      if (text !== null) {
        deleteItems(doc, selection);
        onSelectionChange(EMPTY_SELECTION);
      }
      return text;
    },
    onPaste: (text) => {
      if (readOnly) return;
      const payload = text === '' ? memoryClipboard : parseClipboard(text);
      if (!payload) return;
      onSelectionChange(pasteItems(doc, map, payload, targetPhase()));
    },
  });
}
