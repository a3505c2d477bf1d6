import { icon } from '../ui/icons.js';

/** A clock with an arrow going back: the map's history. */
export const HistoryIcon = icon(<path d="M4.5 12a7.5 7.5 0 1 0 2.2-5.3L4.5 9M4.5 4.5V9H9M12 8v4.5l3 2" />);
/** Two arrows in opposite directions: compare two versions. */
export const CompareIcon = icon(<path d="M7 7h12m-3.5-3.5L19 7l-3.5 3.5M17 17H5m3.5-3.5L5 17l3.5 3.5" />);
/** An open eye: look at a version without changing anything. */
export const EyeIcon = icon(
  <>
    <path d="M2.5 12s3.5-6.5 9.5-6.5S21.5 12 21.5 12s-3.5 6.5-9.5 6.5S2.5 12 2.5 12z" />
    <circle cx="12" cy="12" r="3" />
  </>,
);
