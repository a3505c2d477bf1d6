import { useState, type FormEvent } from 'react';
import { useT } from '../i18n/useT.js';
import { MAX_NAME_LENGTH } from './participant.js';

/**
 * Asks once, on the first map opened in this browser, for the name others will see. A small
 * panel rather than a modal: it never stands between someone and the map (skip keeps "Guest").
 */
export function NamePrompt({ onName }: { onName: (name: string) => void }) {
  const t = useT();
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onName(name);
  };
  return (
    <form className="panel name-prompt" data-testid="name-prompt" onSubmit={submit}>
      <label className="field">
        <span className="panel__title">{t('presence.promptTitle')}</span>
        <span className="muted">{t('presence.nameHint')}</span>
        <input
          className="input"
          data-testid="name-prompt-input"
          placeholder={t('presence.namePlaceholder')}
          maxLength={MAX_NAME_LENGTH}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <div className="name-prompt__actions">
        <button type="button" className="button button--quiet" data-testid="name-prompt-skip" onClick={() => onName('')}>
          {t('presence.promptSkip')}
        </button>
        <button type="submit" className="button button--primary" data-testid="name-prompt-save" disabled={name.trim() === ''}>
          {t('presence.nameSave')}
        </button>
      </div>
    </form>
  );
}
