import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scopedKey } from '../../../lib/scoped-persist.ts';
import { getSessionScope } from '../../../lib/session-store.ts';
import { generationFixture } from '../../../test/generation-fixture.ts';
import { ALICE_KEY, jsonResponse, stubFetch } from '../../../test/fetch-stub.ts';
import { apiResponder } from '../../../test/render-signed-in.tsx';
import { DEFAULT_FORM } from '../lib/form-state.ts';
import type { SubmitResult } from '../lib/generate-actions.ts';
import { createPromptHistory } from '../lib/prompt-history.ts';
import { GENERATE_FORM_STORAGE_KEY, useGenerateForm } from '../store/generate-form-store.ts';
import { renderGenerate } from '../test-helpers.tsx';

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

/** The server's side: the model list, one generation to reuse, and the pricing calculator. */
function stubApi(price: (body: unknown) => Response = () => priced(12)) {
  return stubFetch(
    apiResponder((request, path) => {
      if (path === '/platformModels') return jsonResponse(MODELS);
      if (path === `/generations/${REUSED.id}`) return jsonResponse({ generations_by_pk: REUSED });
      if (request.method === 'POST' && path === '/pricing-calculator') {
        return price(JSON.parse(request.body ?? '{}'));
      }
      return undefined;
    }),
  );
}

const priced = (cost: number) => jsonResponse({ calculateProductionApiServiceCost: { cost } });

beforeEach(() => {
  useGenerateForm.setState({ form: DEFAULT_FORM });
  window.history.replaceState(null, '', '/generate');
});
afterEach(() => vi.unstubAllGlobals());

