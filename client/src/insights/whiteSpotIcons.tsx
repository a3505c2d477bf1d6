import type { ReactNode } from 'react';
import type { WhiteSpotKind } from '../../../shared/src/index.js';
import { icon as lineIcon, type IconProps } from '../ui/icons.js';

// One line icon per kind of white spot, a little bolder than ui/icons, so that the markers on
// the map say what is wrong without colour.
const iconOfKind = (children: ReactNode) => lineIcon(children, 2.4);

const KIND_ICONS: Record<WhiteSpotKind, (props: IconProps) => ReactNode> = {
  'moment-of-truth-at-risk': iconOfKind(
    <path d="m12 3.5 2.6 5.4 5.9.8-4.3 4.1 1 5.8L12 16.8l-5.2 2.8 1-5.8-4.3-4.1 5.9-.8z" />,
  ),
  underperforming: iconOfKind(
    <>
      <circle cx="12" cy="12" r="8" />
      <circle cx="12" cy="12" r="3.2" />
    </>,
  ),
  declining: iconOfKind(<path d="M3.5 7.5 10 14l3.5-3.5 7 7M20.5 11.5v6h-6" />),
  'emotion-dip-without-measure': iconOfKind(
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M8.5 16.2a4.5 4.5 0 0 1 7 0M9 9.8h.01M15 9.8h.01" />
    </>,
  ),
  'empty-phase': iconOfKind(<rect x="4.5" y="4.5" width="15" height="15" rx="2.5" strokeDasharray="3.2 2.6" />),
  unmeasured: iconOfKind(<path d="M9 9.2a3 3 0 1 1 4.2 2.75c-.8.38-1.2 1.05-1.2 1.9v.65M12 17.8h.01" />),
  'unmapped-measurement': iconOfKind(<path d="M9.5 4.5 7.5 19.5M16.5 4.5l-2 15M4.5 9h15M4 15h15" />),
};

/** The icon of a kind of white spot. */
export function WhiteSpotIcon({ kind, size }: { kind: WhiteSpotKind; size?: number }) {
  const Icon = KIND_ICONS[kind];
  return <Icon size={size} />;
}

/** The overlay toggle: a gauge. */
export const GaugeIcon = iconOfKind(
  <>
    <path d="M4 17a8 8 0 1 1 16 0" />
    <path d="m12 17 4-5.5" />
    <path d="M12 17h.01" />
  </>,
);

/** The priority matrix: four quadrants with points. */
export const MatrixIcon = iconOfKind(
  <>
    <path d="M4 4v16h16" />
    <path d="M12 4v12M4 12h16" strokeDasharray="2 3" strokeWidth="1.6" />
    <path d="M8 8h.01M16.5 7.5h.01M9 15.5h.01M17 14h.01" strokeWidth="3.4" />
  </>,
);

/** The barometer report: a document with a chart. */
export const ReportIcon = iconOfKind(
  <>
    <path d="M6 3.5h8.5l3.5 3.5v13.5H6z" />
    <path d="M9 17v-3M12 17v-6M15 17v-4.5" />
  </>,
);
