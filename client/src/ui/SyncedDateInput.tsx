import { useLayoutEffect, useRef, type InputHTMLAttributes } from 'react';

type DateInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onChange' | 'type'> & {
  /** `YYYY-MM-DD`, or undefined for no date. */
  value: string | undefined;
  /** A complete date, or null when the field was emptied. */
  onValue: (value: string | null) => void;
};

/** Years below this are the intermediate states of typing a year digit by digit ("0002", "0020"…). */
const FIRST_PLAUSIBLE_YEAR = 1000;

/**
 * A date field on a value that others may change. It is uncontrolled, like SyncedTextInput: a
 * controlled date input would reset the segment the user is typing whenever an intermediate
 * value is not written. Complete dates are written at once; an emptied field when it is left.
 */
export function SyncedDateInput({ value, onValue, onBlur, ...rest }: DateInputProps) {
  const ref = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const field = ref.current;
    if (field && document.activeElement !== field && field.value !== (value ?? '')) field.value = value ?? '';
  }, [value]);
  return (
    <input
      {...rest}
      ref={ref}
      type="date"
      defaultValue={value ?? ''}
      onChange={(event) => {
        const next = event.target.value;
        if (next !== '' && Number(next.slice(0, 4)) >= FIRST_PLAUSIBLE_YEAR && next !== value) onValue(next);
      }}
      onBlur={(event) => {
        const next = event.target.value;
        if (next === '' && value !== undefined) onValue(null);
        // A half-typed year, or a colleague's change made while this field had the focus: show the shared value.
        else if (next !== (value ?? '')) event.target.value = value ?? '';
        onBlur?.(event);
      }}
    />
  );
}
