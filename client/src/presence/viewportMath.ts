import type { SharedViewport } from './peers.js';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface Size {
  width: number;
  height: number;
}

/**
 * The viewport that shows a follower what the leader sees: the same centre, zoomed so that the
 * leader's visible area fits the follower's pane (screens differ: a laptop follows a projector).
 */
export function followViewport(leader: SharedViewport, pane: Size, zoomLimits: { min: number; max: number }): Viewport {
  const leaderWidth = leader.width ?? pane.width;
  const leaderHeight = leader.height ?? pane.height;
  const centerX = (leaderWidth / 2 - leader.x) / leader.zoom;
  const centerY = (leaderHeight / 2 - leader.y) / leader.zoom;
  const fit = Math.min(pane.width / (leaderWidth / leader.zoom), pane.height / (leaderHeight / leader.zoom));
  const zoom = Math.min(zoomLimits.max, Math.max(zoomLimits.min, fit));
  return { x: pane.width / 2 - centerX * zoom, y: pane.height / 2 - centerY * zoom, zoom };
}

/** Whether two viewports differ by more than rounding (a follower need not move for less). */
export function viewportMoved(a: Viewport, b: Viewport): boolean {
  return Math.abs(a.x - b.x) > 0.5 || Math.abs(a.y - b.y) > 0.5 || Math.abs(a.zoom - b.zoom) > 0.001;
}
