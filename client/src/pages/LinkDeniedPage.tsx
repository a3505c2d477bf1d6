import { useEffect } from 'react';
import { LinkOffIcon } from '../access/accessIcons.js';
import type { DenialReason } from '../api/accessApi.js';
import { useT } from '../i18n/useT.js';
import { Link } from '../routing/Link.js';
import { AppHeader } from '../ui/AppHeader.js';
import '../access/access.css';

/**
 * A share link that no longer works (expired, revoked, or never valid), on opening it or while the
 * map was open: a clear word instead of a canvas that cannot connect.
 */
export function LinkDeniedPage({ reason, canOpenMaps }: { reason: DenialReason; canOpenMaps: boolean }) {
  const t = useT();
  const kind = reason === 'missing' ? 'unknown' : reason;
  const title = t(`linkDenied.${kind}.title`);
  useEffect(() => {
    document.title = `${title} · Waymark`;
  }, [title]);
  return (
    <div className="page">
      <AppHeader />
      <main className="message-page access-page" data-testid="link-denied" data-reason={kind} role="alert">
        <span className="access-page__icon access-page__icon--denied" aria-hidden="true">
          <LinkOffIcon size={34} />
        </span>
        <h1>{title}</h1>
        <p>{t(`linkDenied.${kind}.text`)}</p>
        {canOpenMaps && (
          <div className="message-page__actions">
            <Link to="/" className="button button--primary" data-testid="open-own-maps">
              {t('linkDenied.toMaps')}
            </Link>
          </div>
        )}
      </main>
    </div>
  );
}
