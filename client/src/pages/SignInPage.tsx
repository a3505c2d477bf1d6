import { useEffect } from 'react';
import { SignInForm } from '../access/SignInForm.js';
import { LockIcon } from '../access/accessIcons.js';
import type { Access } from '../api/accessApi.js';
import { useT } from '../i18n/useT.js';
import { AppHeader } from '../ui/AppHeader.js';
import '../access/access.css';

/** No token, and the server asks for one: open the link you were given, or sign in as the owner. */
export function SignInPage({ onSignedIn }: { onSignedIn: (token: string, access: Access) => void }) {
  const t = useT();
  useEffect(() => {
    document.title = `${t('signIn.title')} · Waymark`;
  }, [t]);
  return (
    <div className="page">
      <AppHeader />
      <main className="message-page access-page" data-testid="sign-in-page">
        <span className="access-page__icon" aria-hidden="true">
          <LockIcon size={34} />
        </span>
        <h1>{t('signIn.title')}</h1>
        <p>{t('signIn.text')}</p>
        <SignInForm onSignedIn={onSignedIn} autoFocus />
      </main>
    </div>
  );
}
