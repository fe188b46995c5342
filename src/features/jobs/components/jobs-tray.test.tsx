import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useGenerationHandoff } from '../../../lib/generation-handoff.ts';
import { usePendingJobs } from '../../../lib/pending-jobs.ts';
import { generationFixture, imageFixture } from '../../../test/generation-fixture.ts';
import { jsonResponse, stubFetch } from '../../../test/fetch-stub.ts';
import {
  ALICE_ID,
  TEST_BASE_URL,
  apiResponder,
  renderSignedIn,
} from '../../../test/render-signed-in.tsx';
import { JobsTray } from './jobs-tray.tsx';

const JOB_ID = '21111111-2222-4333-8444-555555555555';

function addJob(baseUrl = TEST_BASE_URL) {
  usePendingJobs.getState().addJob({
    id: JOB_ID,
    kind: 'text-to-image',
    label: 'a fox in the snow',
    baseUrl,
    userId: ALICE_ID,
    cost: null,
    startedAt: Date.now() - 65_000,
  });
}

function answers(...responses: Array<() => Response>) {
  let call = 0;
  return stubFetch(
    apiResponder((_request, path) => {
      if (path !== `/generations/${JOB_ID}`) return undefined;
      const next = responses[Math.min(call++, responses.length - 1)];
      return next?.();
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

beforeEach(() => {
  usePendingJobs.setState({ jobs: [] });
  useGenerationHandoff.setState({ openId: null, reuseId: null });
  window.history.replaceState(null, '', '/generate');
});
afterEach(() => vi.unstubAllGlobals());

describe('JobsTray', { timeout: 15_000 }, () => {
  it('follows a job until it completes, announces it and opens its images', async () => {
    addJob();
    answers(generation('PENDING'), generation('COMPLETE'));
    const { user } = renderSignedIn(<JobsTray />);

    const tray = screen.getByRole('region', { name: /Jobs/ });
    expect(tray).toHaveTextContent('Text to image');
    expect(tray).toHaveTextContent('a fox in the snow');
    expect(tray).toHaveTextContent('Running');
    expect(screen.getByLabelText('1 minute 5 seconds')).toHaveTextContent('1:05');

    await waitFor(
      () =>
        expect(screen.getByRole('status')).toHaveTextContent(
          'Text to image finished: a fox in the snow',
        ),
      { timeout: 4000 },
    );
    expect(usePendingJobs.getState().jobs[0]?.phase).toBe('complete');
    expect(tray).toHaveTextContent('Complete');
    await user.click(screen.getByRole('button', { name: 'Open images' }));
    expect(useGenerationHandoff.getState().openId).toBe(JOB_ID);
    expect(window.location.pathname).toBe('/history');
  });

  it('shows a rate limit plainly and tries again after Retry-After', async () => {
    addJob();
    answers(
      () =>
        jsonResponse(
          { error: 'Rate limit reached', path: '$', code: 'rate-limit-exceeded' },
          { status: 429, headers: { 'Retry-After': '1' } },
        ),
      generation('COMPLETE'),
    );
    renderSignedIn(<JobsTray />);
    expect(
      await screen.findByText(/Rate limit reached\. Trying again in [12] s\./),
    ).toBeInTheDocument();
    await waitFor(() => expect(usePendingJobs.getState().jobs[0]?.phase).toBe('complete'), {
      timeout: 4000,
    });
  });

  it('marks a job failed when the server no longer knows it', async () => {
    addJob();
    answers(() =>
      jsonResponse(
        { error: 'Generation not found', path: '$', code: 'not-found' },
        { status: 404 },
      ),
    );
    renderSignedIn(<JobsTray />);
    expect(await screen.findByText('Failed: Generation not found')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/failed/);
  });

  it('leaves other servers’ jobs alone', () => {
    addJob('http://elsewhere.test/api/rest/v1');
    const { fetchMock } = answers(generation('PENDING'));
    renderSignedIn(<JobsTray />);
    expect(screen.queryByRole('region', { name: /Jobs/ })).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('/generations/'))).toBe(false);
  });
});
