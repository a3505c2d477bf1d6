import { icon } from '../ui/icons.js';

/** Arrows converging on a point: bring everyone to this view. */
export const SummonIcon = icon(
  <>
    <circle cx="12" cy="12" r="2.5" />
    <path d="M4 4l5 5M20 4l-5 5M4 20l5-5M20 20l-5-5M4 8.5V4h4.5M20 8.5V4h-4.5M4 15.5V20h4.5M20 15.5V20h-4.5" />
  </>,
);

/** A screen on a stand: present. */
export const PresentIcon = icon(
  <>
    <rect x="3" y="4" width="18" height="12" rx="1.5" />
    <path d="M12 16v4M8 20h8M10 8l4 2-4 2z" />
  </>,
);

/** An eye: following someone's view. */
export const FollowIcon = icon(
  <>
    <path d="M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12z" />
    <circle cx="12" cy="12" r="3" />
  </>,
);
