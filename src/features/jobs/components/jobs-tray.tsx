import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { useNow } from '../../../hooks/use-now.ts';
import { useFollowJob, type JobOutcome } from '../hooks/use-follow-job.ts';
import { useTrayAutoOpen } from '../hooks/use-tray-auto-open.ts';
import { cancelQueued, retryJob, useQueueEntries } from '../lib/job-queue-runtime.ts';
import { isActive, trayRows, traySummary, type JobRowModel } from '../lib/job-rows.ts';
import { JOB_KIND_TEXT } from '../lib/job-kinds.ts';
import { JOBS_TRAY_ID } from '../lib/tray-id.ts';
import { useJobList, type TrackedJob } from '../store/job-list-store.ts';
import { useTrayUi } from '../store/tray-ui-store.ts';
import { JobRow, type JobRowActions } from './job-row.tsx';

interface JobsTrayProps {
  /** Shows a finished job's result: the app navigates to the address the job was given. */
  onOpen: (href: string) => void;
  /** Where the shell places the panel in its layout. */
  className?: string;
}

/** Follows one running job whether or not the panel shows it; renders nothing. */
function JobFollower({
  job,
  onSettled,
}: {
  job: TrackedJob;
  onSettled: (job: TrackedJob, outcome: JobOutcome) => void;
}) {
  useFollowJob(job, onSettled);
  return null;
}

/**
 * The jobs this user started in this tab: queued, sending, running and finished, newest first.
 * Mounted once by the shell for the whole signed-in session (the shell runs the queue): it
 * follows every running job, and its panel is docked beside the view (a column on wide screens, a band above
 * the view on narrow ones), so it never covers anyone's work. It opens by itself when a job
 * starts and folds into the header's Jobs badge once everything has finished.
 */
export function JobsTray({ onOpen, className = '' }: JobsTrayProps) {
  const jobs = useJobList((state) => state.jobs);
  const entries = useQueueEntries((state) => state.entries);
  const open = useTrayUi((state) => state.open);
  const setOpen = useTrayUi((state) => state.setOpen);
  const [announcement, setAnnouncement] = useState('');
  const headingId = useId();
  const panel = useRef<HTMLElement>(null);

  const rows = useMemo(() => trayRows(entries, jobs), [entries, jobs]);
  const running = useMemo(() => jobs.filter((job) => job.phase === 'running'), [jobs]);
  const anyActive = rows.some((row) => isActive(row.state));
  const now = useNow(open && anyActive);
  useTrayAutoOpen(rows, panel);

  const handleSettled = useCallback((job: TrackedJob, { phase, message }: JobOutcome) => {
    // Settled once: another observer of the same job seeing it settle says nothing twice.
    if (!useJobList.getState().settleJob(job.id, phase, message)) return;
    const { title } = JOB_KIND_TEXT[job.kind];
    setAnnouncement(
      phase === 'complete'
        ? `${title} finished: ${job.label}`
        : `${title} failed${message ? ` (${message})` : ''}: ${job.label}`,
    );
  }, []);

  const actions = useMemo<JobRowActions>(
    () => ({
      onOpen,
      onDismiss: (row: JobRowModel) =>
        row.job ? useJobList.getState().dismissJob(row.job.id) : cancelQueued(row.key),
      onCancel: (row: JobRowModel) => cancelQueued(row.key),
      onRetry: (row: JobRowModel) => retryJob(row.key),
    }),
    [onOpen],
  );
  const finished = rows.filter((row) => !isActive(row.state));

  return (
    <>
      {running.map((job) => (
        <JobFollower key={job.id} job={job} onSettled={handleSettled} />
      ))}
      {/* Always mounted, so screen readers are listening before the first job finishes. */}
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {open && rows.length > 0 ? (
        <section
          ref={panel}
          id={JOBS_TRAY_ID}
          aria-labelledby={headingId}
          className={`w-full shrink-0 border-b border-border bg-surface lg:sticky lg:top-0 lg:max-h-dvh lg:w-80 lg:self-start lg:overflow-y-auto lg:border-b-0 lg:border-l ${className}`}
        >
          <div className="flex items-center justify-between gap-2 border-b border-border px-3 py-2">
            <h2 id={headingId} className="min-w-0 text-sm font-semibold">
              Jobs <span className="font-normal text-muted">({traySummary(rows)})</span>
            </h2>
            <div className="flex shrink-0 items-center gap-1 whitespace-nowrap">
              {finished.length > 0 ? (
                <Button
                  variant="ghost"
                  className="px-2 py-1 text-xs"
                  onClick={() => useJobList.getState().clearFinished()}
                >
                  Clear finished
                </Button>
              ) : null}
              <Button variant="ghost" className="px-2 py-1 text-xs" onClick={() => setOpen(false)}>
                Hide
              </Button>
            </div>
          </div>
          <ul aria-label="Jobs" className="max-h-[40vh] overflow-y-auto lg:max-h-none">
            {rows.map((row) => (
              <JobRow key={row.key} row={row} now={now} actions={actions} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
