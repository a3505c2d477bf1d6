import { icon as lineIcon } from '../ui/icons.js';

// Line icons of the canvas tools, on the same 24×24 grid and stroke as ui/icons.
export const GripIcon = lineIcon(
  <path d="M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01" strokeWidth="3" />,
);
export const EyeIcon = lineIcon(
  <>
    <path d="M2.5 12s3.5-6.5 9.5-6.5 9.5 6.5 9.5 6.5-3.5 6.5-9.5 6.5S2.5 12 2.5 12z" />
    <circle cx="12" cy="12" r="3" />
  </>,
);
export const EyeOffIcon = lineIcon(
  <path d="M4 4l16 16M10 5.7A9.7 9.7 0 0 1 12 5.5c6 0 9.5 6.5 9.5 6.5a16 16 0 0 1-2.7 3.4M6.3 7.3C3.9 9 2.5 12 2.5 12s3.5 6.5 9.5 6.5c1.6 0 3-.4 4.2-1M9.9 9.9a3 3 0 0 0 4.2 4.2" />,
);
export const LanesIcon = lineIcon(
  <>
    <rect x="3.5" y="4" width="17" height="4.5" rx="1.2" />
    <rect x="3.5" y="10" width="17" height="4.5" rx="1.2" />
    <rect x="3.5" y="16" width="17" height="4.5" rx="1.2" />
  </>,
);
export const MarqueeIcon = lineIcon(
  <>
    <path d="M4 8V5.5A1.5 1.5 0 0 1 5.5 4H8M12 4h2M18 4h.5A1.5 1.5 0 0 1 20 5.5V8M4 12v2M4 18v.5A1.5 1.5 0 0 0 5.5 20H8" />
    <path d="m12.5 12.5 7.5 2.5-3 1.5-1.5 3z" fill="currentColor" />
  </>,
);
export const KeyboardIcon = lineIcon(
  <>
    <rect x="2.5" y="6" width="19" height="12" rx="2" />
    <path d="M6.5 10h.01M10 10h.01M14 10h.01M17.5 10h.01M8 14h8" strokeWidth="2.2" />
  </>,
);
export const TextSizeIcon = lineIcon(<path d="M3 18 7.5 6 12 18M4.6 14h5.8M14 18l3.5-9 3.5 9M15.2 15h4.6" />);
export const ChevronUpIcon = lineIcon(<path d="m5.5 14.5 6.5-6.5 6.5 6.5" />);
export const ChevronDownIcon = lineIcon(<path d="m5.5 9.5 6.5 6.5 6.5-6.5" />);
export const GroupIcon = lineIcon(
  <>
    <path d="M4 5h6M4 12h6M4 19h6" />
    <rect x="13" y="3.5" width="7" height="4" rx="1" />
    <rect x="13" y="10" width="7" height="4" rx="1" />
    <rect x="13" y="16.5" width="7" height="4" rx="1" />
  </>,
);
