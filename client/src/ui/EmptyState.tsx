import type { ReactNode } from 'react';
import './ui.css';

interface EmptyStateProps {
  icon?: ReactNode;
  /** What is missing, in one sentence. */
  title: string;
  /** What to do next. */
  text?: string;
  /** A button or link that does the next step. */
  action?: ReactNode;
  testId?: string;
}

/** The placeholder of an empty list: says what is missing and what to do next. */
export function EmptyState({ icon, title, text, action, testId }: EmptyStateProps) {
  return (
    <div className="empty-hint" data-testid={testId}>
      {icon && (
        <span className="empty-hint__icon" aria-hidden="true">
          {icon}
        </span>
      )}
      <div className="empty-hint__body">
        <p className="empty-hint__title">{title}</p>
        {text && <p className="empty-hint__text">{text}</p>}
        {action && <div className="empty-hint__action">{action}</div>}
      </div>
    </div>
  );
}
