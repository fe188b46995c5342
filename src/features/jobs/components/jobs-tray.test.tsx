import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generationFixture, imageFixture } from '../../../test/generation-fixture.ts';
import { passTime, useFakeTime } from '../../../test/fake-time.ts';
import { jsonResponse, stubFetch } from '../../../test/fetch-stub.ts';
import { apiResponder, renderSignedIn, signInAlice } from '../../../test/render-signed-in.tsx';
import { COLLAPSE_AFTER_MS } from '../hooks/use-tray-auto-open.ts';
import { useJobList } from '../store/job-list-store.ts';
import { useTrayUi } from '../store/tray-ui-store.ts';
import { JobsTrayButton } from './jobs-tray-button.tsx';
import { TrayWithQueue } from '../test-helpers.tsx';

const JOB_ID = '21111111-2222-4333-8444-555555555555';
const hrefFor = (_kind: string, id: string) => `/history?open=${id}`;

function addJob(startedAgoMs = 65_000, id = JOB_ID, label = 'a fox in the snow') {
  useJobList.getState().addJob({
    id,
    kind: 'text-to-image',
    label,
    cost: null,
    href: `/history?open=${id}`,
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

const generation =
  (status: 'PENDING' | 'COMPLETE', id = JOB_ID) =>
  () =>
    jsonResponse({
      generations_by_pk: generationFixture({
        id,
        prompt: 'a fox in the snow',
        status,
        generated_images: status === 'COMPLETE' ? [imageFixture(), imageFixture()] : [],
      }),
    });
const notFound = () =>
  jsonResponse({ error: 'Generation not found', path: '$', code: 'not-found' }, { status: 404 });

const renderTray = (onOpen: (href: string) => void = () => {}) =>
  renderSignedIn(
    <>
      <JobsTrayButton />
      <TrayWithQueue onOpen={onOpen} resultHref={hrefFor} />
    </>,
  );
const tray = () => screen.getByRole('region', { name: /^Jobs/ });

beforeEach(() => {
  useFakeTime();
  signInAlice();
  useTrayUi.setState({ open: false });
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
    renderTray(onOpen);

    expect(tray()).toHaveTextContent('Text to image');
    expect(tray()).toHaveTextContent('a fox in the snow');
    expect(tray()).toHaveTextContent('Running');
    expect(screen.getByLabelText('1 minute 5 seconds')).toHaveTextContent('1:05');

    await passTime(0);
    expect(tray()).toHaveTextContent('Running');
    await passTime(1_000);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Text to image finished: a fox in the snow',
    );
    expect(useJobList.getState().jobs[0]?.phase).toBe('complete');
    expect(tray()).toHaveTextContent('Complete');
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
    renderTray();
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
    renderTray();
    await passTime(0);
    expect(tray()).toHaveTextContent('Running');
    await passTime(1_000);
    expect(useJobList.getState().jobs[0]?.phase).toBe('complete');
  });

  it('marks a job failed when the server no longer knows it', async () => {
    addJob();
    answers(notFound);
    renderTray();
    await passTime(0);
    expect(screen.getByText('Failed: Generation not found')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/failed/);
  });

  it('shows nothing when there are no jobs, not even the header button', () => {
    answers(generation('PENDING'));
    renderTray();
    expect(screen.queryByRole('region', { name: /^Jobs/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Jobs/ })).not.toBeInTheDocument();
  });

  it('lists the newest first and clears the finished ones', async () => {
    const older = '31111111-2222-4333-8444-555555555555';
    addJob(120_000, older, 'an older harbour');
    addJob(60_000, JOB_ID, 'a newer fox');
    stubFetch(
      apiResponder((_request, path) =>
        path === `/generations/${older}`
          ? generation('COMPLETE', older)()
          : path === `/generations/${JOB_ID}`
            ? generation('PENDING')()
            : undefined,
      ),
    );
    renderTray();
    const labels = () =>
      screen.getAllByRole('listitem').map((item) => item.querySelector('p')?.textContent);
    expect(labels()).toEqual(['a newer fox', 'an older harbour']);
    await passTime(0);
    expect(tray()).toHaveTextContent('Complete');
    fireEvent.click(screen.getByRole('button', { name: 'Clear finished' }));
    expect(labels()).toEqual(['a newer fox']);
  });

  it('folds into the header’s badge by itself once everything has finished', async () => {
    addJob();
    answers(generation('PENDING'), generation('COMPLETE'));
    renderTray();
    const button = screen.getByRole('button', { name: /^Jobs/ });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await passTime(1_000);
    expect(tray()).toHaveTextContent('Jobs (all finished)');
    await passTime(COLLAPSE_AFTER_MS - 1_500);
    expect(tray()).toBeInTheDocument();
    await passTime(1_500);
    expect(screen.queryByRole('region', { name: /^Jobs/ })).not.toBeInTheDocument();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAccessibleName('Jobs (all finished)');
    // Opened by hand, it stays.
    fireEvent.click(button);
    await passTime(COLLAPSE_AFTER_MS * 2);
    expect(tray()).toHaveTextContent('Complete');
  });
});
