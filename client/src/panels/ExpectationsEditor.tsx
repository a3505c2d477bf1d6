import { useId, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import {
  EXPECTATION_CATEGORIES,
  addExpectation,
  removeExpectation,
  updateExpectation,
  type ExpectationCategory,
  type Touchpoint,
} from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { SyncedTextarea } from '../ui/SyncedTextInput.js';
import { PlusIcon, TrashIcon } from '../ui/icons.js';

/** What the customer expects at this touchpoint, by category. */
export function ExpectationsEditor({ doc, touchpoint }: { doc: Y.Doc; touchpoint: Touchpoint }) {
  const t = useT();
  const id = useId();
  const [category, setCategory] = useState<ExpectationCategory>('other');
  const [text, setText] = useState('');

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    addExpectation(doc, touchpoint.id, { category, text: text.trim() });
    setText('');
  };

  const categoryOptions = EXPECTATION_CATEGORIES.map((c) => (
    <option key={c} value={c}>
      {t(`category.${c}`)}
    </option>
  ));

  return (
    <div className="expectations">
      {touchpoint.expectations.length === 0 ? (
        <p className="muted small">{t('inspector.expectationsEmpty')}</p>
      ) : (
        <ul className="expectations__list">
          {touchpoint.expectations.map((expectation, index) => (
            // Expectations have no ids; the index is how the model addresses them too.
            <li key={index} className="expectation" data-testid="expectation-item">
              <div className="expectation__head">
                <select
                  className="select select--small"
                  data-testid="expectation-category"
                  aria-label={t('inspector.expectationCategory')}
                  value={expectation.category}
                  onChange={(event) =>
                    updateExpectation(doc, touchpoint.id, index, {
                      ...expectation,
                      category: event.target.value as ExpectationCategory,
                    })
                  }
                >
                  {categoryOptions}
                </select>
                <button
                  type="button"
                  className="icon-button icon-button--small icon-button--danger"
                  data-testid="remove-expectation"
                  aria-label={t('inspector.expectationRemove')}
                  title={t('inspector.expectationRemove')}
                  onClick={() => removeExpectation(doc, touchpoint.id, index)}
                >
                  <TrashIcon size={15} />
                </button>
              </div>
              <SyncedTextarea
                className="input textarea"
                data-testid="expectation-text"
                aria-label={t('inspector.expectationText')}
                rows={2}
                maxLength={2000}
                value={expectation.text}
                onValue={(value) => updateExpectation(doc, touchpoint.id, index, { ...expectation, text: value })}
              />
            </li>
          ))}
        </ul>
      )}
      <form className="expectations__new" onSubmit={add}>
        <label className="visually-hidden" htmlFor={`${id}-category`}>
          {t('inspector.expectationCategory')}
        </label>
        <select
          id={`${id}-category`}
          className="select select--small"
          data-testid="new-expectation-category"
          value={category}
          onChange={(event) => setCategory(event.target.value as ExpectationCategory)}
        >
          {categoryOptions}
        </select>
        <label className="visually-hidden" htmlFor={`${id}-text`}>
          {t('inspector.expectationText')}
        </label>
        <input
          id={`${id}-text`}
          className="input"
          data-testid="new-expectation-text"
          placeholder={t('inspector.expectationPlaceholder')}
          maxLength={2000}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="button button--small" data-testid="add-expectation" disabled={text.trim() === ''}>
          <PlusIcon size={15} /> {t('common.add')}
        </button>
      </form>
    </div>
  );
}
