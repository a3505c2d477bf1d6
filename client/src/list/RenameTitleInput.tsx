import { useEffect, useRef, useState } from 'react';
import { LIMITS } from '../../../shared/src/index.js';

interface RenameTitleInputProps {
  title: string;
  label: string;
  /** Called with the new title (trimmed, not empty, changed); otherwise onCancel. */
  onSubmit: (title: string) => void;
  onCancel: () => void;
}

/** The title of a map card as a text field: Enter or leaving the field saves, Escape cancels. */
export function RenameTitleInput({ title, label, onSubmit, onCancel }: RenameTitleInputProps) {
  const [value, setValue] = useState(title);
  const ref = useRef<HTMLInputElement>(null);
  // Enter saves and then the field unmounts, which blurs it: the blur must not save again.
  const done = useRef(false);

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  const finish = (save: boolean) => {
    if (done.current) return;
    done.current = true;
    const trimmed = value.trim();
    if (save && trimmed !== '' && trimmed !== title.trim()) onSubmit(trimmed);
    else onCancel();
  };

  return (
    <input
      ref={ref}
      className="input map-card__rename"
      data-testid="rename-map-input"
      aria-label={label}
      maxLength={LIMITS.nameLength}
      value={value}
      onChange={(event) => setValue(event.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          finish(true);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(false);
        }
      }}
    />
  );
}
