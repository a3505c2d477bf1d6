import { useId, useState, type FormEvent } from 'react';
import { EXPECTATION_CATEGORIES, LIMITS, addExpectation, type ExpectationCategory } from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';
import { PlusIcon } from '../ui/icons.js';
import { useCanvasActions } from './useCanvasActions.js';

interface AddExpectationFormProps {
  /** The touchpoints of the phase, in the order shown. */
  touchpoints: { id: string; title: string }[];
  onDone: () => void;
}

/** A new expectation in a phase: which touchpoint, which category, what the customer expects. */
export function AddExpectationForm({ touchpoints, onDone }: AddExpectationFormProps) {
  const t = useT();
  const id = useId();
  const { doc } = useCanvasActions();
  const [touchpointId, setTouchpointId] = useState(touchpoints[0]?.id ?? '');
  const [category, setCategory] = useState<ExpectationCategory>('other');
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '' || touchpointId === '') return;
    addExpectation(doc, touchpointId, { category, text: text.trim() });
    onDone();
  };
  return (
    <form className="popover-form" onSubmit={submit} data-testid="add-expectation-form">
      <div className="field">
        <label htmlFor={`${id}-tp`}>{t('lane.expectationTouchpoint')}</label>
        <select
          id={`${id}-tp`}
          className="select"
          data-testid="new-lane-expectation-touchpoint"
          value={touchpointId}
          onChange={(event) => setTouchpointId(event.target.value)}
        >
          {touchpoints.map((tp) => (
            <option key={tp.id} value={tp.id}>
              {tp.title.trim() === '' ? t('touchpoint.untitled') : tp.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-category`}>{t('inspector.expectationCategory')}</label>
        <select
          id={`${id}-category`}
          className="select"
          data-testid="new-lane-expectation-category"
          value={category}
          onChange={(event) => setCategory(event.target.value as ExpectationCategory)}
        >
          {EXPECTATION_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('inspector.expectationText')}</label>
        <input
          id={`${id}-text`}
          className="input"
          data-testid="new-lane-expectation-text"
          placeholder={t('inspector.expectationPlaceholder')}
          maxLength={LIMITS.textLength}
          autoFocus
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="popover-form__actions">
        <button type="button" className="button button--small button--quiet" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--small button--primary" data-testid="submit-lane-expectation" disabled={text.trim() === ''}>
          <PlusIcon size={15} /> {t('common.add')}
        </button>
      </div>
    </form>
  );
}