// A whole form in jsdom, queried by role and name as a user finds it: slower than the 5 s default on a busy machine.
describe('GeneratePanel', { timeout: 20_000 }, () => {
  it('hands the form’s request to the queue, keeps the prompt in Prompt history', async () => {
    stubApi();
    const { user, submitted } = renderGenerate();
    await screen.findByText('Leonardo Lightning XL');
    await user.type(screen.getByRole('textbox', { name: 'Prompt' }), 'a red fox');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Size' }), '256x256');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Number of images' }), '2');
    await user.click(screen.getByRole('button', { name: 'Generate' }));

    await waitFor(() => expect(submitted).toHaveLength(1));
    expect(submitted[0]).toMatchObject({
      label: 'a red fox',
      body: { prompt: 'a red fox', width: 256, height: 256, num_images: 2 },
    });
    expect(await screen.findByText('Started: the images appear in Results.')).toBeInTheDocument();
    // The form keeps its values for the next request.
    expect(screen.getByRole('textbox', { name: 'Prompt' })).toHaveValue('a red fox');
    await waitFor(async () =>
      expect((await createPromptHistory(getSessionScope()!).list()).map((e) => e.prompt)).toEqual([
        'a red fox',
      ]),
    );
  });

  it('shows the estimated cost before sending, and says when the server has none', async () => {
    const asked: unknown[] = [];
    stubApi((body) => {
      asked.push(body);
      return asked.length === 1
        ? priced(12)
        : jsonResponse({ error: 'No route', path: '$', code: 'not-found' }, { status: 404 });
    });
    const { user } = renderGenerate();
    await user.type(screen.getByRole('textbox', { name: 'Prompt' }), 'a fox');
    const bar = screen.getByRole('group', { name: 'Send' });
    await waitFor(() => expect(bar).toHaveTextContent('Estimated cost: ≈ 12 credits'));
    expect(asked[0]).toEqual({
      service: 'IMAGE_GENERATION',
      serviceParams: {
        IMAGE_GENERATION: {
          imageWidth: 512,
          imageHeight: 512,
          numImages: 4,
          alchemyMode: true,
          photoRealMode: false,
          promptMagic: false,
          isModelCustom: false,
        },
      },
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Number of images' }), '2');
    await waitFor(() => expect(bar).toHaveTextContent('Estimated cost: cost unknown'));
    // Typing more of the prompt does not change the price: nothing more is asked.
    await user.type(screen.getByRole('textbox', { name: 'Prompt' }), ' in the snow');
    expect(asked).toHaveLength(2);
  });

  it('counts the prompt’s characters against the API’s limit', async () => {
    stubApi();
    const { user } = renderGenerate();
    const prompt = screen.getByRole('textbox', { name: 'Prompt' });
    expect(prompt).toHaveAccessibleDescription(/0 \/ 1,500\s*characters/);
    await user.type(prompt, 'a fox');
    expect(prompt).toHaveAccessibleDescription(/5 \/ 1,500\s*characters/);
    expect(prompt).toHaveAttribute('placeholder', expect.stringMatching(/^Describe the image/));
  });

  it('checks sizes before sending and says what is wrong', async () => {
    stubApi();
    const { user, submitted } = renderGenerate();
    await user.type(screen.getByRole('textbox', { name: 'Prompt' }), 'a fox');
    const width = screen.getByRole('spinbutton', { name: 'Width' });
    await user.clear(width);
    await user.type(width, '100');
    expect(width).toHaveAccessibleDescription(/Width must be a multiple of 8\./);
    expect(screen.getByRole('combobox', { name: 'Size' })).toHaveValue('custom');
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    expect(width).toHaveFocus();
    expect(submitted).toEqual([]);
  });

  it('limits the number of images when a side is over 768', async () => {
    stubApi();
    const { user } = renderGenerate();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Size' }), '1024x1024');
    const count = screen.getByRole('combobox', { name: 'Number of images' });
    expect(within(count).getByRole('option', { name: '5' })).toBeDisabled();
    expect(count).toHaveAccessibleDescription(/At most 4 images when a side is over 768 px/);
  });

  it('follows the rules between Alchemy, PhotoReal, style and model, and says why', async () => {
    stubApi();
    const { user } = renderGenerate();
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
    stubApi();
    const { user } = renderGenerate({
      onSubmit: async () => ({
        status: 'failed',
        message: 'modelId "nope" is not a model of this server',
      }),
    });
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
  });

  it('shows the request as cURL with $LEONARDO_API_KEY, never the key', async () => {
    stubApi();
    const { user } = renderGenerate();
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
    const { user } = renderGenerate();
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
    stubApi();
    const { user } = renderGenerate({
      onSubmit: (request) => {
        posts.push(request);
        return new Promise<SubmitResult>(
          (resolve) => (answer = () => resolve({ status: 'sent', jobId: GENERATION_ID })),
        );
      },
    });
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
    await user.click(button);
    await waitFor(() => expect(posts).toHaveLength(2));
  });

  it('after a request is queued, the second click of a double-click is not a second job', async () => {
    const posts: unknown[] = [];
    stubApi();
    const { user } = renderGenerate({
      onSubmit: async (request) => {
        posts.push(request);
        return { status: 'queued' };
      },
    });
    await user.type(screen.getByRole('textbox', { name: 'Prompt' }), 'a fox');
    const button = screen.getByRole('button', { name: 'Generate' });
    await user.dblClick(button);
    expect(await screen.findByText(/^Queued: it goes out/)).toBeInTheDocument();
    expect(posts).toHaveLength(1);
    await waitFor(() => expect(button).toHaveAttribute('aria-disabled', 'false'));
    await user.click(button);
    await waitFor(() => expect(posts).toHaveLength(2));
  });

  it('loads a generation’s settings from /generate?reuse=<id> and removes the parameter', async () => {
    window.history.replaceState(null, '', `/generate?reuse=${REUSED.id}`);
    stubApi();
    renderGenerate();
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Prompt' })).toHaveValue('a heron at dawn'),
    );
    expect(screen.getByRole('spinbutton', { name: 'Width' })).toHaveValue(768);
    expect(screen.getByRole('spinbutton', { name: 'Seed value' })).toHaveValue(99);
    expect(window.location.search).toBe('');
  });
});
