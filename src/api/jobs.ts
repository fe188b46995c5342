import { queryOptions, type Query, type QueryClient } from '@tanstack/react-query';
import type { Generation, TextureGeneration } from '../../contract/index.ts';
import type { JobStatus } from '../../contract/limits.ts';
import { ApiError, isApiError } from './api-error.ts';
import type { ApiClient } from './client.ts';
import { generationKeys, getGeneration, putGenerationInLists } from './generations.ts';
import { POLL_FIRST_MS, errorDelay, isTransientError, pollDelay } from './job-schedule.ts';
import { meKeys } from './me.ts';
import { getTextureGeneration, putTextureInLists, textureKeys } from './textures.ts';

/** The long-running jobs the studio follows; text-to-image and motion are both generations. */
export type JobKind = 'text-to-image' | 'motion' | 'texture';
export const JOB_KINDS: readonly JobKind[] = ['text-to-image', 'motion', 'texture'];

interface JobResults {
  'text-to-image': Generation;
  motion: Generation;
  texture: TextureGeneration;
}
export type JobResult<K extends JobKind = JobKind> = JobResults[K];

/** What the studio knows of a job: its status, and the server's answer once it shows the job. */
export interface JobSnapshot<R = JobResult> {
  status: JobStatus;
  /** Null while the server does not show the job yet (the cloud can, right after creating it). */
  result: R | null;
  /** When this tab started the job, if it did: "not found" soon after that means "not yet". */
  startedAt: number | null;
  /** Answers from the server so far: the backoff grows with them. */
  looks: number;
}

/**
 * How long after starting a job a "not found" counts as PENDING. Leonardo's cloud may answer
 * `generations_by_pk: null` for a moment after POST /generations; a job never started here, or
 * started longer ago, that the server does not know has really gone.
 */
export const NOT_YET_VISIBLE_MS = 60_000;

/** Text-to-image and motion jobs are both generations, read the same way: one query per id. */
export type JobFamily = 'generation' | 'texture';
export const jobFamily = (kind: JobKind): JobFamily =>
  kind === 'texture' ? 'texture' : 'generation';

export const jobKeys = {
  all: ['jobs'] as const,
  server: (baseUrl: string) => ['jobs', baseUrl] as const,
  job: (baseUrl: string, kind: JobKind, id: string) =>
    ['jobs', baseUrl, jobFamily(kind), id] as const,
};

/** What a feature reports when it has started a job, for the app to hand to the jobs tray. */
export interface StartedJob {
  id: string;
  kind: JobKind;
  /** What the user asked for: the prompt. */
  label: string;
  /** The cost the create answer reported ("12 CREDITS"), if it did. */
  cost: string | null;
  startedAt: number;
  /** Where the starter shows the result itself, if it does. */
  href?: string;
}

const FETCHERS: {
  [K in JobKind]: (client: ApiClient, id: string, signal: AbortSignal) => Promise<JobResult<K>>;
} = {
  'text-to-image': getGeneration,
  motion: getGeneration,
  texture: getTextureGeneration,
};

function neverShownError(kind: JobKind, id: string): ApiError {
  const seconds = Math.round(NOT_YET_VISIBLE_MS / 1000);
  return new ApiError({
    status: 404,
    code: 'not-found',
    message: `The server still does not show this job ${seconds} s after it was started: it may not have been created. Check History, or start it again.`,
    path: '$',
    endpoint: `GET ${kind === 'texture' ? '/generations-texture' : '/generations'}/${id}`,
  });
}

export const isSettled = (status: JobStatus) => status === 'COMPLETE' || status === 'FAILED';
const isNotFound = (error: unknown) => isApiError(error) && error.status === 404;

interface PollState {
  data: JobSnapshot<unknown> | undefined;
  error: unknown;
  /** Failures since the last answer. */
  fetchFailureCount: number;
}

/** Milliseconds until the next look at a job, or false to stop: it settled, or cannot be read. */
export function nextJobPoll(state: PollState): number | false {
  if (state.data && isSettled(state.data.status)) return false;
  if (state.error) {
    return isTransientError(state.error) ? errorDelay(state.fetchFailureCount, state.error) : false;
  }
  return pollDelay(state.data?.looks ?? 0);
}

/**
 * The one place a job's status is fetched: a query per job id, looked at with backoff while it is
 * PENDING (react-query leaves the interval alone while the tab is hidden and looks again when it
 * comes back), never again once settled. The jobs tray, History's placeholders and Textures all
 * observe it; `watchJobSettlements` (installed by createQueryClient) tells the lists when it settles.
 *
 * `startedAt` is passed by whoever started the job (or remembers it), so that a server that
 * does not show a new job yet is waited for rather than believed.
 */
