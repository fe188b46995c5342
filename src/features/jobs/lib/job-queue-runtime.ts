import type { QueryClient } from '@tanstack/react-query';
import { create } from 'zustand';
import type {
  CreateGenerationBody,
  CreateGenerationResponse,
  MotionBody,
} from '../../../../contract/index.ts';
import type { ApiClient } from '../../../api/client.ts';
import { createGeneration, generationKeys } from '../../../api/generations.ts';
import { noteJobStarted, type JobKind } from '../../../api/jobs.ts';
import { meKeys } from '../../../api/me.ts';
import { createMotion, motionJob } from '../../../api/motion.ts';
import { runningJobCount, useJobList } from '../store/job-list-store.ts';
import { createJobQueue, type JobQueue, type JobQueueOptions } from './job-queue-dispatcher.ts';
import type { QueuedJob } from './job-queue.ts';

/**
 * The studio's one client-side queue of paid requests, for the signed-in user: created by the
 * jobs tray (always mounted), fed by the views through `submitJob`. A request goes out at once
 * when a slot is free, else waits as "Queued"; once sent, the tray follows the job it started.
 */

/** The kinds of job that go through the queue. */
export type QueueKind = Extract<JobKind, 'text-to-image' | 'motion'>;

export interface JobRequest {
  kind: QueueKind;
  /** What the tray and the results show: the prompt. */
  label: string;
  /** The request body as it will be sent. */
  body: unknown;
  /** The view that asked ("generate"), which lists the job among its results. */
  origin?: string | null;
}

export type SubmitOutcome =
  | { status: 'sent'; jobId: string | null }
  /** Waiting in line for a free slot: it goes out by itself. */
  | { status: 'queued' }
  /** Refused when sent straight away: the asker shows why, and it is not kept in the queue. */
  | { status: 'failed'; message: string };

/** Leonardo's limit, until GET /me says the user's own (`apiConcurrencySlots`). */
export const DEFAULT_RUNNING_LIMIT = 10;

interface Sent {
  id: string;
  cost: string | null;
}

const costText = (cost: { amount: string; unit: string } | null | undefined) =>
  cost ? `${cost.amount} ${cost.unit}` : null;

function generationCost(answer: CreateGenerationResponse): string | null {
  const { cost, apiCreditCost } = answer.sdGenerationJob;
  return costText(cost) ?? (apiCreditCost === null ? null : `${apiCreditCost} CREDITS`);
}

const SENDERS: Record<QueueKind, (client: ApiClient, body: unknown) => Promise<Sent>> = {
  'text-to-image': async (client, body) => {
    const answer = await createGeneration(client, body as CreateGenerationBody);
    return { id: answer.sdGenerationJob.generationId, cost: generationCost(answer) };
  },
  motion: async (client, body) => {
    const job = motionJob(await createMotion(client, body as MotionBody));
    return { id: job.generationId, cost: costText(job.cost) };
  },
};

const isQueueKind = (kind: string): kind is QueueKind => kind in SENDERS;

/** What the tray and the views render: the queue's entries, kept here so React can select them. */
export const useQueueEntries = create<{ entries: readonly QueuedJob[] }>(() => ({ entries: [] }));

export interface QueueRuntimeOptions {
  scope: string;
  client: ApiClient;
  queryClient: QueryClient;
  limit: () => number;
  /** Where a job's result is shown, for the tray's "Open" button. */
  hrefFor: (kind: JobKind, id: string) => string | null;
  storage?: JobQueueOptions<Sent>['storage'];
  now?: () => number;
}

let current: JobQueue | null = null;

