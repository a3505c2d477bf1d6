import { useState, type FormEvent } from 'react';
import { MAP_TEMPLATES, createMap, type MapTemplate } from '../api/mapsApi.js';
import { useT } from '../i18n/useT.js';
import { mapPath, navigate } from '../routing/routes.js';

/** The "new map" form: a title and a starting point; creates the map and opens it. */
export function NewMapForm({ onCancel }: { onCancel: () => void }) {
  const t = useT();
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<MapTemplate>('blank');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (trimmed === '' || busy) return;
    setBusy(true);
    setError(null);
    try {
      navigate(mapPath(await createMap(trimmed, template)));
    } catch (cause) {
      setError(t('list.createFailed', { message: cause instanceof Error ? cause.message : String(cause) }));
      setBusy(false);
    }
  };

  return (
    <form className="new-map-form" onSubmit={submit} data-testid="new-map-form">
      <label className="new-map-form__label" htmlFor="new-map-title">
        {t('list.newMapTitle')}
      </label>
      <input
        id="new-map-title"
        data-testid="new-map-title"
        className="input"
        autoFocus
        maxLength={200}
        placeholder={t('list.newMapPlaceholder')}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      />
      <label className="visually-hidden" htmlFor="new-map-template">
        {t('list.template')}
      </label>
      <select
        id="new-map-template"
        className="select new-map-form__template"
        data-testid="new-map-template"
        value={template}
        onChange={(event) => setTemplate(event.target.value as MapTemplate)}
      >
        {MAP_TEMPLATES.map((id) => (
          <option key={id} value={id}>
            {t(`template.${id}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--primary" data-testid="create-map" disabled={busy || title.trim() === ''}>
        {t('list.create')}
      </button>
      <button type="button" className="button button--quiet" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
