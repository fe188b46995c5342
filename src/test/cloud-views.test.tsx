import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOUD_BASE_URL } from '../../contract/limits.ts';
import { createQueryClient } from '../api/query-client.ts';
import { trackJob } from '../features/jobs/index.ts';
import { giveElementsASize } from './jsdom-layout.ts';
import { TrayWithQueue } from '../features/jobs/test-helpers.tsx';
import { useSessionStore } from '../lib/session-store.ts';
import {
  BROKEN_TEXT,
  CLOUD_GENERATION_ID,
  CLOUD_NOT_YET_VISIBLE,
  CLOUD_TEXTURE_ID,
  CLOUD_UPSCALE_ID,
  cloudGeneration,
  cloudHistoryPage,
  cloudMe,
  cloudNsfwGeneration,
  cloudTexture,
  cloudUpscaledGeneration,
} from './cloud-answers.ts';
import { passTime, useFakeTime } from './fake-time.ts';
import { ALICE_KEY, jsonResponse, stubFetch, type RecordedRequest } from './fetch-stub.ts';
import { renderApp } from './render-app.tsx';

/**
 * The studio's views fed the cloud's answers (src/test/cloud-answers.ts): what the SDK allows to
 * be missing is missing, images are on the CDN. None may crash or show "undefined" or "NaN".
 */
const USER = cloudMe().user_details[0]!.user.id;
const MODEL = '6a3f1c2e-1b2d-4e5f-8a9b-0c1d2e3f4a5b';

type Route = (request: RecordedRequest) => Response;

/** The cloud's answers; `generation` is the first of History, as the list and alone. */
function cloudApi(
  overrides: Record<string, Route> = {},
  generation: object = cloudUpscaledGeneration(),
) {
  const page = cloudHistoryPage();
  page.generations[0] = generation as (typeof page.generations)[0];
  const routes: Record<string, Route> = {
    'GET /me': () => jsonResponse(cloudMe(USER)),
    'GET /platformModels': () =>
      jsonResponse({ custom_models: [{ id: 'b24e16ff-06e3-43eb-8d33-4416c2d75876' }] }),
    [`GET /generations/user/${USER}`]: () => jsonResponse(page),
    [`GET /generations/${CLOUD_GENERATION_ID}`]: () =>
      jsonResponse({ generations_by_pk: generation }),
    // A model without a name, and its textures with a map type the studio does not know.
    [`GET /models-3d/user/${USER}`]: () =>
      jsonResponse({
        model_assets: [
          {
            id: MODEL,
            userId: USER,
            meshUrl: 'https://cdn.leonardo.ai/models/cube.obj',
            createdAt: '2026-03-01T09:00:00.000Z',
          },
        ],
      }),
    [`GET /generations-texture/model/${MODEL}`]: () =>
      jsonResponse({
        model_asset_texture_generations: [cloudTexture().model_asset_texture_generations_by_pk],
      }),
    [`GET /generations-texture/${CLOUD_TEXTURE_ID}`]: () => jsonResponse(cloudTexture()),
    ...overrides,
  };
  return stubFetch((request) => {
    if (request.url.endsWith('.obj')) return new Response('v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n');
    const path = request.url.slice(CLOUD_BASE_URL.length).split('?')[0]!;
    const route = routes[`${request.method} ${path}`];
    return route
      ? route(request)
      : jsonResponse({ error: `No route ${path}`, path: '$', code: 'not-found' }, { status: 404 });
  });
}

const signInToTheCloud = () =>
  useSessionStore.getState().signIn({ key: ALICE_KEY, baseUrl: CLOUD_BASE_URL, userId: USER });

/** The first answers arrive after lazy chunks: generous on a busy machine. */
const SLOW = { timeout: 5000 };

giveElementsASize();
beforeAll(async () => {
  await import('../app/views/history-view.tsx');
  await import('../app/views/textures-view.tsx');
});

