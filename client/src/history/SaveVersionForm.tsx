import { useEffect, useRef, useState, type FormEvent } from 'react';
import { LIMITS } from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { FormField } from '../ui/FormField.js';
import { PlusIcon } from '../ui/icons.js';
import { rememberAuthor } from './useParticipantName.js';

interface SaveVersionFormProps {
  /** The name of the person using this browser, as the default author. */
  author: string;
  save: (name: string, author: string) => Promise<unknown>;
  /** Each new value opens the form and focuses the name (the Ctrl+S shortcut). */
  openRequest: number;
}

const MAX_AUTHOR_LENGTH = 100;

/** "Save version": a name (and who saves it) for the map as it is now. */
export function SaveVersionForm({ author, save, openRequest }: SaveVersionFormProps) {
  const t = useT();
  const [open, setOpen] = useState(openRequest > 0);
  const [name, setName] = useState('');
  const [who, setWho] = useState(author);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const nameField = useRef<HTMLInputElement>(null);
  const [handledRequest, setHandledRequest] = useState(openRequest);

  // A new request while the panel is mounted opens the form (adjusting state during render,
  // as React recommends over an effect).
  if (openRequest !== handledRequest) {
    setHandledRequest(openRequest);
    setOpen(true);
  }
  useEffect(() => {
    if (open) nameField.current?.focus();
  }, [open, openRequest]);

  const start = () => {
    setWho(author);
    setError(null);
    setOpen(true);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '' || busy) {
      setError(t('history.save.nameMissing'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await save(trimmed, who.trim());
      if (who.trim() !== '') rememberAuthor(who.trim());
      setSaved(trimmed);
      setName('');
      setOpen(false);
    } catch (cause) {
      setError(t('history.save.failed', { message: cause instanceof Error ? cause.message : String(cause) }));
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <div className="history-save">
        <button type="button" className="button button--primary history-save__start" data-testid="save-version" onClick={start}>
          <PlusIcon size={16} /> {t('history.save.button')}
        </button>
        <p className="history-save__status" role="status" data-testid="save-version-status">
          {saved && t('history.save.done', { name: saved })}
        </p>
      </div>
    );
  }
  return (
    <form className="history-save history-save--open" data-testid="save-version-form" onSubmit={(event) => void submit(event)}>
      <FormField label={t('history.save.name')} name="version-name" errors={error ? [error] : []} hint={t('history.save.nameHint')}>
        {(control) => (
          <input
            {...control}
            ref={nameField}
            className="input"
            data-testid="version-name"
            maxLength={LIMITS.nameLength}
            placeholder={t('history.save.namePlaceholder')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}
          />
        )}
      </FormField>
      <FormField label={t('history.save.author')} name="version-author">
        {(control) => (
          <input
            {...control}
            className="input"
            data-testid="version-author"
            maxLength={MAX_AUTHOR_LENGTH}
            placeholder={t('history.save.authorPlaceholder')}
            value={who}
            onChange={(event) => setWho(event.target.value)}
          />
        )}
      </FormField>
      <div className="history-save__actions">
        <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" data-testid="confirm-save-version" disabled={busy}>
          {busy ? t('history.save.saving') : t('history.save.confirm')}
        </button>
      </div>
    </form>
  );
}
