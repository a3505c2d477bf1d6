import { useId, type ReactNode } from 'react';
import './ui.css';

/** What a field's control needs to be tied to its label, hint and message. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean;
}

interface FormFieldProps {
  label: ReactNode;
  /** Names the message for tests: `field-error-<name>`. */
  name: string;
  /** The problems with the current value; shown right below the control, never blocking it. */
  errors?: readonly string[];
  /** A quiet explanation, shown while there is no problem. */
  hint?: ReactNode;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * A labelled form field with its validation message next to it. The message sits in a live
 * region so that a screen reader announces it as it appears while typing.
 */
export function FormField({ label, name, errors = [], hint, className, children }: FormFieldProps) {
  const id = useId();
  const invalid = errors.length > 0;
  const messageId = `${id}-message`;
  const hasMessage = invalid || hint !== undefined;
  return (
    <div className={`field${invalid ? ' is-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': hasMessage ? messageId : undefined, 'aria-invalid': invalid })}
      <div id={messageId} className="field__message" aria-live="polite">
        {invalid ? (
          <p className="field-error" data-testid={`field-error-${name}`}>
            <svg className="field-error__icon" viewBox="0 0 16 16" width="15" height="15" aria-hidden="true">
              <circle cx="8" cy="8" r="7" fill="currentColor" />
              <path d="M8 4.2v4.6" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
              <circle cx="8" cy="11.4" r="1.05" fill="#fff" />
            </svg>
            <span className="field-error__lines">
              {errors.map((error) => (
                <span key={error}>{error}</span>
              ))}
            </span>
          </p>
        ) : (
          hint !== undefined && <p className="field-hint">{hint}</p>
        )}
      </div>
    </div>
  );
}
