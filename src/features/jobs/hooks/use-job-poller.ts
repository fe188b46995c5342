import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isApiError } from '../../../api/api-error.ts';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { usePendingJobs, type TrackedJob } from '../../../lib/pending-jobs.ts';
import { JOB_KINDS } from '../lib/job-kinds.ts';
import { abortableSleep, runPollLoop, whenDocumentVisible } from '../lib/poll-loop.ts';

export interface PollTrouble {
  message: string;
  /** When the next try is due (epoch ms). */
  retryAt: number;
}

const messageOf = (error: unknown) =>
  isApiError(error) || error instanceof Error ? error.message : String(error);

/**
 * Follows a running job until it finishes, then settles it in the store and calls `onFinished`.
 * Answers what went wrong with the last check while it is being retried (429, network down).
 */
export function useJobPoller(
  job: TrackedJob,
  onFinished: (job: TrackedJob, phase: 'complete' | 'failed', message: string | null) => void,
): PollTrouble | null {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [trouble, setTrouble] = useState<PollTrouble | null>(null);
  const running = job.phase === 'running';
  const { id, kind } = job;

  useEffect(() => {
    const definition = JOB_KINDS[kind];
    if (!running || !definition) return;
    const controller = new AbortController();
    const finish = (phase: 'complete' | 'failed', message: string | null) => {
      const current = usePendingJobs.getState().jobs.find((j) => j.id === id);
      usePendingJobs.getState().settleJob(id, phase, message);
      if (current) onFinished(current, phase, message);
    };
    void runPollLoop({
      signal: controller.signal,
      poll: (signal) => definition.poll({ client, queryClient }, id, signal),
      whenVisible: (signal) => whenDocumentVisible(signal),
      sleep: abortableSleep,
      onEvent: (event) => {
        if (event.type === 'retrying') {
          setTrouble({ message: messageOf(event.error), retryAt: Date.now() + event.retryInMs });
          return;
        }
        setTrouble(null);
        if (event.type === 'given-up') finish('failed', messageOf(event.error));
        else if (event.result.status === 'COMPLETE') finish('complete', null);
        else if (event.result.status === 'FAILED') finish('failed', event.result.message ?? null);
      },
    });
    return () => controller.abort();
  }, [id, kind, running, client, queryClient, onFinished]);

  return trouble;
}