beforeEach(() => signInToTheCloud());

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('views fed the cloud’s answers', { timeout: 20_000 }, () => {
  it('History lists them, with a header of zero tokens rather than NaN', async () => {
    cloudApi({}, cloudGeneration());
    window.history.replaceState(null, '', '/history');
    renderApp();
    const grid = await screen.findByRole('list', { name: 'History' }, SLOW);
    expect(
      await within(grid).findByRole(
        'listitem',
        {
          name: 'a lighthouse on a cliff at dusk (1 image · 768×512)',
        },
        SLOW,
      ),
    ).toBeInTheDocument();
    expect(
      within(grid).getByRole('listitem', { name: 'a fox in the snow (generating)' }),
    ).toBeVisible();
    expect(screen.getByRole('banner')).toHaveTextContent('API tokens0');
    expect(document.body.textContent).not.toMatch(BROKEN_TEXT);
  });

  it('the details dialog shows the generation with what is missing said, not broken', async () => {
    cloudApi();
    window.history.replaceState(null, '', `/history?open=${CLOUD_GENERATION_ID}`);
    renderApp();
    const dialog = await screen.findByRole('dialog', { name: 'Generation details' }, SLOW);
    expect(await within(dialog).findByText('768 × 512', {}, SLOW)).toBeInTheDocument();
    expect(within(dialog).getByText('b24e16ff-06e3-43eb-8d33-4416c2d75876')).toBeInTheDocument();
    expect(within(dialog).getAllByText('Not recorded').length).toBeGreaterThan(0);
    expect(dialog.textContent).not.toMatch(BROKEN_TEXT);
  });

  it('the details show the UPSCALE variation, and animate it as a variation', async () => {
    const { requests } = cloudApi({
      'POST /generations-motion-svd': () =>
        jsonResponse({ motionSvdGenerationJob: { generationId: CLOUD_GENERATION_ID } }),
    });
    window.history.replaceState(null, '', `/history?open=${CLOUD_GENERATION_ID}`);
    renderApp();
    const dialog = await screen.findByRole('dialog', { name: 'Generation details' }, SLOW);
    const upscaled = await within(dialog).findByRole(
      'img',
      { name: 'Upscaled: a lighthouse on a cliff at dusk' },
      SLOW,
    );
    expect(upscaled).toHaveAttribute('src', expect.stringContaining('lighthouse-upscaled.jpg'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Animate upscaled image' }));
    expect(await within(dialog).findByText(/Animating/, {}, SLOW)).toBeInTheDocument();
    const motion = requests.find((request) => request.url.endsWith('/generations-motion-svd'));
    expect(JSON.parse(motion!.body!)).toMatchObject({
      imageId: CLOUD_UPSCALE_ID,
      isVariation: true,
    });
  });

  it('blurs an image flagged nsfw until “Show” is pressed', async () => {
    cloudApi({}, cloudNsfwGeneration());
    window.history.replaceState(null, '', `/history?open=${CLOUD_GENERATION_ID}`);
    renderApp();
    const dialog = await screen.findByRole('dialog', { name: 'Generation details' }, SLOW);
    const image = await within(dialog).findByRole(
      'img',
      { name: 'a lighthouse on a cliff at dusk' },
      SLOW,
    );
    expect(image).toHaveClass('blur-2xl');
    expect(image).toHaveAccessibleDescription('Marked as sensitive');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Show' }));
    expect(image).not.toHaveClass('blur-2xl');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hide' }));
    expect(image).toHaveClass('blur-2xl');
  });

  it('Textures shows the maps it knows, and none of an unknown type', async () => {
    cloudApi();
    window.history.replaceState(null, '', `/textures?model=${MODEL}&texture=${CLOUD_TEXTURE_ID}`);
    renderApp();
    expect(await screen.findByRole('img', { name: 'Albedo map' }, SLOW)).toBeInTheDocument();
    expect(screen.queryByText(/METALLIC/)).toBeNull();
    expect(document.body.textContent).not.toMatch(BROKEN_TEXT);
  });
});

describe('the jobs tray and `generations_by_pk: null`', () => {
  it('keeps waiting for a job the cloud does not show yet, then says so plainly', async () => {
    useFakeTime();
    cloudApi({
      [`GET /generations/${CLOUD_GENERATION_ID}`]: () => jsonResponse(CLOUD_NOT_YET_VISIBLE),
    });
    trackJob({
      id: CLOUD_GENERATION_ID,
      kind: 'text-to-image',
      label: 'a lighthouse on a cliff at dusk',
      cost: null,
      startedAt: Date.now(),
      href: `/history?open=${CLOUD_GENERATION_ID}`,
    });
    const queryClient = createQueryClient();
    render(
      <QueryClientProvider client={queryClient}>
        <TrayWithQueue />
      </QueryClientProvider>,
    );
    const tray = screen.getByRole('region', { name: /Jobs/ });
    await passTime(30_000);
    expect(tray).toHaveTextContent('Running');
    expect(tray).not.toHaveTextContent('Failed');
    await passTime(40_000);
    expect(tray).toHaveTextContent(
      'Failed: The server still does not show this job 60 s after it was started',
    );
    expect(tray.textContent).not.toMatch(BROKEN_TEXT);
    queryClient.clear();
  });
});
