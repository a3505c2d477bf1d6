import { useStore, type ReactFlowState } from '@xyflow/react';

/**
 * Below this zoom a card's small print (channel name, importance dots, chips, an expectation's
 * source) is under 7 px on screen: nobody reads it, yet every pan repaints it. The canvas then
 * draws cards as plain blocks with their title (as Miro does on a large board).
 */
export const LOW_DETAIL_ZOOM = 0.45;

/** Whether a canvas at `zoom` draws cards without their small print. */
export function isLowDetail(zoom: number): boolean {
  return zoom < LOW_DETAIL_ZOOM;
}

const lowDetailSelector = (state: ReactFlowState) => isLowDetail(state.transform[2]);

/** Whether the canvas is zoomed out past the level-of-detail threshold; changes only on crossing it. */
export function useLowDetail(): boolean {
  return useStore(lowDetailSelector);
}
