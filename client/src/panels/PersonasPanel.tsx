import { useId, useMemo, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import {
  LIMITS,
  PERSONA_COLORS,
  addPersona,
  deletePersona,
  docToMapDocument,
  updatePersona,
  type Persona,
  type Touchpoint,
} from '../../../shared/src/index.js';
import { personaColor } from '../canvas/emotionCurve.js';
import type { MessageKey } from '../i18n/en.js';
import { useT } from '../i18n/useT.js';
import { Dialog } from '../ui/Dialog.js';
import { EmptyState } from '../ui/EmptyState.js';
import { FieldGroup } from '../ui/FieldGroup.js';
import { SyncedTextInput } from '../ui/SyncedTextInput.js';
import { PersonIcon, PlusIcon, TrashIcon } from '../ui/icons.js';
import { emotionCounts } from './personaStats.js';
import './panels.css';

interface PersonasPanelProps {
  doc: Y.Doc;
  personas: Persona[];
  /** The map's touchpoints, to count each persona's emotions; read from `doc` when not given. */
  touchpoints?: Touchpoint[];
  /** Shown, not edited (a viewer's or commenter's link). */
  readOnly?: boolean;
}

/** Names of the Okabe-Ito palette colours, for screen readers and tooltips. */
const COLOUR_NAMES: Record<string, MessageKey> = {
  '#0072B2': 'colour.blue',
  '#D55E00': 'colour.vermillion',
  '#009E73': 'colour.green',
  '#CC79A7': 'colour.purple',
  '#E69F00': 'colour.orange',
  '#56B4E9': 'colour.skyBlue',
  '#F0E442': 'colour.yellow',
  '#000000': 'colour.black',
};

/** Who travels the journey: each persona gets its own emotion curve. */
export function PersonasPanel({ doc, personas, touchpoints, readOnly = false }: PersonasPanelProps) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState('');
  const [deletingId, setDeletingId] = useState<string | null>(null);
  // Without the touchpoints from the page, read them from the document (it is re-rendered on every change).
  const allTouchpoints = touchpoints ?? docToMapDocument(doc).touchpoints;
  const counts = useMemo(() => emotionCounts(allTouchpoints), [allTouchpoints]);
  const deleting = personas.find((p) => p.id === deletingId) ?? null;
  const displayName = (persona: Persona) => (persona.name.trim() === '' ? t('persona.unnamed') : persona.name);

  const add = (event: FormEvent) => {
    event.preventDefault();
    addPersona(doc, { name: name.trim() === '' ? t('persona.defaultName', { number: personas.length + 1 }) : name.trim() });
    setName('');
  };

  return (
    <section className="panel side-panel" data-testid="personas-panel" aria-labelledby={`${id}-head`}>
      <div className="panel__head">
        <h2 id={`${id}-head`} className="panel__title">
          {t('persona.title')}
          {personas.length > 0 && <span className="count-badge">{personas.length}</span>}
        </h2>
      </div>
      {personas.length === 0 ? (
        <EmptyState icon={<PersonIcon size={22} />} title={t('persona.empty')} text={readOnly ? undefined : t('persona.emptyHint')} />
      ) : (
        <FieldGroup readOnly={readOnly}>
          <ul className="persona-list">
            {personas.map((persona, index) => (
              <PersonaItem
                key={persona.id}
                doc={doc}
                persona={persona}
                color={personaColor(persona, index)}
                name={displayName(persona)}
                emotionCount={counts.get(persona.id) ?? 0}
                touchpointCount={allTouchpoints.length}
                onDelete={() => setDeletingId(persona.id)}
                readOnly={readOnly}
              />
            ))}
          </ul>
        </FieldGroup>
      )}
      {!readOnly && (
        <form className="inline-form" onSubmit={add}>
          <label className="visually-hidden" htmlFor={`${id}-new`}>
            {t('persona.name')}
          </label>
          <input
            id={`${id}-new`}
            className="input"
            data-testid="new-persona-name"
            placeholder={t('persona.newPlaceholder')}
            maxLength={LIMITS.nameLength}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="button button--small" data-testid="add-persona">
            <PlusIcon size={15} /> {t('common.add')}
          </button>
        </form>
      )}
      {deleting && (
        <DeletePersonaDialog
          name={displayName(deleting)}
          emotionCount={counts.get(deleting.id) ?? 0}
          onConfirm={() => {
            deletePersona(doc, deleting.id);
            setDeletingId(null);
          }}
          onCancel={() => setDeletingId(null)}
        />
      )}
    </section>
  );
}

