/** The overview of the whole map comes before the first phase. */
export const OVERVIEW = -1;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A node as far as the steps need it (xyflow's Node fits). */
export interface StepNode {
  type?: string;
  position: { x: number; y: number };
  width?: number;
  height?: number;
  data?: unknown;
}

/** One phase column to show: its name and the whole height of the board below its header. */
export interface PhaseStep {
  name: string;
  rect: Rect;
}

function bottomOf(nodes: readonly StepNode[]): number {
  return nodes.reduce((bottom, node) => Math.max(bottom, node.position.y + (node.height ?? 0)), 0);
}

/** The phases of the board, left to right, each as the rectangle its column covers. */
export function phaseSteps(nodes: readonly StepNode[]): PhaseStep[] {
  const bottom = bottomOf(nodes);
  return nodes
    .filter((node) => node.type === 'phase')
    .sort((a, b) => a.position.x - b.position.x)
    .map((node) => {
      const phase = (node.data as { phase?: { name?: unknown } } | undefined)?.phase;
      const top = node.position.y;
      return {
        name: typeof phase?.name === 'string' ? phase.name : '',
        rect: { x: node.position.x, y: top, width: node.width ?? 0, height: Math.max(bottom - top, node.height ?? 0) },
      };
    });
}

export type StepKey = 'next' | 'previous' | 'first' | 'last';

/** What a key does while presenting, if anything. */
export function stepKeyOf(key: string, shiftKey: boolean): StepKey | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
      return shiftKey ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** The step after `key` from `step` (OVERVIEW, then phase 0 … count - 1), staying in range. */
export function nextStep(step: number, key: StepKey, phaseCount: number): number {
  const last = phaseCount - 1;
  switch (key) {
    case 'next':
      return Math.min(step + 1, Math.max(last, OVERVIEW));
    case 'previous':
      return Math.max(step - 1, OVERVIEW);
    case 'first':
      return OVERVIEW;
    case 'last':
      return Math.max(last, OVERVIEW);
  }
}
