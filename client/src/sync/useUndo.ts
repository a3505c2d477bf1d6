import { useCallback, useEffect, useState } from 'react';
import * as Y from 'yjs';
import { ROOT } from '../../../shared/src/index.js';

export interface Undo {
  canUndo: boolean;
  canRedo: boolean;
  undo: () => void;
  redo: () => void;
}

/**
 * Undo and redo of this browser's own edits. Remote changes arrive with the provider as their
 * origin, and the UndoManager only tracks local (origin null) transactions, so nobody's
 * undo reverts a colleague's work.
 */
export function useUndo(doc: Y.Doc | null): Undo {
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [stacks, setStacks] = useState({ canUndo: false, canRedo: false });

  useEffect(() => {
    if (!doc) return;
    const undoManager = new Y.UndoManager(Object.values(ROOT).map((name) => doc.getMap(name)));
    const refresh = () => setStacks({ canUndo: undoManager.canUndo(), canRedo: undoManager.canRedo() });
    undoManager.on('stack-item-added', refresh);
    undoManager.on('stack-item-popped', refresh);
    undoManager.on('stack-cleared', refresh);
    setManager(undoManager);
    refresh();
    return () => {
      undoManager.destroy();
      setManager(null);
    };
  }, [doc]);

  const undo = useCallback(() => void manager?.undo(), [manager]);
  const redo = useCallback(() => void manager?.redo(), [manager]);
  return { ...stacks, undo, redo };
}
