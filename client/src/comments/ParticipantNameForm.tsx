import { useState, type FormEvent } from 'react';
import { useT } from '../i18n/useT.js';
import { MAX_NAME_LENGTH, cleanName } from '../presence/useParticipantName.js';

/** "Commenting as …" with a change link, or the one-time question for a name. */
export function ParticipantNameForm({ name, onName }: { name: string; onName: (name: string) => void }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(name);
  if (name !== '' && !editing) {
    return (
      <p className="comments-panel__as muted" data-testid="comments-as">
        {t('comments.as', { name })}{' '}
        <button type="button" className="link-button" onClick={() => { setDraft(name); setEditing(true); }} data-testid="comments-change-name">
          {t('comments.changeName')}
        </button>
      </p>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clean = cleanName(draft);
    if (clean === '') return;
    onName(clean);
    setEditing(false);
  };
  return (
    <form className="participant-name" onSubmit={submit} data-testid="participant-name-form">
      <label className="participant-name__label">
        {t('comments.nameQuestion')}
        <input
          type="text"
          value={draft}
          maxLength={MAX_NAME_LENGTH}
          placeholder={t('comments.namePlaceholder')}
          onChange={(event) => setDraft(event.target.value)}
          data-testid="participant-name"
        />
      </label>
      <button type="submit" className="button button--small" disabled={cleanName(draft) === ''} data-testid="participant-name-save">
        {t('comments.nameSave')}
      </button>
    </form>
  );
}