/** Starts the queue of one scope (one server and user); answers the stop. */
export function startQueueRuntime(options: QueueRuntimeOptions): () => void {
  const { client, queryClient, hrefFor } = options;
  const queue = createJobQueue<Sent>({
    scope: options.scope,
    send: (entry) =>
      isQueueKind(entry.kind)
        ? SENDERS[entry.kind](client, entry.body)
        : Promise.reject(new Error(`The studio cannot send a job of kind ${entry.kind}.`)),
    running: () => runningJobCount(useJobList.getState().jobs),
    limit: options.limit,
    onSent: (entry, sent) => {
      const kind = entry.kind as QueueKind;
      const startedAt = Date.now();
      noteJobStarted(queryClient, client.baseUrl, kind, sent.id, startedAt);
      useJobList.getState().addJob({
        id: sent.id,
        kind,
        label: entry.label,
        cost: sent.cost,
        href: hrefFor(kind, sent.id),
        startedAt,
        requestedAt: entry.queuedAt,
        origin: entry.origin ?? null,
        queueId: entry.id,
        body: entry.body,
      });
      void queryClient.invalidateQueries({ queryKey: generationKeys.lists(client.baseUrl) });
      void queryClient.invalidateQueries({ queryKey: meKeys.detail(client.baseUrl) });
    },
    ...(options.storage ? { storage: options.storage } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const publish = () => useQueueEntries.setState({ entries: queue.getSnapshot().entries });
  const unsubscribeQueue = queue.subscribe(publish);
  publish();

  // A job that settles frees a slot: the queue decides again.
  let running = runningJobCount(useJobList.getState().jobs);
  const unsubscribeJobs = useJobList.subscribe((state) => {
    const now = runningJobCount(state.jobs);
    if (now < running) queue.pump();
    running = now;
  });
  current = queue;
  return () => {
    unsubscribeJobs();
    unsubscribeQueue();
    queue.dispose();
    if (current === queue) {
      current = null;
      useQueueEntries.setState({ entries: [] });
    }
  };
}

/** The slots changed (GET /me answered): the queue may send more now. */
export const pumpQueue = () => current?.pump();

/**
 * Puts a request in line. Settles once the studio knows what became of it right now: sent (the
 * server answered with a job), queued (it waits for a slot), or refused (the caller shows why;
 * the entry is taken out, since its asker is right there to change the request).
 */
export function submitJob(request: JobRequest): Promise<SubmitOutcome> {
  const queue = current;
  if (!queue) {
    return Promise.resolve({
      status: 'failed',
      message: 'The studio is not connected to a server yet.',
    });
  }
  const entry = queue.enqueue(request);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: SubmitOutcome) => {
      if (settled) return;
      settled = true;
      unsubscribe();
      resolve(outcome);
    };
    const check = () => {
      const found = queue.getSnapshot().entries.find((e) => e.id === entry.id);
      if (!found) {
        // Out of the queue: sent. The job is tracked right after, in the same task.
        queueMicrotask(() => {
          const job = useJobList.getState().jobs.find((j) => j.queueId === entry.id);
          finish({ status: 'sent', jobId: job?.id ?? null });
        });
      } else if (found.state === 'queued') {
        finish({ status: 'queued' });
      } else if (found.state === 'failed') {
        queue.cancel(entry.id);
        finish({ status: 'failed', message: found.error?.message ?? 'The request failed.' });
      }
    };
    const unsubscribe = queue.subscribe(check);
    check();
  });
}

/** Takes a waiting (or failed) entry out of the queue. */
export const cancelQueued = (queueId: string): boolean => current?.cancel(queueId) ?? false;

/**
 * "Retry" on a row: a request that failed to go out goes back in line; a job the server failed
 * is asked for again with the same request, and its failed row gives way to the new one.
 */
export function retryJob(key: string): void {
  const queue = current;
  if (!queue) return;
  const entry = queue.getSnapshot().entries.find((e) => e.id === key);
  if (entry) {
    queue.retry(key);
    return;
  }
  const { jobs, forgetJobs } = useJobList.getState();
  const job = jobs.find((j) => (j.queueId ?? j.id) === key);
  if (!job || job.phase !== 'failed' || job.body === null || !isQueueKind(job.kind)) return;
  forgetJobs([job.id]);
  queue.enqueue({ kind: job.kind, label: job.label, body: job.body, origin: job.origin });
}
