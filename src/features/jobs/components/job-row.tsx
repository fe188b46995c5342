import { Button } from '../../../components/ui/button.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { describeElapsed, formatElapsed } from '../../../lib/format-elapsed.ts';
import { useJobOutcome } from '../hooks/use-follow-job.ts';
import type { JobRowModel } from '../lib/job-rows.ts';
import { jobKindText } from '../lib/job-kinds.ts';
import type { TrackedJob } from '../store/job-list-store.ts';

const asSentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
const smallButton = 'px-2.5 py-1 text-xs';

export interface JobRowActions {
  onOpen: (href: string) => void;
  onDismiss: (row: JobRowModel) => void;
  onCancel: (row: JobRowModel) => void;
  onRetry: (row: JobRowModel) => void;
}

/** A running job's status line: what the last look said when it has to be repeated. */
function RunningStatus({ job, now }: { job: TrackedJob; now: number }) {
  const { trouble } = useJobOutcome(job);
  if (!trouble) {
    return (
      <p className="flex items-center gap-1.5 text-xs text-muted">
        <Spinner className="size-3" />
        Running
      </p>
    );
  }
  const retryIn = Math.max(0, Math.ceil((trouble.retryAt - now) / 1000));
  return (
    <p className="flex items-center gap-1.5 text-xs text-danger">
      <Spinner className="size-3" />
      {`${asSentence(trouble.message)} Trying again in ${retryIn} s.`}
    </p>
  );
}

function StatusLine({ row, now }: { row: JobRowModel; now: number }) {
  switch (row.state) {
    case 'queued':
      return (
        <p className="text-xs font-medium text-accent-text">
          Queued <span className="font-normal text-muted">· waits for a free slot</span>
        </p>
      );
    case 'sending':
      return (
        <p className="flex items-center gap-1.5 text-xs text-muted">
          <Spinner className="size-3" />
          Sending…
        </p>
      );
    case 'running':
      return row.job ? <RunningStatus job={row.job} now={now} /> : null;
    case 'complete':
      return <p className="text-xs text-muted">Complete</p>;
    case 'failed':
    case 'not-sent':
      return (
        <p className="text-xs text-danger">{`Failed${row.message ? `: ${row.message}` : ''}`}</p>
      );
  }
}

/** One job in the tray, from "Queued" to its end, with what can be done with it now. */
export function JobRow({
  row,
  now,
  actions,
}: {
  row: JobRowModel;
  now: number;
  actions: JobRowActions;
}) {
  const text = jobKindText(row.kind);
  const since = row.startedAt ?? row.requestedAt;
  const elapsed = (row.finishedAt ?? now) - since;
  const href = row.job?.href ?? null;
  const canRetry =
    row.state === 'not-sent' ||
    (row.state === 'failed' && row.body !== null && row.body !== undefined);

  return (
    <li className="grid gap-1 border-b border-border px-3 py-2.5 last:border-b-0">
      <div className="flex items-center justify-between gap-2 text-xs text-muted">
        <span className="font-medium tracking-wide uppercase">{text.title}</span>
        <time
          dateTime={`PT${Math.floor(Math.max(0, elapsed) / 1000)}S`}
          aria-label={describeElapsed(elapsed)}
        >
          {formatElapsed(elapsed)}
        </time>
      </div>
      <p className="line-clamp-2 text-sm break-words">{row.label}</p>
      <StatusLine row={row} now={now} />
      {row.state !== 'running' && row.state !== 'sending' ? (
        <div className="flex flex-wrap justify-end gap-2">
          {row.state === 'complete' && href ? (
            <Button
              variant="secondary"
              className={smallButton}
              onClick={() => actions.onOpen(href)}
            >
              {text.openLabel}
            </Button>
          ) : null}
          {canRetry ? (
            <Button
              variant="secondary"
              className={smallButton}
              aria-label={`Retry: ${row.label}`}
              onClick={() => actions.onRetry(row)}
            >
              Retry
            </Button>
          ) : null}
          {row.state === 'queued' ? (
            <Button
              variant="ghost"
              className={smallButton}
              aria-label={`Cancel: ${row.label}`}
              onClick={() => actions.onCancel(row)}
            >
              Cancel
            </Button>
          ) : (
            <Button
              variant="ghost"
              className={smallButton}
              aria-label={`Dismiss: ${row.label}`}
              onClick={() => actions.onDismiss(row)}
            >
              Dismiss
            </Button>
          )}
        </div>
      ) : null}
    </li>
  );
}
