import { useState } from 'react';
import { useT } from '../i18n/useT.js';
import { Dialog } from '../ui/Dialog.js';
import { MAX_NAME_LENGTH } from './participant.js';

/** Changes the name others see on this participant's avatar, cursor and activity. */
export function NameDialog({ initial, onSave, onCancel }: { initial: string; onSave: (name: string) => void; onCancel: () => void }) {
  const t = useT();
  const [name, setName] = useState(initial);
  return (
    <Dialog
      title={t('presence.nameTitle')}
      testId="name-dialog"
      onConfirm={() => onSave(name)}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" data-testid="name-save" disabled={name.trim() === ''}>
            {t('presence.nameSave')}
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field__label">{t('presence.nameLabel')}</span>
        <input
          className="input"
          data-testid="name-input"
          autoFocus
          maxLength={MAX_NAME_LENGTH}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <p className="muted">{t('presence.nameHint')}</p>
    </Dialog>
  );
}
