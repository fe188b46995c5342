import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generationFixture, imageFixture } from '../../../test/generation-fixture.ts';
import { passTime, useFakeTime } from '../../../test/fake-time.ts';
import { jsonResponse, meBody, stubFetch, type RecordedRequest } from '../../../test/fetch-stub.ts';
import { TEST_BASE_URL, renderSignedIn, signInAlice } from '../../../test/render-signed-in.tsx';
import { submitJob, type SubmitOutcome } from '../lib/job-queue-runtime.ts';
import { useJobList } from '../store/job-list-store.ts';
import { useTrayUi } from '../store/tray-ui-store.ts';
import { TrayWithQueue } from '../test-helpers.tsx';

/**
 * A server with a running-jobs limit, answering as the engine does past it: 429 with
 * "Too many jobs running". Its GET /me reports the limit as `apiConcurrencySlots`.
 */
function limitedServer(limit: number, { slots = limit }: { slots?: number } = {}) {
  const status = new Map<string, 'PENDING' | 'COMPLETE'>();
  const prompts = new Map<string, string>();
  const posts: string[] = [];
  let refuse: string | null = null;
  let made = 0;
  const running = () => [...status.values()].filter((s) => s === 'PENDING').length;
  const respond = (request: RecordedRequest) => {
    const path = request.url.slice(TEST_BASE_URL.length);
    if (path === '/me') {
      const me = meBody();
      me.user_details[0]!.apiConcurrencySlots = slots;
      return jsonResponse(me);
    }
    if (request.method === 'POST' && path === '/generations') {
      const { prompt } = JSON.parse(request.body ?? '{}') as { prompt: string };
      posts.push(prompt);
      if (refuse) {
        return jsonResponse(
          { error: refuse, path: '$.modelId', code: 'validation-failed' },
          { status: 400 },
        );
      }
      if (running() >= limit) {
        return jsonResponse(
          {
            error: `Too many jobs running: at most ${limit} at once. Try again when one finishes.`,
            path: '$',
            code: 'rate-limit-exceeded',
          },
          { status: 429, headers: { 'Retry-After': '2' } },
        );
      }
      const id = `41111111-2222-4333-8444-${String(++made).padStart(12, '0')}`;
      status.set(id, 'PENDING');
      prompts.set(id, prompt);
      return jsonResponse({ sdGenerationJob: { generationId: id, apiCreditCost: 2 } });
    }
    const id = /^\/generations\/([^/]+)$/.exec(path)?.[1];
    if (request.method === 'GET' && id && status.has(id)) {
      const done = status.get(id) === 'COMPLETE';
      return jsonResponse({
        generations_by_pk: generationFixture({
          id,
          prompt: prompts.get(id)!,
          status: status.get(id)!,
          generated_images: done ? [imageFixture()] : [],
        }),
      });
    }
    return jsonResponse({ error: 'No stub', path: '$', code: 'not-found' }, { status: 404 });
  };
  stubFetch(respond);
  return {
    posts,
    /** The oldest running job finishes. */
    finishOne() {
      const id = [...status].find(([, s]) => s === 'PENDING')?.[0];
      if (id) status.set(id, 'COMPLETE');
    },
    refuseWith(message: string | null) {
      refuse = message;
    },
  };
}

const request = (prompt: string) => ({
  kind: 'text-to-image' as const,
  label: prompt,
  body: { prompt, width: 256, height: 256, num_images: 1 },
  origin: 'generate',
});

async function submit(prompt: string): Promise<SubmitOutcome> {
  let outcome: SubmitOutcome | undefined;
  await act(async () => {
    void submitJob(request(prompt)).then((o) => (outcome = o));
  });
  await passTime(0);
  return outcome!;
}

const row = (label: string) =>
  within(screen.getByRole('list', { name: 'Jobs' }))
    .getAllByRole('listitem')
    .find((item) => item.textContent?.includes(label))!;

