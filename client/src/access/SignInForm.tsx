import { useId, useState, type FormEvent } from 'react';
import { fetchAccess, type Access } from '../api/accessApi.js';
import { useT } from '../i18n/useT.js';
import { parseSignInInput } from './linkToken.js';
import '../ui/ui.css';
import './access.css';

/** A token, or a whole sign-in link, pasted by hand: checked with the server before it is kept. */
export function SignInForm({ onSignedIn, autoFocus = false }: { onSignedIn: (token: string, access: Access) => void; autoFocus?: boolean }) {
  const t = useT();
  const id = useId();
  const [input, setInput] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const token = parseSignInInput(input);
    if (token === null) {
      setError(input.trim() === '' ? t('signIn.refused.missing') : t('signIn.invalidInput'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = await fetchAccess(token);
      if (answer.granted) {
        onSignedIn(token, answer.access);
        return;
      }
      setError(t(`signIn.refused.${answer.reason}`));
    } catch (cause) {
      setError(t('signIn.failed', { message: cause instanceof Error ? cause.message : String(cause) }));
    }
    setBusy(false);
  };

  return (
    <form className="sign-in-form" data-testid="sign-in-form" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={`${id}-token`} className="sign-in-form__label">
        {t('signIn.label')}
      </label>
      <div className="sign-in-form__row">
        {/* Hidden like a password: sign-in often happens in front of a workshop's projector. */}
        <input
          id={`${id}-token`}
          className="input input--mono"
          data-testid="sign-in-token"
          type="password"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          autoFocus={autoFocus}
          placeholder={t('signIn.placeholder')}
          aria-invalid={error !== null}
          aria-describedby={`${id}-message`}
          value={input}
          onChange={(event) => {
            setInput(event.target.value);
            setError(null);
          }}
        />
        <button type="submit" className="button button--primary" data-testid="sign-in-submit" disabled={busy}>
          {busy ? t('signIn.checking') : t('signIn.submit')}
        </button>
      </div>
      <div id={`${id}-message`} aria-live="polite">
        {error ? (
          <p className="field-error" data-testid="sign-in-error">
            {error}
          </p>
        ) : (
          <p className="field-hint">{t('signIn.hint')}</p>
        )}
      </div>
    </form>
  );
}
