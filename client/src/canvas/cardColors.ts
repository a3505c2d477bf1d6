import type { LaneKind } from '../../../shared/src/index.js';

/** Sticky-note colours to choose from: light enough for dark text, distinct on a projector. */
export const CARD_COLORS = [
  { name: 'yellow', value: '#ffe27a' },
  { name: 'orange', value: '#ffc38a' },
  { name: 'pink', value: '#f7b6cf' },
  { name: 'green', value: '#bde5b1' },
  { name: 'blue', value: '#b5d8f7' },
  { name: 'purple', value: '#d7c5f2' },
  { name: 'grey', value: '#dce1e8' },
] as const;

export type CardColorName = (typeof CARD_COLORS)[number]['name'];

/** A card without its own colour takes its lane's, so that a lane reads as one kind of note. */
export const LANE_CARD_COLORS: Record<LaneKind, string> = {
  actions: '#fff1b8',
  touchpoints: '#ffffff',
  channels: '#ffffff',
  thoughts: '#ece3fb',
  emotions: '#ffffff',
  expectations: '#ffffff',
  'pain-points': '#fddfdb',
  opportunities: '#dcf3d5',
  backstage: '#e3e8ef',
  department: '#d9eef0',
};

/** Dark or light text, whichever reads better on `background` (a #rrggbb colour). */
export function textColorOn(background: string): string {
  const rgb = [1, 3, 5].map((i) => parseInt(background.slice(i, i + 2), 16) / 255);
  const [r, g, b] = rgb.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.22 ? '#172033' : '#ffffff';
}
