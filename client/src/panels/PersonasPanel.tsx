import { useId, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { addPersona, deletePersona, updatePersona, type Persona } from '../../../shared/src/index.js';
import { personaColor } from '../canvas/emotionCurve.js';
import { useT } from '../i18n/useT.js';
import { Dialog } from '../ui/Dialog.js';
import { SyncedTextInput } from '../ui/SyncedTextInput.js';
import { PlusIcon, TrashIcon } from '../ui/icons.js';

/** Who travels the journey: each persona gets its own emotion curve. */
export function PersonasPanel({ doc, personas }: { doc: Y.Doc; personas: Persona[] }) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState('');
  const [deleting, setDeleting] = useState<Persona | null>(null);

  const add = (event: FormEvent) => {
    event.preventDefault();
    addPersona(doc, { name: name.trim() === '' ? t('persona.defaultName', { number: personas.length + 1 }) : name.trim() });
    setName('');
  };

  return (
    <section className="panel" data-testid="personas-panel" aria-labelledby={`${id}-head`}>
      <div className="panel__head">
        <h2 id={`${id}-head`} className="panel__title">
          {t('persona.title')}
        </h2>
      </div>
      {personas.length === 0 && <p className="muted small">{t('persona.empty')}</p>}
      <ul className="row-list">
        {personas.map((persona, index) => (
          <li key={persona.id} className="row-list__item persona" data-testid="persona-item" data-persona-id={persona.id}>
            <input
              type="color"
              className="color-input"
              data-testid="persona-color"
              aria-label={t('persona.color', { name: persona.name })}
              value={personaColor(persona, index).toLowerCase()}
              onChange={(event) => updatePersona(doc, persona.id, { color: event.target.value })}
            />
            <SyncedTextInput
              className="input"
              data-testid="persona-name"
              aria-label={t('persona.name')}
              placeholder={t('persona.unnamed')}
              maxLength={200}
              value={persona.name}
              onValue={(value) => updatePersona(doc, persona.id, { name: value })}
            />
            <button
              type="button"
              className="icon-button icon-button--danger"
              data-testid="delete-persona"
              aria-label={t('persona.delete', { name: persona.name })}
              title={t('persona.delete', { name: persona.name })}
              onClick={() => setDeleting(persona)}
            >
              <TrashIcon size={16} />
            </button>
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={add}>
        <label className="visually-hidden" htmlFor={`${id}-new`}>
          {t('persona.name')}
        </label>
        <input
          id={`${id}-new`}
          className="input"
          data-testid="new-persona-name"
          placeholder={t('persona.newPlaceholder')}
          maxLength={200}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button button--small" data-testid="add-persona">
          <PlusIcon size={15} /> {t('common.add')}
        </button>
      </form>
      {deleting && (
        <Dialog
          title={t('persona.deleteTitle', { name: deleting.name.trim() === '' ? t('persona.unnamed') : deleting.name })}
          testId="delete-persona-dialog"
          onConfirm={() => {
            deletePersona(doc, deleting.id);
            setDeleting(null);
          }}
          onCancel={() => setDeleting(null)}
          actions={
            <>
              <button type="button" className="button" onClick={() => setDeleting(null)}>
                {t('common.cancel')}
              </button>
              <button type="submit" className="button button--danger-solid" data-testid="confirm-delete-persona">
                {t('common.delete')}
              </button>
            </>
          }
        >
          <p>{t('persona.deleteWarning')}</p>
        </Dialog>
      )}
    </section>
  );
}
