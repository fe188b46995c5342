import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TextureGeneration } from '../../../../contract/index.ts';
import { isModalOpen } from '../../../lib/keyboard-focus.ts';
import { passTime, useFakeTime } from '../../../test/fake-time.ts';
import { jsonResponse, meBody, stubFetch, type RecordedRequest } from '../../../test/fetch-stub.ts';
import { renderApp } from '../../../test/render-app.tsx';
import { signInAlice } from '../../../test/render-signed-in.tsx';
import { DEFAULT_TEXTURE_DRAFT } from '../lib/texture-form.ts';
import { useTextureDraft } from '../store/texture-draft-store.ts';

const BASE = 'http://127.0.0.1:8787/api/rest/v1';
const USER = meBody().user_details[0]!.user.id;
const MODEL = '6a3f1c2e-1b2d-4e5f-8a9b-0c1d2e3f4a5b';
const TEXTURE = '0b7b2f5e-9d5c-4c55-8f3e-3f2f0f7a0a01';

const model = {
  id: MODEL,
  userId: USER,
  name: 'teapot',
  meshUrl: 'http://127.0.0.1:8787/files/models/teapot.obj',
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};

function generation(status: TextureGeneration['status']): TextureGeneration {
  return {
    id: TEXTURE,
    createdAt: new Date().toISOString(),
    prompt: 'mossy stone',
    negativePrompt: null,
    seed: 7,
    status,
    model_asset_texture_images:
      status === 'COMPLETE'
        ? (['NORMAL', 'ALBEDO', 'ROUGHNESS', 'DISPLACEMENT'] as const).map((type, i) => ({
            id: `00000000-0000-4000-8000-00000000000${i}`,
            type,
            url: `http://127.0.0.1:8787/files/textures/${type}.png`,
          }))
        : [],
  };
}

/** A small fake of the API: what each endpoint answers, changed by the test as it goes. */
type Route = (request: RecordedRequest) => Response | Promise<Response>;

/** The first answers arrive after lazy chunks and three queries: generous on a busy machine. */
const SLOW = { timeout: 5000 };

function fakeApi(overrides: Record<string, Route> = {}) {
  let textures: TextureGeneration[] = [];
  let polls = 0;
  const routes: Record<string, Route> = {
    'GET /me': () => jsonResponse(meBody()),
    [`GET /models-3d/user/${USER}`]: () => jsonResponse({ model_assets: [model] }),
    [`GET /generations-texture/model/${MODEL}`]: () =>
      jsonResponse({ model_asset_texture_generations: textures }),
    'POST /generations-texture': () => {
      textures = [generation('PENDING')];
      return jsonResponse({
        textureGenerationJob: { id: TEXTURE, apiCreditCost: 20, cost: null },
      });
    },
    [`GET /generations-texture/${TEXTURE}`]: () => {
      polls++;
      const answer = generation(polls < 2 ? 'PENDING' : 'COMPLETE');
      textures = [answer];
      return jsonResponse({ model_asset_texture_generations_by_pk: answer });
    },
    [`DELETE /generations-texture/${TEXTURE}`]: () => {
      textures = [];
      return jsonResponse({ delete_model_asset_texture_generations_by_pk: { id: TEXTURE } });
    },
    ...overrides,
  };
  return stubFetch((request) => {
    if (request.url === model.meshUrl) return new Response('v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n');
    const path = new URL(request.url).pathname.replace('/api/rest/v1', '');
    const route = routes[`${request.method} ${path}`];
    return route
      ? route(request)
      : jsonResponse({ error: `no route ${path}`, path: '$', code: 'x' }, { status: 404 });
  });
}

beforeAll(async () => {
  // Load the lazy chunks once, so each test's timeouts measure the view, not the transform.
  await import('../../../app/views/textures-view.tsx');
  await import('./model-preview.tsx');
});

