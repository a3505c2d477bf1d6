/**
 * Chart colours from the Okabe–Ito palette, told apart with every common colour-vision
 * deficiency; direction is always shown by a sign or an arrow as well, never by colour alone.
 */
export const CHART = {
  blue: '#0072B2',
  vermillion: '#D55E00',
  green: '#009E73',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  purple: '#CC79A7',
  ink: '#172033',
  muted: '#5b6779',
  grid: '#d6dde6',
  target: '#8a5a00',
} as const;

/** Gains and losses. */
export const UP_COLOR = CHART.blue;
export const DOWN_COLOR = CHART.vermillion;

/** The tint of each quadrant of the priority matrix, and the colour of its name. */
export const QUADRANT_STYLE = {
  concentrate: { fill: '#D55E00', opacity: 0.1, label: '#a3470a' },
  'keep-up': { fill: '#009E73', opacity: 0.09, label: '#00704f' },
  'low-priority': { fill: '#7a8799', opacity: 0.08, label: '#4d5968' },
  overkill: { fill: '#56B4E9', opacity: 0.12, label: '#1d6a98' },
} as const;
