import { useCallback, useId, useMemo, useState } from 'react';
import { useMe } from '../../../hooks/use-me.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { useGenerationHandoff } from '../../../lib/generation-handoff.ts';
import { usePendingJobs, type TrackedJob } from '../../../lib/pending-jobs.ts';
import { navigate } from '../../../lib/router.ts';
import { useNow } from '../../../hooks/use-now.ts';
import { JOB_KINDS } from '../lib/job-kinds.ts';
import { JobRow } from './job-row.tsx';

/**
 * The jobs this tab started, followed until they finish, in a corner of every view. A finished
 * job is announced in a live region and links to its images in History.
 */
export function JobsTray() {
  const client = useApiClient();
  const userId = useMe().data?.user_details[0]?.user.id ?? null;
  const allJobs = usePendingJobs((state) => state.jobs);
  const dismissJob = usePendingJobs((state) => state.dismissJob);
  const [announcement, setAnnouncement] = useState('');
  const [collapsed, setCollapsed] = useState(false);
  const headingId = useId();
  const listId = useId();

  // Only this session's jobs: another server's or user's ids would not be found here.
  const jobs = useMemo(
    () =>
      allJobs.filter(
        (job) =>
          job.baseUrl === client.baseUrl &&
          (job.userId === '' || userId === null || job.userId === userId),
      ),
    [allJobs, client.baseUrl, userId],
  );
  const running = jobs.filter((job) => job.phase === 'running').length;
  const now = useNow(running > 0);

  const handleFinished = useCallback(
    (job: TrackedJob, phase: 'complete' | 'failed', message: string | null) => {
      const title = JOB_KINDS[job.kind]?.title ?? 'Job';
      setAnnouncement(
        phase === 'complete'
          ? `${title} finished: ${job.label}`
          : `${title} failed${message ? ` (${message})` : ''}: ${job.label}`,
      );
    },
    [],
  );

  const handleOpen = useCallback((job: TrackedJob) => {
    useGenerationHandoff.getState().open(job.id);
    navigate('/history');
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
                onFinished={handleFinished}
                onOpen={handleOpen}
                onDismiss={(dismissed) => dismissJob(dismissed.id)}
              />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
