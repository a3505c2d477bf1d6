import { icon } from '../ui/icons.js';

/** A speech bubble: comments. */
export const CommentIcon = icon(<path d="M5 5.5h14a1.5 1.5 0 0 1 1.5 1.5v8.5a1.5 1.5 0 0 1-1.5 1.5h-8l-4.5 3.5V17H5a1.5 1.5 0 0 1-1.5-1.5V7A1.5 1.5 0 0 1 5 5.5z" />);
/** A check mark: resolve. */
export const CheckIcon = icon(<path d="m5 12.5 4.5 4.5L19 7.5" />);
/** A square note with a folded corner: sticky notes. */
export const StickyIcon = icon(<path d="M5 4.5h14v9.5l-5.5 5.5H5zM19 14h-5.5v5.5" />);
