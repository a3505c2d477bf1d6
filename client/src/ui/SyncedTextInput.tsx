import { useLayoutEffect, useRef, type InputHTMLAttributes, type KeyboardEvent, type TextareaHTMLAttributes } from 'react';
import { rebaseCaret } from './caret.js';

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * Keeps an uncontrolled text field in step with a value that others may change. Local typing
 * writes through `onValue` at once; a remote change replaces the text but keeps the caret
 * where the user was typing (a controlled input would throw it to the end).
 */
function useSyncedValue<T extends Field>(value: string) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const field = ref.current;
    if (!field || field.value === value) return;
    if (document.activeElement !== field) {
      field.value = value;
      return;
    }
    const before = field.value;
    const start = field.selectionStart ?? before.length;
    const end = field.selectionEnd ?? start;
    field.value = value;
    field.setSelectionRange(rebaseCaret(before, value, start), rebaseCaret(before, value, end));
  }, [value]);
  return ref;
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onChange'> & {
  value: string;
  onValue: (value: string) => void;
  inputRef?: (element: HTMLInputElement | null) => void;
};

export function SyncedTextInput({ value, onValue, inputRef, ...rest }: InputProps) {
  const ref = useSyncedValue<HTMLInputElement>(value);
  return (
    <input
      type="text"
      {...rest}
      ref={(element) => {
        ref.current = element;
        inputRef?.(element);
      }}
      defaultValue={value}
      onChange={(event) => onValue(event.target.value)}
    />
  );
}

type TextareaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'defaultValue' | 'onChange'> & {
  value: string;
  onValue: (value: string) => void;
  textareaRef?: (element: HTMLTextAreaElement | null) => void;
};

export function SyncedTextarea({ value, onValue, textareaRef, ...rest }: TextareaProps) {
  const ref = useSyncedValue<HTMLTextAreaElement>(value);
  return (
    <textarea
      {...rest}
      ref={(element) => {
        ref.current = element;
        textareaRef?.(element);
      }}
      defaultValue={value}
      onChange={(event) => onValue(event.target.value)}
    />
  );
}

/** Ends editing on Enter: for one-line values (titles) in a field that only wraps to stay readable. */
export function blurOnEnter(event: KeyboardEvent<HTMLTextAreaElement>): void {
  if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
    event.preventDefault();
    event.currentTarget.blur();
  }
}

/** One line of text: pasted line breaks become spaces. */
export function singleLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ');
}
