import { Button } from '../../../components/ui/button.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { describeElapsed, formatElapsed } from '../../../lib/format-elapsed.ts';
import { useFollowJob, type JobOutcome } from '../hooks/use-follow-job.ts';
import { JOB_KIND_TEXT } from '../lib/job-kinds.ts';
import type { TrackedJob } from '../store/job-list-store.ts';

const asSentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

interface JobRowProps {
  job: TrackedJob;
  now: number;
  onSettled: (job: TrackedJob, outcome: JobOutcome) => void;
  onOpen: (href: string) => void;
  onDismiss: (job: TrackedJob) => void;
}

export function JobRow({ job, now, onSettled, onOpen, onDismiss }: JobRowProps) {
  const trouble = useFollowJob(job, onSettled);
  const text = JOB_KIND_TEXT[job.kind];
  const elapsed = (job.finishedAt ?? now) - job.startedAt;
  const retryIn = trouble ? Math.max(0, Math.ceil((trouble.retryAt - now) / 1000)) : 0;

  let status: string;
  if (job.phase === 'complete') status = 'Complete';
  else if (job.phase === 'failed') status = `Failed${job.message ? `: ${job.message}` : ''}`;
  else if (trouble) status = `${asSentence(trouble.message)} Trying again in ${retryIn} s.`;
  else status = 'Running';

  return (
    <li className="grid gap-1 border-b border-border px-3 py-2.5 last:border-b-0">
      <div className="flex items-center justify-between gap-2 text-xs text-muted">
        <span className="font-medium tracking-wide uppercase">{text.title}</span>
        <time dateTime={`PT${Math.floor(elapsed / 1000)}S`} aria-label={describeElapsed(elapsed)}>
          {formatElapsed(elapsed)}
        </time>
      </div>
      <p className="line-clamp-2 text-sm break-words">{job.label}</p>
      <p
        className={`flex items-center gap-1.5 text-xs ${
          job.phase === 'failed' || trouble ? 'text-danger' : 'text-muted'
        }`}
      >
        {job.phase === 'running' ? <Spinner className="size-3" /> : null}
        {status}
      </p>
      {job.phase !== 'running' ? (
        <div className="flex justify-end gap-2">
          {job.phase === 'complete' && job.href ? (
            <Button
              variant="secondary"
              className="px-2.5 py-1 text-xs"
              onClick={() => job.href && onOpen(job.href)}
            >
              {text.openLabel}
            </Button>
          ) : null}
          <Button
            variant="ghost"
            className="px-2.5 py-1 text-xs"
            aria-label={`Dismiss: ${job.label}`}
            onClick={() => onDismiss(job)}
          >
            Dismiss
          </Button>
        </div>
      ) : null}
    </li>
  );
}