interface PersonaItemProps {
  doc: Y.Doc;
  persona: Persona;
  color: string;
  name: string;
  emotionCount: number;
  touchpointCount: number;
  onDelete: () => void;
  readOnly: boolean;
}

function PersonaItem({ doc, persona, color, name, emotionCount, touchpointCount, onDelete, readOnly }: PersonaItemProps) {
  const t = useT();
  const id = useId();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const current = color.toLowerCase();
  const setColor = (value: string) => updatePersona(doc, persona.id, { color: value });

  return (
    <li className="persona" data-testid="persona-item" data-persona-id={persona.id}>
      <div className="persona__row">
        {readOnly ? (
          <span className="persona__swatch" style={{ background: color }} aria-hidden="true" />
        ) : (
          <button
            type="button"
            className="persona__swatch"
            data-testid="persona-color-toggle"
            style={{ background: color }}
            aria-expanded={paletteOpen}
            aria-controls={`${id}-palette`}
            aria-label={t('persona.changeColor', { name })}
            title={t('persona.changeColor', { name })}
            onClick={() => setPaletteOpen((open) => !open)}
          />
        )}
        <div className="persona__main">
          <SyncedTextInput
            className="input persona__name"
            data-testid="persona-name"
            aria-label={t('persona.name')}
            placeholder={t('persona.unnamed')}
            maxLength={LIMITS.nameLength}
            value={persona.name}
            onValue={(value) => updatePersona(doc, persona.id, { name: value })}
          />
          <p className="persona__meta" data-testid="persona-coverage">
            {t('persona.coverage', { count: emotionCount, total: touchpointCount })}
          </p>
        </div>
        {!readOnly && (
          <button
            type="button"
            className="icon-button icon-button--danger"
            data-testid="delete-persona"
            aria-label={t('persona.delete', { name })}
            title={t('persona.delete', { name })}
            onClick={onDelete}
          >
            <TrashIcon size={18} />
          </button>
        )}
      </div>
      {paletteOpen && !readOnly && (
        <div id={`${id}-palette`} className="palette" role="group" aria-label={t('persona.palette', { name })}>
          {PERSONA_COLORS.map((swatch) => {
            const colourName = COLOUR_NAMES[swatch];
            const label = colourName ? t(colourName) : swatch;
            const on = swatch.toLowerCase() === current;
            return (
              <button
                key={swatch}
                type="button"
                className={`palette__swatch${on ? ' is-on' : ''}`}
                data-testid="persona-swatch"
                data-color={swatch}
                style={{ background: swatch }}
                aria-pressed={on}
                aria-label={label}
                title={label}
                onClick={() => setColor(swatch)}
              />
            );
          })}
          <label className="palette__custom" title={t('persona.customColor')}>
            <input
              type="color"
              className="color-input"
              data-testid="persona-color"
              aria-label={t('persona.color', { name })}
              value={current}
              onChange={(event) => setColor(event.target.value)}
            />
            <span>{t('persona.customColor')}</span>
          </label>
        </div>
      )}
    </li>
  );
}

interface DeletePersonaDialogProps {
  name: string;
  emotionCount: number;
  onConfirm: () => void;
  onCancel: () => void;
}

function DeletePersonaDialog({ name, emotionCount, onConfirm, onCancel }: DeletePersonaDialogProps) {
  const t = useT();
  return (
    <Dialog
      title={t('persona.deleteTitle', { name })}
      testId="delete-persona-dialog"
      onConfirm={onConfirm}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button" autoFocus onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--danger-solid" data-testid="confirm-delete-persona">
            {t('persona.deleteConfirm')}
          </button>
        </>
      }
    >
      <p data-testid="delete-persona-impact">
        {emotionCount === 0 ? t('persona.deleteNoEmotions') : t('persona.deleteEmotions', { count: emotionCount })}
      </p>
      <p className="muted">{t('persona.deleteUndo')}</p>
    </Dialog>
  );
}
