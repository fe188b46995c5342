import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { errorDelay, isTransientError } from '../../../api/job-schedule.ts';
import { isSettled, jobQueryOptions } from '../../../api/jobs.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { JOB_KIND_TEXT } from '../lib/job-kinds.ts';
import type { TrackedJob } from '../store/job-list-store.ts';

export interface JobTrouble {
  message: string;
  /** When the next look is due (epoch ms). */
  retryAt: number;
}

export interface JobOutcome {
  phase: 'complete' | 'failed';
  message: string | null;
}

/**
 * Observes a running job through its query (the one place its status is fetched): how it ended,
 * if it has, and what went wrong with the last look while it is being repeated (a 429, the
 * network down).
 */
export function useJobOutcome(job: TrackedJob): {
  outcome: JobOutcome | null;
  trouble: JobTrouble | null;
} {
  const client = useApiClient();
  const running = job.phase === 'running';
  const query = useQuery({
    ...jobQueryOptions(client, job.kind, job.id, job.startedAt),
    enabled: running,
  });

  let outcome: JobOutcome | null = null;
  let trouble: JobTrouble | null = null;
  if (running && query.data && isSettled(query.data.status)) {
    outcome =
      query.data.status === 'COMPLETE'
        ? { phase: 'complete', message: null }
        : { phase: 'failed', message: JOB_KIND_TEXT[job.kind].failure };
  } else if (running && query.isError) {
    if (isTransientError(query.error)) {
      const wait = errorDelay(query.failureCount, query.error);
      trouble = { message: query.error.message, retryAt: query.errorUpdatedAt + wait };
    } else {
      outcome = { phase: 'failed', message: query.error.message };
    }
  }
  return { outcome, trouble };
}

/** Follows a running job and calls `onSettled` when it completes or fails. */
export function useFollowJob(
  job: TrackedJob,
  onSettled: (job: TrackedJob, outcome: JobOutcome) => void,
): JobTrouble | null {
  const { outcome, trouble } = useJobOutcome(job);
  const phase = outcome?.phase;
  const message = outcome?.message ?? null;
  useEffect(() => {
    if (phase) onSettled(job, { phase, message });
  }, [job, phase, message, onSettled]);

  return trouble;
}
