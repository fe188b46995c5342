import { useCallback, useId, useState } from 'react';
import { useNow } from '../../../hooks/use-now.ts';
import type { JobOutcome } from '../hooks/use-follow-job.ts';
import { JOB_KIND_TEXT } from '../lib/job-kinds.ts';
import { useJobList, type TrackedJob } from '../store/job-list-store.ts';
import { JobRow } from './job-row.tsx';

interface JobsTrayProps {
  /** Shows a finished job's result: the app navigates to the address the job was given. */
  onOpen: (href: string) => void;
}

/**
 * The jobs this user started in this tab, followed until they finish, in a corner of every view.
 * A finished job is announced in a live region and leads to its result.
 */
export function JobsTray({ onOpen }: JobsTrayProps) {
  const jobs = useJobList((state) => state.jobs);
  const dismissJob = useJobList((state) => state.dismissJob);
  const [announcement, setAnnouncement] = useState('');
  const [collapsed, setCollapsed] = useState(false);
  const headingId = useId();
  const listId = useId();
  const running = jobs.filter((job) => job.phase === 'running').length;
  const now = useNow(running > 0);

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

  return (
    <>
      {/* Always mounted, so screen readers are listening before the first job finishes. */}
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {jobs.length > 0 ? (
        <section
          aria-labelledby={headingId}
          className="fixed right-4 bottom-4 z-40 w-80 max-w-[calc(100vw-2rem)] rounded-xl border border-border bg-surface shadow-xl shadow-black/15"
        >
          <div className="flex items-center justify-between gap-2 border-b border-border px-3 py-2">
            <h2 id={headingId} className="text-sm font-semibold">
              Jobs{' '}
              <span className="font-normal text-muted">
                ({running > 0 ? `${running} running` : 'all finished'})
              </span>
            </h2>
            <button
              type="button"
              aria-expanded={!collapsed}
              aria-controls={listId}
              onClick={() => setCollapsed((value) => !value)}
              className="rounded-md px-2 py-1 text-xs font-medium text-muted hover:bg-surface-raised hover:text-fg"
            >
              {collapsed ? 'Show' : 'Hide'}
            </button>
          </div>
          <ul id={listId} hidden={collapsed} aria-label="Jobs" className="max-h-80 overflow-y-auto">
            {jobs.map((job) => (
              <JobRow
                key={job.id}
                job={job}
                now={now}
                onSettled={handleSettled}
                onOpen={onOpen}
                onDismiss={(dismissed) => dismissJob(dismissed.id)}
              />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
