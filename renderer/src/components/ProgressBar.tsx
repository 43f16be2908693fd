/**
 * A labelled progress bar (import, export): the phase line with its percentage, the bar, and an
 * optional detail line (the file at hand). A null percent shows an indeterminate bar.
 */
import './progress.css';

interface ProgressBarProps {
  label: string;
  /** 0–100, or null while the total is not yet known. */
  percent: number | null;
  detail?: string | null;
  testId: string;
  labelTestId?: string;
}

export function ProgressBar({ label, percent, detail = null, testId, labelTestId }: ProgressBarProps) {
  return (
    <div className="progress" data-testid={testId}>
      <div className="progress-label">
        <span data-testid={labelTestId}>{label}</span>
        {percent === null ? null : <span>{percent}%</span>}
      </div>
      <div
        className={percent === null ? 'progress-track is-indeterminate' : 'progress-track'}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
      >
        <div className="progress-fill" style={percent === null ? undefined : { width: `${percent}%` }} />
      </div>
      {detail ? <div className="progress-detail">{detail}</div> : null}
    </div>
  );
}
