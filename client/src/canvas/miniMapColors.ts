import type { JourneyNode } from './canvasNodes.js';

const MINIMAP_COLORS: Record<string, string> = {
  phase: '#2454d6',
  laneHeader: '#c9d2de',
  laneRow: '#e6eaf0',
  emotionLane: '#eef1f5',
  visibilityLine: 'transparent',
  addPhase: 'transparent',
  touchpoint: '#7d8ba1',
  card: '#e8c35a',
  sticky: '#f5d742',
};

/** The colour of a node in the minimap: phases and moments of truth stand out. */
export function miniMapColor(node: JourneyNode): string {
  if (node.type === 'touchpoint' && node.data.touchpoint.momentOfTruth) return '#d9480f';
  return MINIMAP_COLORS[node.type] ?? '#7d8ba1';
}
