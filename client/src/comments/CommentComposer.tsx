import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { LIMITS } from '../../../shared/src/index.js';
import { useT } from '../i18n/useT.js';

interface CommentComposerProps {
  placeholder: string;
  submitLabel: string;
  /** Resolves true when the comment was taken, which empties the field. */
  onSubmit: (text: string) => Promise<boolean>;
  disabled?: boolean;
  autoFocus?: boolean;
  testId: string;
}

/** A comment field: Ctrl/⌘+Enter or the button sends, Escape leaves the field. */
export function CommentComposer({ placeholder, submitLabel, onSubmit, disabled = false, autoFocus = false, testId }: CommentComposerProps) {
  const t = useT();
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const empty = text.trim() === '';

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (empty || sending || disabled) return;
    setSending(true);
    const taken = await onSubmit(text.trim());
    setSending(false);
    if (taken) setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape') {
      event.currentTarget.blur();
    }
  };

  return (
    <form className="comment-composer" onSubmit={(event) => void submit(event)} data-testid={testId}>
      <textarea
        className="comment-composer__text"
        value={text}
        placeholder={placeholder}
        aria-label={placeholder}
        maxLength={LIMITS.textLength}
        rows={2}
        disabled={disabled}
        autoFocus={autoFocus}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        data-testid={`${testId}-text`}
      />
      <div className="comment-composer__actions">
        <span className="muted comment-composer__hint">{t('comments.sendHint')}</span>
        <button type="submit" className="button button--primary button--small" disabled={empty || sending || disabled} data-testid={`${testId}-send`}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
