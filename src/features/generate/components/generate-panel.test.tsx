import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StartedJob } from '../../../api/jobs.ts';
import { scopedKey } from '../../../lib/scoped-persist.ts';
import { getSessionScope } from '../../../lib/session-store.ts';
import { generationFixture } from '../../../test/generation-fixture.ts';
import { ALICE_KEY, jsonResponse, stubFetch } from '../../../test/fetch-stub.ts';
import { apiResponder, renderSignedIn } from '../../../test/render-signed-in.tsx';
import { DEFAULT_FORM } from '../lib/form-state.ts';
import { GENERATE_FORM_STORAGE_KEY, useGenerateForm } from '../store/generate-form-store.ts';
import { GeneratePanel } from './generate-panel.tsx';

const MODELS = {
  custom_models: [
    {
      id: 'b24e16ff-06e3-43eb-8d33-4416c2d75876',
      name: 'Leonardo Lightning XL',
      description: '',
      featured: true,
      nsfw: false,
      generated_image: null,
    },
  ],
};
const GENERATION_ID = '11111111-2222-4333-8444-555555555555';

const REUSED = generationFixture({
  id: '31111111-2222-4333-8444-555555555555',
  prompt: 'a heron at dawn',
  imageWidth: 768,
  imageHeight: 512,
  seed: 99,
});

function stubApi(onCreate: (body: unknown) => Response | Promise<Response> = () => created()) {
  return stubFetch(
    apiResponder((request, path) => {
      if (path === '/platformModels') return jsonResponse(MODELS);
      if (path === `/generations/${REUSED.id}`) return jsonResponse({ generations_by_pk: REUSED });
      if (request.method === 'POST' && path === '/generations') {
        return onCreate(JSON.parse(request.body ?? '{}'));
      }
      return undefined;
    }),
  );
}

const created = () =>
  jsonResponse({
    sdGenerationJob: {
      generationId: GENERATION_ID,
      apiCreditCost: 4,
      cost: { amount: '4', unit: 'CREDITS' },
    },
  });

let started: StartedJob[] = [];
const onJobStarted = (job: StartedJob) => started.push(job);
const renderPanel = () => renderSignedIn(<GeneratePanel onJobStarted={onJobStarted} />);

beforeEach(() => {
  useGenerateForm.setState({ form: DEFAULT_FORM });
  started = [];
  window.history.replaceState(null, '', '/generate');
});
afterEach(() => vi.unstubAllGlobals());

