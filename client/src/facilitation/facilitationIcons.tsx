import { icon } from '../ui/icons.js';

export const TimerIcon = icon(<path d="M10 2.5h4M12 8.5V13l2.5 2M12 21a7.5 7.5 0 1 0 0-15 7.5 7.5 0 0 0 0 15z" />);
export const BellIcon = icon(<path d="M6 16.5V11a6 6 0 0 1 12 0v5.5l1.5 1.5h-15zM10 20.5a2 2 0 0 0 4 0" />);
export const BellOffIcon = icon(<path d="M6 16.5V11a6 6 0 0 1 9.5-4.9M18 11v5.5l1.5 1.5H7M10 20.5a2 2 0 0 0 4 0M4 4l16 16" />);
export const DotsIcon = icon(
  <>
    <circle cx="7" cy="8" r="2.5" />
    <circle cx="16.5" cy="7" r="2.5" />
    <circle cx="11.5" cy="16" r="2.5" />
  </>,
);
export const LockIcon = icon(<path d="M7 11V8a5 5 0 0 1 10 0v3M5.5 11h13v9.5h-13z" />);
export const UnlockIcon = icon(<path d="M7 11V8a5 5 0 0 1 9.6-2M5.5 11h13v9.5h-13z" />);
export const FacilitateIcon = icon(<path d="M4 20.5V4h11l-1.5 3.5L15 11H4M17.5 14.5v6M14.5 17.5h6" />);
