import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generationFixture, imageFixture } from '../../../test/generation-fixture.ts';
import { passTime, useFakeTime } from '../../../test/fake-time.ts';
import { jsonResponse, stubFetch } from '../../../test/fetch-stub.ts';
import { apiResponder, renderSignedIn, signInAlice } from '../../../test/render-signed-in.tsx';
import { useJobList } from '../store/job-list-store.ts';
import { JobsTray } from './jobs-tray.tsx';

const JOB_ID = '21111111-2222-4333-8444-555555555555';

function addJob(startedAgoMs = 65_000) {
  useJobList.getState().addJob({
    id: JOB_ID,
    kind: 'text-to-image',
    label: 'a fox in the snow',
    cost: null,
    href: `/history?open=${JOB_ID}`,
    startedAt: Date.now() - startedAgoMs,
  });
}

/** The server's answers to GET /generations/{JOB_ID}, in order; the last one repeats. */
function answers(...responses: Array<() => Response>) {
  let call = 0;
  return stubFetch(
    apiResponder((_request, path) => {
      if (path !== `/generations/${JOB_ID}`) return undefined;
      return responses[Math.min(call++, responses.length - 1)]?.();
    }),
  );
}

const generation = (status: 'PENDING' | 'COMPLETE') => () =>
  jsonResponse({
    generations_by_pk: generationFixture({
      id: JOB_ID,
      prompt: 'a fox in the snow',
      status,
      generated_images: status === 'COMPLETE' ? [imageFixture(), imageFixture()] : [],
    }),
  });
const notFound = () =>
  jsonResponse({ error: 'Generation not found', path: '$', code: 'not-found' }, { status: 404 });

beforeEach(() => {
  useFakeTime();
  signInAlice();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('JobsTray', () => {
  it('follows a job until it completes, announces it and leads to its result', async () => {
    addJob();
    answers(generation('PENDING'), generation('COMPLETE'));
    const onOpen = vi.fn();
    renderSignedIn(<JobsTray onOpen={onOpen} />);

    const tray = screen.getByRole('region', { name: /Jobs/ });
    expect(tray).toHaveTextContent('Text to image');
    expect(tray).toHaveTextContent('a fox in the snow');
    expect(tray).toHaveTextContent('Running');
    expect(screen.getByLabelText('1 minute 5 seconds')).toHaveTextContent('1:05');

    await passTime(0);
    expect(tray).toHaveTextContent('Running');
    await passTime(1_000);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Text to image finished: a fox in the snow',
    );
    expect(useJobList.getState().jobs[0]?.phase).toBe('complete');
    expect(tray).toHaveTextContent('Complete');
    fireEvent.click(screen.getByRole('button', { name: 'Open images' }));
    expect(onOpen).toHaveBeenCalledWith(`/history?open=${JOB_ID}`);
  });

  it('shows a rate limit plainly and tries again after Retry-After', async () => {
    addJob();
    const { requests } = answers(
      () =>
        jsonResponse(
          { error: 'Rate limit reached', path: '$', code: 'rate-limit-exceeded' },
          { status: 429, headers: { 'Retry-After': '2' } },
        ),
      generation('COMPLETE'),
    );
    renderSignedIn(<JobsTray onOpen={() => {}} />);
    await passTime(0);
    expect(screen.getByText('Rate limit reached. Trying again in 2 s.')).toBeInTheDocument();
    await passTime(1_900);
    expect(requests.filter((r) => r.url.endsWith(JOB_ID))).toHaveLength(1);
    await passTime(100);
    expect(useJobList.getState().jobs[0]?.phase).toBe('complete');
  });

  it('waits for a job the server does not show yet, right after it started', async () => {
    addJob(0);
    answers(notFound, generation('COMPLETE'));
    renderSignedIn(<JobsTray onOpen={() => {}} />);
    await passTime(0);
    expect(screen.getByRole('region', { name: /Jobs/ })).toHaveTextContent('Running');
    await passTime(1_000);
    expect(useJobList.getState().jobs[0]?.phase).toBe('complete');
  });

  it('marks a job failed when the server no longer knows it', async () => {
    addJob();
    answers(notFound);
    renderSignedIn(<JobsTray onOpen={() => {}} />);
    await passTime(0);
    expect(screen.getByText('Failed: Generation not found')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/failed/);
  });

  it('shows nothing when there are no jobs', () => {
    answers(generation('PENDING'));
    renderSignedIn(<JobsTray onOpen={() => {}} />);
    expect(screen.queryByRole('region', { name: /Jobs/ })).not.toBeInTheDocument();
  });
});