beforeEach(() => {
  signInAlice();
  useTextureDraft.setState({ draft: DEFAULT_TEXTURE_DRAFT });
  window.history.replaceState(null, '', '/textures');
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** The presigned form's target: progress and the answer are driven by the test. */
class FakeUploadXhr {
  static last: FakeUploadXhr | null = null;
  url = '';
  sent: FormData | null = null;
  upload: { onprogress: ((event: Partial<ProgressEvent>) => void) | null } = { onprogress: null };
  status = 0;
  statusText = '';
  responseText = '';
  withCredentials = false;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeUploadXhr.last = this;
  }
  open(_method: string, url: string) {
    this.url = url;
  }
  send(body: FormData) {
    this.sent = body;
  }
  abort() {
    this.onabort?.();
  }
  getResponseHeader() {
    return null;
  }
}

describe('Textures view', () => {
  it('uploads an OBJ through the presigned form with progress, then opens it', async () => {
    let uploaded = false;
    const { requests } = fakeApi({
      'POST /models-3d/upload': () =>
        jsonResponse({
          uploadModelAsset: {
            modelId: MODEL,
            modelUrl: 'http://127.0.0.1:8787/uploads/token-token-token-token',
            modelFields: '{"key":"models/teapot.obj"}',
            modelKey: 'models/teapot.obj',
          },
        }),
      [`GET /models-3d/user/${USER}`]: () =>
        jsonResponse({ model_assets: uploaded ? [model] : [] }),
    });
    vi.stubGlobal('XMLHttpRequest', FakeUploadXhr);
    FakeUploadXhr.last = null;
    const { user } = renderApp();
    expect(await screen.findByText(/No models yet/, {}, SLOW)).toBeInTheDocument();

    const obj = new File(['# teapot\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n'], 'teapot.obj');
    await user.upload(screen.getByLabelText('OBJ file'), obj);
    await user.click(screen.getByRole('button', { name: 'Upload model' }));
    await waitFor(() => expect(FakeUploadXhr.last?.sent).not.toBeNull());
    const xhr = FakeUploadXhr.last!;
    expect(JSON.parse(requests.find((r) => r.method === 'POST')?.body ?? '')).toEqual({
      modelExtension: 'obj',
      name: 'teapot',
    });
    expect(xhr.url).toBe('http://127.0.0.1:8787/uploads/token-token-token-token');
    expect([...xhr.sent!.keys()]).toEqual(['key', 'file']);

    act(() => xhr.upload.onprogress?.({ loaded: 40, total: 100, lengthComputable: true }));
    expect(screen.getByRole('progressbar', { name: 'Upload progress' })).toHaveAttribute(
      'value',
      '40',
    );
    uploaded = true;
    xhr.status = 204;
    act(() => xhr.onload?.());

    const models = await screen.findByRole('list', { name: 'Your models' }, SLOW);
    await waitFor(() =>
      expect(within(models).getByRole('button', { name: /^teapot/ })).toHaveAttribute(
        'aria-current',
        'true',
      ),
    );
    expect(window.location.search).toBe(`?model=${MODEL}`);
    expect(screen.queryByRole('progressbar', { name: 'Upload progress' })).not.toBeInTheDocument();
  });

  it('asks for one upload form for a double-click on Upload model', async () => {
    const { requests } = fakeApi({
      'POST /models-3d/upload': () =>
        jsonResponse({
          uploadModelAsset: {
            modelId: MODEL,
            modelUrl: 'http://127.0.0.1:8787/uploads/token-token-token-token',
            modelFields: '{"key":"models/teapot.obj"}',
            modelKey: 'models/teapot.obj',
          },
        }),
    });
    vi.stubGlobal('XMLHttpRequest', FakeUploadXhr);
    FakeUploadXhr.last = null;
    const { user } = renderApp();
    await screen.findByRole('list', { name: 'Your models' }, SLOW);
    const obj = new File(['v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n'], 'teapot.obj');
    await user.upload(screen.getByLabelText('OBJ file'), obj);
    const button = screen.getByRole('button', { name: 'Upload model' });
    await user.dblClick(button);
    act(() => {
      button.click();
      button.click();
    });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => expect(FakeUploadXhr.last?.sent).not.toBeNull());
    FakeUploadXhr.last!.status = 204;
    act(() => FakeUploadXhr.last!.onload?.());
    await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'false'));
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('refuses a file that is not an OBJ before sending anything', async () => {
    const { requests } = fakeApi();
    renderApp();
    // The input's accept list is a hint, not a rule: a user can still pick any file.
    const user = userEvent.setup({ applyAccept: false });
    await screen.findByRole('list', { name: 'Your models' }, SLOW);
    const png = new File(['\x89PNG'], 'photo.png', { type: 'image/png' });
    await user.upload(screen.getByLabelText('OBJ file'), png);
    await user.click(screen.getByRole('button', { name: 'Upload model' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Upload failed: “photo.png” is not an OBJ file. Choose a Wavefront .obj file.',
    );
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('lists the models, opens one by the address, and says when WebGL is missing', async () => {
    fakeApi();
    const { user } = renderApp();
    const models = await screen.findByRole('list', { name: 'Your models' }, SLOW);
    await user.click(within(models).getByRole('button', { name: /^teapot/ }));

    expect(window.location.search).toBe(`?model=${MODEL}`);
    expect(await screen.findByText(/No textures for this model yet/, {}, SLOW)).toBeInTheDocument();
    // jsdom has no WebGL 2: the preview says so instead of showing a blank box.
    expect(await screen.findByText(/No 3D preview here/, {}, SLOW)).toBeInTheDocument();
  });

  it("shows the API's error and keeps what the user typed", async () => {
    fakeApi({
      'POST /generations-texture': () =>
        jsonResponse(
          { error: 'not enough api tokens', path: '$', code: 'bad-request' },
          { status: 400 },
        ),
    });
    window.history.replaceState(null, '', `/textures?model=${MODEL}`);
    const { user } = renderApp();
    const prompt = await screen.findByRole('textbox', { name: 'Prompt' }, SLOW);
    await user.type(prompt, 'mossy stone');
    await user.click(screen.getByRole('button', { name: 'Generate textures' }));

    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent('not enough api tokens');
    expect(prompt).toHaveValue('mossy stone');
  });

  it('checks the form before sending', async () => {
    const { requests } = fakeApi();
    window.history.replaceState(null, '', `/textures?model=${MODEL}`);
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Generate textures' }, SLOW));
    expect(screen.getByRole('textbox', { name: 'Prompt' })).toHaveAccessibleDescription(
      'Describe the texture you want.',
    );
    expect(screen.getByRole('textbox', { name: 'Prompt' })).toHaveFocus();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it('starts a job, hands it to the jobs tray, follows it and shows the maps', async () => {
    const { requests } = fakeApi();
    window.history.replaceState(null, '', `/textures?model=${MODEL}`);
    const { user } = renderApp();
    await user.type(await screen.findByRole('textbox', { name: 'Prompt' }, SLOW), 'mossy stone');
    await user.click(screen.getByRole('switch', { name: 'Preview' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Preview direction' }), 'left');
    await user.click(screen.getByRole('radio', { name: 'Stable Diffusion 2' }));

    // From here the job is followed on its schedule: fake time.
    useFakeTime();
    fireEvent.click(screen.getByRole('button', { name: 'Generate textures' }));
    await passTime(100);
    const post = requests.find((r) => r.method === 'POST');
    expect(JSON.parse(post?.body ?? '')).toEqual({
      modelAssetId: MODEL,
      prompt: 'mossy stone',
      preview: true,
      preview_direction: 'left',
      front_rotation_offset: 0,
      sd_version: 'v2',
    });
    const tray = screen.getByRole('region', { name: /^Jobs/ });
    expect(within(tray).getByRole('listitem')).toHaveTextContent(/Texture.*mossy stone.*Running/);
    expect(screen.getByText('Generating texture maps…')).toBeInTheDocument();
    const looks = () => requests.filter((r) => r.url.endsWith(`/generations-texture/${TEXTURE}`));
    // One query per job: the view and the tray share it, so one look, not two.
    expect(looks()).toHaveLength(1);

    await passTime(1_200);
    expect(looks()).toHaveLength(2);
    const albedo = screen.getByRole('img', { name: 'Albedo map' });
    expect(albedo).toHaveAttribute('src', 'http://127.0.0.1:8787/files/textures/ALBEDO.png');
    const names = within(screen.getByRole('list', { name: 'Texture maps' }))
      .getAllByRole('img')
      .map((img) => img.getAttribute('alt'));
    expect(names).toEqual(['Albedo map', 'Normal map', 'Roughness map', 'Displacement map']);
    expect(within(tray).getByRole('listitem')).toHaveTextContent('Complete');
    expect(window.location.search).toBe(`?model=${MODEL}&texture=${TEXTURE}`);
    await passTime(30_000);
    expect(looks()).toHaveLength(2);
  });

  it('sends one texture job for a double-click on Generate textures', async () => {
    let answer: () => void = () => {};
    const posts: string[] = [];
    fakeApi({
      'POST /generations-texture': (request) => {
        posts.push(request.body ?? '');
        return new Promise<Response>(
          (resolve) =>
            (answer = () =>
              resolve(
                jsonResponse({
                  textureGenerationJob: { id: TEXTURE, apiCreditCost: 20, cost: null },
                }),
              )),
        );
      },
    });
    window.history.replaceState(null, '', `/textures?model=${MODEL}`);
    const { user } = renderApp();
    await user.type(await screen.findByRole('textbox', { name: 'Prompt' }, SLOW), 'mossy stone');
    const button = screen.getByRole('button', { name: 'Generate textures' });
    await user.dblClick(button);
    act(() => {
      button.click();
      button.click();
    });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await act(async () => answer());
    await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'false'));
    expect(posts).toHaveLength(1);
  });

  it('deletes a texture generation only after confirming', async () => {
    const { requests } = fakeApi({
      [`GET /generations-texture/model/${MODEL}`]: () =>
        jsonResponse({
          model_asset_texture_generations: requests.some((r) => r.method === 'DELETE')
            ? []
            : [generation('COMPLETE')],
        }),
    });
    window.history.replaceState(null, '', `/textures?model=${MODEL}&texture=${TEXTURE}`);
    const { user } = renderApp();
    const remove = await screen.findByRole(
      'button',
      { name: 'Delete texture “mossy stone”' },
      SLOW,
    );

    await user.click(remove);
    const dialog = screen.getByRole('alertdialog', { name: 'Delete this texture generation?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    // Modal: the browser makes the page behind inert (checked in Chromium by the e2e tests).
    expect(isModalOpen()).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(remove).toHaveFocus();

    await user.click(remove);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(requests.filter((r) => r.method === 'DELETE').map((r) => r.url)).toEqual([
      `${BASE}/generations-texture/${TEXTURE}`,
    ]);
    expect(await screen.findByText(/No textures for this model yet/, {}, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Texture generations' })).toHaveFocus();
    expect(window.location.search).toBe(`?model=${MODEL}`);
  });
});
