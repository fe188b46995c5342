import { QueryClient, QueryObserver, focusManager } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generationFixture, imageFixture } from '../test/generation-fixture.ts';
import { ALICE_KEY, jsonResponse, stubFetch } from '../test/fetch-stub.ts';
import { createApiClient } from './client.ts';
import { flattenHistory, generationKeys, type GenerationPages } from './generations.ts';
import { pollDelay } from './job-schedule.ts';
import {
  NOT_YET_VISIBLE_MS,
  jobKeys,
  jobQueryOptions,
  nextJobPoll,
  noteJobStarted,
  watchJobSettlements,
} from './jobs.ts';
import { meKeys } from './me.ts';
import { createQueryClient } from './query-client.ts';
import { textureKeys } from './textures.ts';

const BASE = 'http://127.0.0.1:8787/api/rest/v1';
const client = createApiClient({ baseUrl: BASE, getKey: () => ALICE_KEY });
const ID = '21111111-2222-4333-8444-555555555555';

type Answer = () => Response;
const generation = (status: 'PENDING' | 'COMPLETE' | 'FAILED') =>
  generationFixture({
    id: ID,
    status,
    generated_images: status === 'COMPLETE' ? [imageFixture()] : [],
  });
const answer =
  (status: 'PENDING' | 'COMPLETE' | 'FAILED'): Answer =>
  () =>
    jsonResponse({ generations_by_pk: generation(status) });
const notFound: Answer = () =>
  jsonResponse({ error: 'Generation not found', path: '$', code: 'not-found' }, { status: 404 });

/** The server's answers to GET /generations/{ID}, in order; the last one repeats. */
function serve(...answers: Answer[]) {
  let call = 0;
  return stubFetch((request) => {
    if (!request.url.endsWith(`/generations/${ID}`)) return jsonResponse({}, { status: 404 });
    return answers[Math.min(call++, answers.length - 1)]!();
  });
}

function observe(queryClient: QueryClient, startedAt: number | null = null) {
  const observer = new QueryObserver(
    queryClient,
    jobQueryOptions(client, 'text-to-image', ID, startedAt),
  );
  const unsubscribe = observer.subscribe(() => {});
  return { observer, unsubscribe };
}

beforeEach(() => {
  vi.useFakeTimers();
  focusManager.setFocused(true);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  focusManager.setFocused(undefined);
});