beforeEach(() => {
  useFakeTime();
  signInAlice();
  useTrayUi.setState({ open: false });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const renderTray = () => renderSignedIn(<TrayWithQueue />);

describe('the job queue in the tray', () => {
  it('holds jobs past the user’s running-jobs limit as Queued, and sends them as slots free up', async () => {
    const server = limitedServer(2);
    renderTray();
    await passTime(0);
    expect(await submit('one')).toMatchObject({ status: 'sent' });
    expect(await submit('two')).toMatchObject({ status: 'sent' });
    // GET /me said two slots: the third waits without asking the server.
    expect(await submit('three')).toEqual({ status: 'queued' });
    expect(server.posts).toEqual(['one', 'two']);
    expect(row('three')).toHaveTextContent('Queued');
    expect(screen.getByRole('heading', { name: /Jobs/ })).toHaveTextContent('2 running, 1 queued');

    server.finishOne();
    await passTime(1_500);
    expect(server.posts).toEqual(['one', 'two', 'three']);
    expect(row('three')).not.toHaveTextContent('Queued');
    expect(row('one')).toHaveTextContent('Complete');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('takes a running-jobs 429 as "wait", not as a failure, when the limit was not known', async () => {
    // The server says ten slots but runs only one: its 429 teaches the queue the real limit.
    const server = limitedServer(1, { slots: 10 });
    renderTray();
    await passTime(0);
    expect(await submit('first')).toMatchObject({ status: 'sent' });
    expect(await submit('second')).toEqual({ status: 'queued' });
    expect(row('second')).toHaveTextContent('Queued');
    expect(await submit('third')).toEqual({ status: 'queued' });
    // The third was not sent: the queue learned the limit from the second's 429.
    expect(server.posts).toEqual(['first', 'second']);
    server.finishOne();
    await passTime(1_500);
    expect(server.posts).toEqual(['first', 'second', 'second']);
    expect(row('third')).toHaveTextContent('Queued');
  });

  it('keeps the queue across a reload, and a queued job can be cancelled', async () => {
    const server = limitedServer(1);
    const first = renderTray();
    await passTime(0);
    await submit('running');
    await submit('waiting');
    await submit('cancelled');
    first.unmount();

    renderTray();
    await passTime(0);
    expect(row('waiting')).toHaveTextContent('Queued');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel: cancelled' }));
    expect(screen.queryByText('cancelled')).not.toBeInTheDocument();
    server.finishOne();
    await passTime(1_500);
    expect(server.posts).toEqual(['running', 'waiting']);
    server.finishOne();
    await passTime(6_000);
    expect(server.posts).toEqual(['running', 'waiting']);
  });

  it('keeps a queued job the server refused when its turn came, with one-click Retry', async () => {
    const server = limitedServer(1);
    renderTray();
    await passTime(0);
    await submit('running');
    await submit('refused later');
    server.refuseWith('modelId "gone" is not a model of this server');
    server.finishOne();
    await passTime(1_500);
    expect(row('refused later')).toHaveTextContent(
      'Failed: modelId "gone" is not a model of this server',
    );
    server.refuseWith(null);
    fireEvent.click(screen.getByRole('button', { name: 'Retry: refused later' }));
    await passTime(0);
    expect(server.posts).toEqual(['running', 'refused later', 'refused later']);
    expect(row('refused later')).toHaveTextContent('Running');
    expect(useJobList.getState().jobs.map((j) => j.label)).toEqual(['running', 'refused later']);
  });

  it('answers a refusal on the first send to the asker, and keeps nothing of it', async () => {
    const server = limitedServer(2);
    renderTray();
    await passTime(0);
    server.refuseWith('modelId "nope" is not a model of this server');
    expect(await submit('bad model')).toEqual({
      status: 'failed',
      message: 'modelId "nope" is not a model of this server',
    });
    expect(screen.queryByRole('region', { name: /^Jobs/ })).not.toBeInTheDocument();
  });
});
