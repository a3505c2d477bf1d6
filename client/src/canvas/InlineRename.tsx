import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { SyncedTextInput } from '../ui/SyncedTextInput.js';

interface InlineRenameProps {
  /** The stored name (may be empty). */
  value: string;
  /** What the heading shows (a default when the name is empty). */
  display: string;
  /** Writes the name as it is typed: a rename is live for everyone. */
  onValue: (value: string) => void;
  /** `phase` or `lane`: class names `<x>-header__name|__input`, test ids `<x>-name|-name-input`. */
  kind: 'phase' | 'lane';
  label: string;
  hint: string;
  placeholder?: string;
  /** Start editing from outside (e.g. right after the phase was added); `onStarted` clears it. */
  startRequested?: boolean;
  onStarted?: () => void;
  /** Shown only (a role that may not change the map). */
  readOnly?: boolean;
}

/**
 * A header name that turns into a text field on double-click, Enter or F2. Enter or leaving the
 * field keeps the name; Escape puts back the name it had when editing began.
 */
export function InlineRename({ value, display, onValue, kind, label, hint, placeholder, startRequested, onStarted, readOnly = false }: InlineRenameProps) {
  const [editing, setEditing] = useState(false);
  const before = useRef(value);
  const start = () => {
    before.current = value;
    setEditing(true);
  };
  useEffect(() => {
    if (!startRequested) return;
    before.current = value;
    setEditing(true);
    onStarted?.();
  }, [startRequested, value, onStarted]);

  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') setEditing(false);
    if (event.key === 'Escape') {
      onValue(before.current);
      setEditing(false);
    }
  };

  const className = `${kind}-header__name${value.trim() === '' && kind === 'phase' ? ' is-placeholder' : ''}`;
  if (readOnly) {
    return (
      <h3 className={className} data-testid={`${kind}-name`}>
        {display}
      </h3>
    );
  }
  if (editing) {
    return (
      <SyncedTextInput
        className={`${kind}-header__input nodrag`}
        data-testid={`${kind}-name-input`}
        aria-label={label}
        placeholder={placeholder}
        maxLength={200}
        autoFocus
        onFocus={(event) => event.target.select()}
        value={value}
        onValue={onValue}
        onKeyDown={onKey}
        onBlur={() => setEditing(false)}
      />
    );
  }
  return (
    <h3
      className={className}
      data-testid={`${kind}-name`}
      title={hint}
      tabIndex={0}
      onDoubleClick={start}
      onKeyDown={(event) => (event.key === 'Enter' || event.key === 'F2') && start()}
    >
      {display}
    </h3>
  );
}
