import { useT } from '../i18n/useT.js';
import { AppHeader } from '../ui/AppHeader.js';
import '../access/access.css';

/** While the server is asked what this browser's token grants, or cannot be reached. */
export function AccessPendingPage({ unreachable = false, onRetry }: { unreachable?: boolean; onRetry?: () => void }) {
  const t = useT();
  return (
    // While checking, the whole page waits a moment before it shows: usually the answer comes first.
    <div className={`page${unreachable ? '' : ' access-pending'}`}>
      <AppHeader />
      <main className="message-page" data-testid="access-pending" data-state={unreachable ? 'unreachable' : 'checking'}>
        <span className={`spinner access-spinner${unreachable ? ' is-stopped' : ''}`} aria-hidden="true" />
        {unreachable ? (
          <div role="alert">
            <h1>{t('access.unreachableTitle')}</h1>
            <p>{t('access.unreachableText')}</p>
            {onRetry && (
              <button type="button" className="button" onClick={onRetry}>
                {t('common.retry')}
              </button>
            )}
          </div>
        ) : (
          <p role="status">{t('access.checking')}</p>
        )}
      </main>
    </div>
  );
}
