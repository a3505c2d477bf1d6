import { useEffect, useState } from 'react';
import { SignInForm } from '../access/SignInForm.js';
import { LockIcon } from '../access/accessIcons.js';
import type { Access } from '../api/accessApi.js';
import { fetchMapTitle } from '../api/mapsApi.js';
import { useT } from '../i18n/useT.js';
import { Link } from '../routing/Link.js';
import { mapPath } from '../routing/routes.js';
import { AppHeader } from '../ui/AppHeader.js';
import { SignInPage } from './SignInPage.js';
import '../access/access.css';

interface SharedMapsPageProps {
  /** The maps this browser holds share links for, the current one first. */
  mapIds: string[];
  onSignedIn: (token: string, access: Access) => void;
}

/** A share holder on a page for the owner (the map list): the way to the maps their links open. */
export function SharedMapsPage({ mapIds, onSignedIn }: SharedMapsPageProps) {
  const t = useT();
  const [titles, setTitles] = useState<Map<string, string | null>>(new Map());
  const [signingIn, setSigningIn] = useState(false);
  const key = mapIds.join(',');

  useEffect(() => {
    document.title = `${t('shared.title')} · Waymark`;
  }, [t]);
  useEffect(() => {
    let cancelled = false;
    for (const id of key.split(',')) {
      fetchMapTitle(id).then(
        (title) => !cancelled && setTitles((previous) => new Map(previous).set(id, title)),
        // Unreachable for now: the link stays, with a placeholder for its title.
        () => undefined,
      );
    }
    return () => {
      cancelled = true;
    };
  }, [key]);

  // A link whose map no longer opens (revoked, expired, deleted) is left out.
  const live = mapIds.filter((id) => titles.get(id) !== null);
  if (live.length === 0) return <SignInPage onSignedIn={onSignedIn} />;
  return (
    <div className="page">
      <AppHeader />
      <main className="message-page access-page" data-testid="shared-only">
        <span className="access-page__icon" aria-hidden="true">
          <LockIcon size={34} />
        </span>
        <h1>{t('shared.title')}</h1>
        <p>{t('shared.text', { count: live.length })}</p>
        <ul className="shared-maps">
          {live.map((id) => {
            const title = titles.get(id);
            return (
              <li key={id}>
                <Link to={mapPath(id)} className="button button--primary shared-maps__link" data-testid="shared-map-link" data-map-id={id}>
                  {title === undefined || title === null ? t('shared.loading') : title.trim() === '' ? t('map.untitled') : title}
                </Link>
              </li>
            );
          })}
        </ul>
        {signingIn ? (
          <SignInForm onSignedIn={onSignedIn} autoFocus />
        ) : (
          <button type="button" className="link-button" data-testid="owner-sign-in" onClick={() => setSigningIn(true)}>
            {t('shared.ownerSignIn')}
          </button>
        )}
      </main>
    </div>
  );
}
