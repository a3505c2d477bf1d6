import type { ReactNode } from 'react';
import './ui.css';

/**
 * Fields that a read-only role (a viewer's or commenter's link) sees but cannot change: one
 * `disabled` on a fieldset turns off every control inside, including ones added later.
 */
export function FieldGroup({ readOnly, children }: { readOnly: boolean; children: ReactNode }) {
  return (
    <fieldset className="field-group" disabled={readOnly}>
      {children}
    </fieldset>
  );
}
