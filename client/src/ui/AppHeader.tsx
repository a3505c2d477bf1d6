import type { ReactNode } from 'react';
import { useT } from '../i18n/useT.js';
import { Link } from '../routing/Link.js';
import { LanguageSwitch } from './LanguageSwitch.js';

/** The Waymark wordmark, linking home. */
export function Brand() {
  const t = useT();
  return (
    <Link to="/" className="brand" aria-label={t('app.home')}>
      <svg className="brand__mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
        <rect width="32" height="32" rx="7" fill="#2454d6" />
        <path d="M6 21c4-9 7 3 10-4s6-8 10-3" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
        <circle cx="26" cy="14" r="2.5" fill="#ffb020" />
      </svg>
      <span className="brand__name">Waymark</span>
    </Link>
  );
}

/** The bar on top of the simple pages: brand, then `children`, then the language switch. */
export function AppHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="topbar">
      <Brand />
      <div className="topbar__middle">{children}</div>
      <LanguageSwitch />
    </header>
  );
}
