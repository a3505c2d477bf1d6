import { useId, useState, type FormEvent } from 'react';
import type { CreatedShare, NewShare } from '../api/sharesApi.js';
import { useT } from '../i18n/useT.js';
import { LinkIcon } from '../ui/icons.js';
import { SHARE_ROLES, type ShareRole } from './roles.js';
import { EXPIRY_CHOICES, expiryFor, firstExpiryDay, type ExpiryChoice } from './shareExpiry.js';

interface NewShareFormProps {
  create: (share: NewShare) => Promise<CreatedShare>;
  onCreated: (share: CreatedShare) => void;
}

/** A new link: who it is for (label), what it allows (role) and until when (expiry). */
export function NewShareForm({ create, onCreated }: NewShareFormProps) {
  const t = useT();
  const id = useId();
  // The least a link can do: giving more is a choice, not a default.
  const [role, setRole] = useState<ShareRole>('viewer');
  const [label, setLabel] = useState('');
  const [expiry, setExpiry] = useState<ExpiryChoice>('never');
  const [day, setDay] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const expiresAt = expiryFor(expiry, day, new Date());
    if (expiresAt === 'invalid') {
      setError(t('share.expiryPast'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const share: NewShare = { role };
      if (label.trim() !== '') share.label = label.trim();
      if (expiresAt !== null) share.expiresAt = expiresAt;
      onCreated(await create(share));
    } catch (cause) {
      setError(t('share.createFailed', { message: cause instanceof Error ? cause.message : String(cause) }));
      setBusy(false);
    }
  };

  return (
    <form className="share-form" data-testid="share-form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="share-form__grid">
        <div className="field share-form__role">
          <label htmlFor={`${id}-role`}>{t('share.role')}</label>
          <select
            id={`${id}-role`}
            className="select"
            data-testid="share-role"
            value={role}
            aria-describedby={`${id}-role-hint`}
            onChange={(event) => setRole(event.target.value as ShareRole)}
          >
            {SHARE_ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`share.role.${option}`)}
              </option>
            ))}
          </select>
          <p id={`${id}-role-hint`} className="field-hint">
            {t(`share.roleHint.${role}`)}
          </p>
        </div>
        <div className="field share-form__expiry">
          <label htmlFor={`${id}-expiry`}>{t('share.expiry')}</label>
          <select
            id={`${id}-expiry`}
            className="select"
            data-testid="share-expiry"
            value={expiry}
            onChange={(event) => {
              setExpiry(event.target.value as ExpiryChoice);
              setError(null);
            }}
          >
            {EXPIRY_CHOICES.map((option) => (
              <option key={option} value={option}>
                {t(`share.expiry.${option}`)}
              </option>
            ))}
          </select>
          {expiry === 'date' && (
            <input
              type="date"
              className="input"
              data-testid="share-expiry-date"
              aria-label={t('share.expiryDate')}
              min={firstExpiryDay(new Date())}
              value={day}
              onChange={(event) => {
                setDay(event.target.value);
                setError(null);
              }}
            />
          )}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-label`}>{t('share.label')}</label>
        <input
          id={`${id}-label`}
          className="input"
          data-testid="share-label"
          maxLength={100}
          placeholder={t('share.labelPlaceholder')}
          aria-describedby={`${id}-label-hint`}
          value={label}
          onChange={(event) => setLabel(event.target.value)}
        />
        <p id={`${id}-label-hint`} className="field-hint">
          {t('share.labelHint')}
        </p>
      </div>
      <div className="share-form__actions" aria-live="polite">
        {error && (
          <p className="field-error" data-testid="share-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button--primary" data-testid="share-create" disabled={busy}>
          <LinkIcon size={17} /> {busy ? t('share.creating') : t('share.create')}
        </button>
      </div>
    </form>
  );
}
