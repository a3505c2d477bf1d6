import { useContext } from 'react';
import { CanvasActionsContext, type CanvasActions } from './CanvasActionsContext.js';

/** The canvas actions; only valid inside JourneyCanvas. */
export function useCanvasActions(): CanvasActions {
  const actions = useContext(CanvasActionsContext);
  if (!actions) throw new Error('useCanvasActions must be used inside JourneyCanvas');
  return actions;
}
