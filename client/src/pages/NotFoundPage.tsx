import { useEffect } from 'react';
import { useAccess } from '../access/useAccess.js';
import { useT } from '../i18n/useT.js';
import { Link } from '../routing/Link.js';
import { TRASH_PATH } from '../routing/routes.js';
import { AppHeader } from '../ui/AppHeader.js';

/** A page for a map or an address that does not exist, with the way back to the list (for the owner). */
export function NotFoundPage({ what }: { what: 'map' | 'deletedMap' | 'page' }) {
  const t = useT();
  // A share link opens one map: its holder has no list and no trash to go back to.
  const owner = useAccess().permissions.manageMaps;
  const title = what === 'page' ? t('notFound.pageTitle') : what === 'map' ? t('notFound.mapTitle') : t('notFound.deletedTitle');
  const deletedText = owner ? t('notFound.trashedText') : t('notFound.deletedTextShared');
  const text = what === 'page' ? t('notFound.pageText') : what === 'map' ? t('notFound.mapText') : deletedText;
  useEffect(() => {
    document.title = `${title} · Waymark`;
  }, [title]);
  return (
    <div className="page">
      <AppHeader />
      <main className="message-page" data-testid={what === 'page' ? 'page-not-found' : 'map-not-found'}>
        <p className="message-page__code" aria-hidden="true">404</p>
        <h1>{title}</h1>
        <p>{text}</p>
        {owner && (
          <div className="message-page__actions">
            {what !== 'page' && (
              // A map that is gone may only be in the trash.
              <Link to={TRASH_PATH} className="button" data-testid="open-trash">
                {t('notFound.openTrash')}
              </Link>
            )}
            <Link to="/" className="button button--primary" data-testid="back-to-list">
              {t('common.backToList')}
            </Link>
          </div>
        )}
      </main>
    </div>
  );
}

/** What the map page's error boundary shows. */
export function MapErrorPage({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useT();
  return (
    <div className="page">
      <AppHeader />
      <main className="message-page" data-testid="map-error" role="alert">
        <h1>{t('error.title')}</h1>
        <p>{t('error.text')}</p>
        <pre className="message-page__detail">{error.message}</pre>
        <div className="message-page__actions">
          <button type="button" className="button" onClick={onRetry}>
            {t('common.retry')}
          </button>
          <Link to="/" className="button button--primary" data-testid="back-to-list">
            {t('common.backToList')}
          </Link>
        </div>
      </main>
    </div>
  );
}
