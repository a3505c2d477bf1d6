/** A labelled progress bar; `value` null shows an indeterminate (moving) bar. */
export function ProgressBar({ label, value, testId }: { label: string; value: number | null; testId?: string }) {
  const percent = value === null ? null : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className="progress" data-testid={testId} data-value={percent ?? ''}>
      <div className="progress__label">
        <span>{label}</span>
        {percent !== null && <span className="progress__percent">{percent} %</span>}
      </div>
      <div
        className={`progress__track${percent === null ? ' is-indeterminate' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
      >
        <div className="progress__bar" style={percent === null ? undefined : { width: `${percent}%` }} />
      </div>
    </div>
  );
}