// A whole form in jsdom, queried by role and name as a user finds it: slower than the 5 s default on a busy machine.
describe('GeneratePanel', { timeout: 20_000 }, () => {
  it('sends the form as POST /generations and reports the job it started', async () => {
    const bodies: unknown[] = [];
    stubApi((body) => {
      bodies.push(body);
      return created();
    });
    const { user } = renderPanel();
    await screen.findByText('Leonardo Lightning XL');
    await user.type(screen.getByRole('textbox', { name: 'Prompt' }), 'a red fox');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Size' }), '256x256');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Number of images' }), '2');
    await user.click(screen.getByRole('button', { name: 'Generate' }));

    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toMatchObject({
      prompt: 'a red fox',
      width: 256,
      height: 256,
      num_images: 2,
    });
    await waitFor(() => expect(started).toHaveLength(1));
    expect(started[0]).toMatchObject({
      id: GENERATION_ID,
      kind: 'text-to-image',
      label: 'a red fox',
      cost: '4 CREDITS',
    });
    // The form keeps its values for the next request.
    expect(screen.getByRole('textbox', { name: 'Prompt' })).toHaveValue('a red fox');
  });

  it('checks sizes before sending and says what is wrong', async () => {
    const { fetchMock } = stubApi();
    const { user } = renderPanel();
    await user.type(screen.getByRole('textbox', { name: 'Prompt' }), 'a fox');
    const width = screen.getByRole('spinbutton', { name: 'Width' });
    await user.clear(width);
    await user.type(width, '100');
    expect(width).toHaveAccessibleDescription(/Width must be a multiple of 8\./);
    expect(screen.getByRole('combobox', { name: 'Size' })).toHaveValue('custom');
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    expect(width).toHaveFocus();
    expect(fetchMock.mock.calls.some(([url]) => String(url).endsWith('/generations'))).toBe(false);
  });

  it('limits the number of images when a side is over 768', async () => {
    stubApi();
    const { user } = renderPanel();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Size' }), '1024x1024');
    const count = screen.getByRole('combobox', { name: 'Number of images' });
    expect(within(count).getByRole('option', { name: '5' })).toBeDisabled();
    expect(count).toHaveAccessibleDescription(/At most 4 images when a side is over 768 px/);
  });

  it('follows the rules between Alchemy, PhotoReal, style and model, and says why', async () => {
    stubApi();
    const { user } = renderPanel();
    const alchemy = screen.getByRole('switch', { name: 'Alchemy' });
    const photoReal = screen.getByRole('switch', { name: 'PhotoReal' });
    await user.click(photoReal);
    const model = screen.getByRole('combobox', { name: 'Model' });
    expect(model).toBeDisabled();
    expect(model).toHaveAccessibleDescription(/PhotoReal v1 runs without a model/);

    await user.click(alchemy);
    expect(photoReal).not.toBeChecked();
    expect(photoReal).toBeDisabled();
    expect(photoReal).toHaveAccessibleDescription(/PhotoReal requires Alchemy\./);
    const style = screen.getByRole('combobox', { name: 'Preset style' });
    expect(
      within(style)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Leonardo', 'None']);
  });

  it('keeps everything and shows the API’s message when the request fails', async () => {
    stubApi(() =>
      jsonResponse(
        {
          error: 'modelId "nope" is not a model of this server',
          path: '$.modelId',
          code: 'validation-failed',
        },
        { status: 400 },
      ),
    );
    const { user } = renderPanel();
    await screen.findByText('Leonardo Lightning XL');
    await user.type(screen.getByRole('textbox', { name: 'Prompt' }), 'a fox');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Model' }), 'Other model id…');
    await user.type(screen.getByRole('textbox', { name: 'Model id' }), 'nope');
    // Ctrl+Enter sends from anywhere in the form.
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'modelId "nope" is not a model of this server',
    );
    expect(screen.getByRole('textbox', { name: 'Prompt' })).toHaveValue('a fox');
    expect(screen.getByRole('textbox', { name: 'Model id' })).toHaveValue('nope');
    expect(started).toEqual([]);
  });

  it('shows the request as cURL with $LEONARDO_API_KEY, never the key', async () => {
    stubApi();
    const { user } = renderPanel();
    // After userEvent.setup(), which installs its own clipboard.
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.type(screen.getByRole('textbox', { name: 'Prompt' }), 'a fox');
    const preview = screen.getByLabelText('Request as cURL');
    expect(preview).toHaveTextContent(
      "curl --request POST 'http://127.0.0.1:8787/api/rest/v1/generations'",
    );
    expect(preview).toHaveTextContent('Bearer $LEONARDO_API_KEY');
    expect(preview).toHaveTextContent('"prompt": "a fox"');
    await user.click(screen.getByRole('button', { name: 'Copy as cURL' }));
    expect(writeText).toHaveBeenCalledOnce();
    expect(writeText.mock.calls[0]?.[0]).toContain('$LEONARDO_API_KEY');
    expect(writeText.mock.calls[0]?.[0]).not.toContain(ALICE_KEY);
    expect(await screen.findByText('Copied.')).toBeInTheDocument();
  });

  it('keeps every field in sessionStorage as it is typed', async () => {
    stubApi();
    const { user } = renderPanel();
    await user.type(screen.getByRole('textbox', { name: 'Negative prompt' }), 'blurry');
    await user.click(screen.getByRole('radio', { name: 'Fixed' }));
    await user.click(screen.getByRole('button', { name: 'Roll a new seed' }));
    const key = scopedKey(GENERATE_FORM_STORAGE_KEY, getSessionScope()!);
    const stored = JSON.parse(sessionStorage.getItem(key) ?? '{}').state.form;
    expect(stored).toMatchObject({ negativePrompt: 'blurry', seedMode: 'fixed' });
    expect(stored.seed).toMatch(/^\d+$/);
    expect(screen.getByRole('spinbutton', { name: 'Seed value' })).toHaveValue(Number(stored.seed));
  });

  it('sends one request for a double-click, and allows the next once it is answered', async () => {
    let answer: () => void = () => {};
    const posts: unknown[] = [];
    stubApi((body) => {
      posts.push(body);
      return new Promise((resolve) => (answer = () => resolve(created())));
    });
    const { user } = renderPanel();
    await user.type(screen.getByRole('textbox', { name: 'Prompt' }), 'a fox');
    const button = screen.getByRole('button', { name: 'Generate' });
    await user.dblClick(button);
    // And two activations in the same moment, before anything could render.
    act(() => {
      button.click();
      button.click();
    });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => expect(posts).toHaveLength(1));
    await act(async () => answer());
    await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'false'));
    expect(started).toHaveLength(1);
    await user.click(button);
    await waitFor(() => expect(posts).toHaveLength(2));
  });

  it('loads a generation’s settings from /generate?reuse=<id> and removes the parameter', async () => {
    window.history.replaceState(null, '', `/generate?reuse=${REUSED.id}`);
    stubApi();
    renderPanel();
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Prompt' })).toHaveValue('a heron at dawn'),
    );
    expect(screen.getByRole('spinbutton', { name: 'Width' })).toHaveValue(768);
    expect(screen.getByRole('spinbutton', { name: 'Seed value' })).toHaveValue(99);
    expect(window.location.search).toBe('');
  });
});
