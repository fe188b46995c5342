import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePendingJobs } from '../../../lib/pending-jobs.ts';
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

function stubApi(onCreate: (body: unknown) => Response = () => created()) {
  return stubFetch(
    apiResponder((request, path) => {
      if (path === '/platformModels') return jsonResponse(MODELS);
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

beforeEach(() => {
  useGenerateForm.setState({ form: DEFAULT_FORM });
  usePendingJobs.setState({ jobs: [] });
});
afterEach(() => vi.unstubAllGlobals());

// A whole form in jsdom, queried by role and name as a user finds it: slower than the 5 s default on a busy machine.
describe('GeneratePanel', { timeout: 20_000 }, () => {
  it('sends the form as POST /generations and hands the job to the tray', async () => {
    const bodies: unknown[] = [];
    stubApi((body) => {
      bodies.push(body);
      return created();
    });
    const { user } = renderSignedIn(<GeneratePanel />);
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
    await waitFor(() => expect(usePendingJobs.getState().jobs).toHaveLength(1));
    expect(usePendingJobs.getState().jobs[0]).toMatchObject({
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
    const { user } = renderSignedIn(<GeneratePanel />);
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
    const { user } = renderSignedIn(<GeneratePanel />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Size' }), '1024x1024');
    const count = screen.getByRole('combobox', { name: 'Number of images' });
    expect(within(count).getByRole('option', { name: '5' })).toBeDisabled();
    expect(count).toHaveAccessibleDescription(/At most 4 images when a side is over 768 px/);
  });

  it('follows the rules between Alchemy, PhotoReal, style and model, and says why', async () => {
    stubApi();
    const { user } = renderSignedIn(<GeneratePanel />);
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
    const { user } = renderSignedIn(<GeneratePanel />);
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
    expect(usePendingJobs.getState().jobs).toEqual([]);
  });

  it('shows the request as cURL with $LEONARDO_API_KEY, never the key', async () => {
    stubApi();
    const { user } = renderSignedIn(<GeneratePanel />);
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
    const { user } = renderSignedIn(<GeneratePanel />);
    await user.type(screen.getByRole('textbox', { name: 'Negative prompt' }), 'blurry');
    await user.click(screen.getByRole('radio', { name: 'Fixed' }));
    await user.click(screen.getByRole('button', { name: 'Roll a new seed' }));
    const stored = JSON.parse(sessionStorage.getItem(GENERATE_FORM_STORAGE_KEY) ?? '{}');
    expect(stored).toMatchObject({ negativePrompt: 'blurry', seedMode: 'fixed' });
    expect(stored.seed).toMatch(/^\d+$/);
    expect(screen.getByRole('spinbutton', { name: 'Seed value' })).toHaveValue(Number(stored.seed));
  });
});
