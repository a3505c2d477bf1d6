import { useT } from '../i18n/useT.js';

/** A list that could not be loaded: why, and a way to try again. */
export function LoadFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useT();
  return (
    <div className="notice notice--error" role="alert">
      {message}{' '}
      <button type="button" className="button button--small" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