describe('the job query', () => {
  it('looks with backoff while PENDING and never again once settled', async () => {
    const { requests } = serve(answer('PENDING'), answer('PENDING'), answer('COMPLETE'));
    const queryClient = createQueryClient();
    const { observer, unsubscribe } = observe(queryClient);
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(pollDelay(1));
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(pollDelay(2) - 10);
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(10);
    expect(requests).toHaveLength(3);
    expect(observer.getCurrentResult().data?.status).toBe('COMPLETE');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(requests).toHaveLength(3);
    unsubscribe();
  });

  it('does not look while the tab is hidden, and looks as soon as it is back', async () => {
    const { requests } = serve(answer('PENDING'), answer('COMPLETE'));
    const queryClient = createQueryClient();
    queryClient.mount();
    const { observer, unsubscribe } = observe(queryClient);
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(1);
    focusManager.setFocused(false);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(requests).toHaveLength(1);
    focusManager.setFocused(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(2);
    expect(observer.getCurrentResult().data?.status).toBe('COMPLETE');
    unsubscribe();
    queryClient.unmount();
  });

  it('waits for a job the server does not show yet right after it was started', async () => {
    const { requests } = serve(notFound, notFound, answer('COMPLETE'));
    const queryClient = createQueryClient();
    const { observer, unsubscribe } = observe(queryClient, Date.now());
    await vi.advanceTimersByTimeAsync(0);
    expect(observer.getCurrentResult()).toMatchObject({
      isError: false,
      data: { status: 'PENDING', result: null },
    });
    await vi.advanceTimersByTimeAsync(pollDelay(1) + pollDelay(2));
    expect(requests).toHaveLength(3);
    expect(observer.getCurrentResult().data?.result?.status).toBe('COMPLETE');
    unsubscribe();
  });

  it('believes "not found" for a job started long ago, and stops looking', async () => {
    const { requests } = serve(notFound);
    const queryClient = createQueryClient();
    const { observer, unsubscribe } = observe(queryClient, Date.now() - NOT_YET_VISIBLE_MS - 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(observer.getCurrentResult().error?.message).toBe('Generation not found');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(requests).toHaveLength(1);
    unsubscribe();
  });

  it('keeps looking through a rate limit, after its Retry-After', async () => {
    const { requests } = serve(
      () =>
        jsonResponse(
          { error: 'Rate limit reached', path: '$', code: 'rate-limit-exceeded' },
          { status: 429, headers: { 'Retry-After': '3' } },
        ),
      answer('COMPLETE'),
    );
    const queryClient = createQueryClient();
    const { observer, unsubscribe } = observe(queryClient);
    await vi.advanceTimersByTimeAsync(0);
    expect(observer.getCurrentResult().error?.message).toBe('Rate limit reached');
    await vi.advanceTimersByTimeAsync(2_900);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(requests).toHaveLength(2);
    expect(observer.getCurrentResult().data?.status).toBe('COMPLETE');
    unsubscribe();
  });

  it('names the delay for each state', () => {
    const base = { data: undefined, error: null, fetchFailureCount: 0 };
    const pending = { status: 'PENDING' as const, result: null, startedAt: null, looks: 1 };
    expect(nextJobPoll({ ...base, data: pending })).toBe(1000);
    expect(nextJobPoll({ ...base, data: { ...pending, looks: 9 } })).toBe(5000);
    expect(nextJobPoll({ ...base, data: { ...pending, status: 'FAILED' } })).toBe(false);
  });
});

describe('when a job settles', () => {
  function listsWith(queryClient: QueryClient) {
    const mine = generationKeys.list(BASE, 'u-1');
    const other = generationKeys.list(BASE, 'u-2');
    const page = (items: ReturnType<typeof generationFixture>[]): GenerationPages => ({
      pages: [{ generations: items }],
      pageParams: [0],
    });
    queryClient.setQueryData(mine, page([generation('PENDING'), generationFixture()]));
    queryClient.setQueryData(other, page([generationFixture()]));
    return { mine, other };
  }

  it('fills in the lists that hold it, invalidates every list and the balance, once', async () => {
    serve(answer('PENDING'), answer('COMPLETE'));
    const queryClient = new QueryClient();
    const stop = watchJobSettlements(queryClient);
    const { mine, other } = listsWith(queryClient);
    queryClient.setQueryData(meKeys.detail(BASE), { user_details: [] });
    const otherUpdatedAt = queryClient.getQueryState(other)!.dataUpdatedAt;
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');

    const { unsubscribe } = observe(queryClient);
    await vi.advanceTimersByTimeAsync(0);
    expect(queryClient.getQueryState(mine)?.isInvalidated).toBe(false);
    await vi.advanceTimersByTimeAsync(pollDelay(1));

    expect(flattenHistory(queryClient.getQueryData(mine))[0]?.status).toBe('COMPLETE');
    // The other list was not written into, only invalidated: it refetches when next shown.
    expect(queryClient.getQueryState(other)).toMatchObject({
      dataUpdatedAt: otherUpdatedAt,
      isInvalidated: true,
    });
    expect(queryClient.getQueryState(meKeys.detail(BASE))?.isInvalidated).toBe(true);
    expect(queryClient.getQueryData(generationKeys.detail(BASE, ID))).toMatchObject({
      status: 'COMPLETE',
    });
    const calls = invalidate.mock.calls.length;
    queryClient.setQueryData(jobKeys.job(BASE, 'text-to-image', ID), {
      status: 'COMPLETE',
      result: generation('COMPLETE'),
      startedAt: null,
      looks: 3,
    });
    expect(invalidate.mock.calls.length).toBe(calls);
    unsubscribe();
    stop();
  });

  it('fills in and invalidates the models’ texture lists for a texture job', async () => {
    const texture = {
      id: ID,
      createdAt: '2026-01-01T00:00:00Z',
      prompt: 'moss',
      negativePrompt: null,
      seed: 1,
      status: 'COMPLETE' as const,
      model_asset_texture_images: [],
    };
    stubFetch(() => jsonResponse({ model_asset_texture_generations_by_pk: texture }));
    const queryClient = new QueryClient();
    const stop = watchJobSettlements(queryClient);
    const holding = textureKeys.byModel(BASE, 'm-1');
    const other = textureKeys.byModel(BASE, 'm-2');
    queryClient.setQueryData(holding, {
      model_asset_texture_generations: [{ ...texture, status: 'PENDING' }],
    });
    queryClient.setQueryData(other, { model_asset_texture_generations: [] });
    const observer = new QueryObserver(queryClient, jobQueryOptions(client, 'texture', ID));
    const unsubscribe = observer.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(0);
    expect(
      queryClient.getQueryData<{ model_asset_texture_generations: { status: string }[] }>(holding)
        ?.model_asset_texture_generations[0]?.status,
    ).toBe('COMPLETE');
    expect(queryClient.getQueryState(other)?.isInvalidated).toBe(true);
    unsubscribe();
    stop();
  });

  it('is looked at once by two views observing it at the same time', async () => {
    const { requests } = serve(answer('PENDING'));
    const queryClient = createQueryClient();
    const tray = observe(queryClient);
    await vi.advanceTimersByTimeAsync(0);
    const history = observe(queryClient);
    await vi.advanceTimersByTimeAsync(10);
    expect(requests).toHaveLength(1);
    tray.unsubscribe();
    history.unsubscribe();
  });

  it('notes a job started here without overwriting what is known', () => {
    const queryClient = new QueryClient();
    const key = jobKeys.job(BASE, 'motion', ID);
    noteJobStarted(queryClient, BASE, 'motion', ID, 1234);
    expect(queryClient.getQueryData(key)).toEqual({
      status: 'PENDING',
      result: null,
      startedAt: 1234,
      looks: 0,
    });
    expect(queryClient.getQueryState(key)?.dataUpdatedAt).toBe(0);
    noteJobStarted(queryClient, BASE, 'motion', ID, 9999);
    expect(queryClient.getQueryData(key)).toMatchObject({ startedAt: 1234 });
  });
});