export function jobQueryOptions<K extends JobKind>(
  client: ApiClient,
  kind: K,
  id: string,
  startedAt: number | null = null,
) {
  const queryKey = jobKeys.job(client.baseUrl, kind, id);
  return queryOptions<JobSnapshot<JobResult<K>>, Error, JobSnapshot<JobResult<K>>, typeof queryKey>(
    {
      queryKey,
      queryFn: async ({ client: queryClient, signal }) => {
        const previous = queryClient.getQueryData<JobSnapshot<JobResult<K>>>(queryKey);
        const since = previous?.startedAt ?? startedAt;
        const looks = (previous?.looks ?? 0) + 1;
        try {
          const result = await FETCHERS[kind](client, id, signal);
          return { status: result.status, result, startedAt: since, looks };
        } catch (error) {
          const young = since !== null && Date.now() - since < NOT_YET_VISIBLE_MS;
          if (isNotFound(error) && !previous?.result) {
            if (young) return { status: 'PENDING', result: null, startedAt: since, looks };
            // Waited out here: the job never appeared. Say that, rather than "no longer exists".
            if (previous && previous.looks > 0) throw neverShownError(kind, id);
          }
          throw error;
        }
      },
      // Failures are handled by the interval below (with Retry-After), not by react-query's retry.
      retry: false,
      // A settled job never changes. A running one's last answer holds until the next look is
      // due: another view that starts observing it meanwhile does not ask again.
      staleTime: (query) =>
        query.state.data && isSettled(query.state.data.status) ? Infinity : POLL_FIRST_MS,
      refetchInterval: (query) =>
        nextJobPoll({
          data: query.state.data,
          error: query.state.error,
          fetchFailureCount: query.state.fetchFailureCount,
        }),
    },
  );
}

/**
 * A job this tab just started: its query knows when, so a "not found" in the next moments is
 * waited out. Nothing is written over a snapshot already there.
 */
export function noteJobStarted(
  queryClient: QueryClient,
  baseUrl: string,
  kind: JobKind,
  id: string,
  startedAt = Date.now(),
): void {
  const key = jobKeys.job(baseUrl, kind, id);
  if (queryClient.getQueryData(key) !== undefined) return;
  const snapshot: JobSnapshot<null> = { status: 'PENDING', result: null, startedAt, looks: 0 };
  // Updated "long ago": the first look happens as soon as someone observes it.
  queryClient.setQueryData(key, snapshot, { updatedAt: 0 });
}

/**
 * What a settled job changes elsewhere: the lists that should show it (History's for
 * generations, the models' texture lists for textures) get its final state where they already
 * hold it, and are invalidated so every list refetches; the token balance is read again. No list
 * that does not hold the job is written into.
 */
export function applySettledJob(
  queryClient: QueryClient,
  baseUrl: string,
  kind: JobKind,
  snapshot: JobSnapshot,
): void {
  const { result } = snapshot;
  if (kind === 'texture') {
    if (result) putTextureInLists(queryClient, baseUrl, result as TextureGeneration);
    void queryClient.invalidateQueries({ queryKey: textureKeys.byModels(baseUrl) });
  } else {
    if (result) {
      const generation = result as Generation;
      putGenerationInLists(queryClient, baseUrl, generation);
      queryClient.setQueryData(generationKeys.detail(baseUrl, generation.id), generation);
    }
    void queryClient.invalidateQueries({ queryKey: generationKeys.lists(baseUrl) });
  }
  void queryClient.invalidateQueries({ queryKey: meKeys.detail(baseUrl) });
}

function jobOf(query: Query): { baseUrl: string; kind: JobKind } | null {
  const [root, baseUrl, family] = query.queryKey;
  if (root !== jobKeys.all[0] || typeof baseUrl !== 'string') return null;
  if (family === 'texture') return { baseUrl, kind: 'texture' };
  return family === 'generation' ? { baseUrl, kind: 'text-to-image' } : null;
}

/**
 * Calls `applySettledJob` once for each job query that comes to hold a settled status, whoever
 * observes it. createQueryClient installs it on the studio's client; answers the unsubscribe.
 */
export function watchJobSettlements(queryClient: QueryClient): () => void {
  const handled = new WeakSet<Query>();
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    const { query } = event;
    const job = jobOf(query);
    const snapshot = query.state.data as JobSnapshot | undefined;
    if (!job || !snapshot || !isSettled(snapshot.status) || handled.has(query)) return;
    handled.add(query);
    applySettledJob(queryClient, job.baseUrl, job.kind, snapshot);
  });
}
