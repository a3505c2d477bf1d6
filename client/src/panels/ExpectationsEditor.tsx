import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type * as Y from 'yjs';
import {
  EXPECTATION_CATEGORIES,
  LIMITS,
  addExpectation,
  removeExpectation,
  updateExpectation,
  type Expectation,
  type ExpectationCategory,
  type Touchpoint,
} from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { SyncedTextarea } from '../ui/SyncedTextInput.js';
import { PlusIcon, TrashIcon } from '../ui/icons.js';

interface ExpectationsEditorProps {
  doc: Y.Doc;
  touchpoint: Touchpoint;
  /** Without adding and removing (the texts are turned off by the inspector's field group). */
  readOnly?: boolean;
}

/** An expectation with its position in the touchpoint's list, which is how the model addresses it. */
interface IndexedExpectation {
  expectation: Expectation;
  index: number;
}

/** What the customer expects at this touchpoint, one group per category. */
export function ExpectationsEditor({ doc, touchpoint, readOnly = false }: ExpectationsEditorProps) {
  const t = useT();
  const groups = new Map<ExpectationCategory, IndexedExpectation[]>(EXPECTATION_CATEGORIES.map((c) => [c, []]));
  touchpoint.expectations.forEach((expectation, index) => groups.get(expectation.category)?.push({ expectation, index }));

  return (
    <div className="expectations">
      {touchpoint.expectations.length === 0 && !readOnly && (
        <p className="muted small expectations__hint">{t('inspector.expectationsHint')}</p>
      )}
      {EXPECTATION_CATEGORIES.map((category) => (
        <ExpectationGroup
          key={category}
          doc={doc}
          touchpointId={touchpoint.id}
          category={category}
          items={groups.get(category) ?? []}
          readOnly={readOnly}
        />
      ))}
    </div>
  );
}

interface ExpectationGroupProps {
  doc: Y.Doc;
  touchpointId: string;
  category: ExpectationCategory;
  items: IndexedExpectation[];
  readOnly: boolean;
}

function ExpectationGroup({ doc, touchpointId, category, items, readOnly }: ExpectationGroupProps) {
  const t = useT();
  const id = useId();
  const [adding, setAdding] = useState(false);
  const [text, setText] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const categoryName = t(`category.${category}`);

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    addExpectation(doc, touchpointId, { category, text: text.trim() });
    // The field stays open: a workshop usually collects several expectations in a row.
    setText('');
  };
  const close = () => {
    setAdding(false);
    setText('');
    // Back to the button that opened the field, so keyboard users keep their place.
    requestAnimationFrame(() => addButton.current?.focus());
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      // Escape closes this field only, not the inspector or a selection around it.
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  return (
    <section
      className={`expectation-group expectation-group--${category}`}
      data-testid="expectation-group"
      data-category={category}
      aria-labelledby={`${id}-head`}
    >
      <div className="expectation-group__head">
        <h4 id={`${id}-head`} className="expectation-group__title">
          {categoryName}
          <span className="count-badge" aria-hidden={items.length === 0}>
            {items.length}
          </span>
        </h4>
        {!adding && !readOnly && (
          <button
            ref={addButton}
            type="button"
            className="button button--quiet button--small"
            data-testid="open-add-expectation"
            aria-label={t('inspector.expectationAddTo', { category: categoryName })}
            onClick={() => setAdding(true)}
          >
            <PlusIcon size={15} /> {t('common.add')}
          </button>
        )}
      </div>
      {items.length > 0 && (
        <ul className="expectations__list">
          {items.map(({ expectation, index }) => (
            <ExpectationItem key={index} doc={doc} touchpointId={touchpointId} expectation={expectation} index={index} readOnly={readOnly} />
          ))}
        </ul>
      )}
      {adding && !readOnly && (
        <form className="expectations__new" onSubmit={add}>
          <label className="visually-hidden" htmlFor={`${id}-text`}>
            {t('inspector.expectationAddTo', { category: categoryName })}
          </label>
          <input
            id={`${id}-text`}
            className="input"
            data-testid="new-expectation-text"
            placeholder={t(`inspector.expectationPlaceholder.${category}`)}
            maxLength={LIMITS.textLength}
            autoFocus
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <button type="submit" className="button button--small button--primary" data-testid="add-expectation" disabled={text.trim() === ''}>
            {t('common.add')}
          </button>
          <button type="button" className="button button--small button--quiet" onClick={close}>
            {t('common.cancel')}
          </button>
        </form>
      )}
      {items.length === 0 && !adding && <p className="expectation-group__none">{t('inspector.expectationsNone')}</p>}
    </section>
  );
}

interface ExpectationItemProps {
  doc: Y.Doc;
  touchpointId: string;
  expectation: Expectation;
  index: number;
  readOnly: boolean;
}

function ExpectationItem({ doc, touchpointId, expectation, index, readOnly }: ExpectationItemProps) {
  const t = useT();
  return (
    <li className="expectation" data-testid="expectation-item">
      <SyncedTextarea
        className="input textarea expectation__text"
        data-testid="expectation-text"
        aria-label={t('inspector.expectationText')}
        rows={2}
        maxLength={LIMITS.textLength}
        value={expectation.text}
        onValue={(value) => updateExpectation(doc, touchpointId, index, { ...expectation, text: value })}
      />
      {!readOnly && (
        <button
          type="button"
          className="icon-button icon-button--small icon-button--danger"
          data-testid="remove-expectation"
          aria-label={t('inspector.expectationRemove')}
          title={t('inspector.expectationRemove')}
          onClick={() => removeExpectation(doc, touchpointId, index)}
        >
          <TrashIcon size={15} />
        </button>
      )}
      {/* Moving to another category is an edit: read-only, the group it is listed under says it. */}
      {!readOnly && (
        <label className="expectation__move">
          {t('inspector.expectationCategory')}
          <select
            className="select select--small"
            data-testid="expectation-category"
            title={t('inspector.expectationMove')}
            value={expectation.category}
            onChange={(event) =>
              updateExpectation(doc, touchpointId, index, { ...expectation, category: event.target.value as ExpectationCategory })
            }
          >
            {EXPECTATION_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category.${c}`)}
              </option>
            ))}
          </select>
        </label>
      )}
    </li>
  );
}
