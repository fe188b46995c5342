import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { concatBytes } from '../../../lib/image-metadata/bytes.ts';
import { pngFixture } from '../../../lib/image-metadata/image-fixtures.ts';
import { EMPTY_SETTINGS, writeSettings } from '../../../lib/image-metadata/index.ts';
import { PNG_SIGNATURE, iTXtChunk, parsePng } from '../../../lib/image-metadata/png-chunks.ts';
import { getSessionScope } from '../../../lib/session-store.ts';
import { generationFixture } from '../../../test/generation-fixture.ts';
import { jsonResponse, stubFetch } from '../../../test/fetch-stub.ts';
import { apiResponder } from '../../../test/render-signed-in.tsx';
import { DEFAULT_FORM } from '../lib/form-state.ts';
import { createPromptHistory } from '../lib/prompt-history.ts';
import { useGenerateForm } from '../store/generate-form-store.ts';
import { renderGenerate } from '../test-helpers.tsx';

const MODEL = 'b24e16ff-06e3-43eb-8d33-4416c2d75876';
const KNOWN = generationFixture({
  id: '61111111-2222-4333-8444-555555555555',
  prompt: 'a heron in the reeds',
  imageWidth: 768,
  imageHeight: 512,
  seed: 314,
});

function stubApi() {
  stubFetch(
    apiResponder((_request, path) => {
      if (path === '/platformModels') {
        return jsonResponse({
          custom_models: [
            { id: MODEL, name: 'Lightning', description: '', featured: true, nsfw: false },
          ],
        });
      }
      if (path === `/generations/${KNOWN.id}`) return jsonResponse({ generations_by_pk: KNOWN });
      if (path === '/pricing-calculator') {
        return jsonResponse({ calculateProductionApiServiceCost: { cost: 3 } });
      }
      return undefined;
    }),
  );
}

/** What A1111 writes into its PNGs' `parameters` text. */
const A1111_TEXT =
  'masterpiece, a castle on a hill\nNegative prompt: lowres\n' +
  'Steps: 20, Sampler: Euler a, CFG scale: 7, Seed: 99, Size: 512x768, Model hash: 6ce0161689, Model: dreamshaper_8';

/** What a paste event carries: text only. */
const clipboard = (text: string) => ({ files: [], getData: () => text });

const field = (name: string) => screen.getByRole('textbox', { name });
const form = () => useGenerateForm.getState().form;

beforeEach(() => {
  useGenerateForm.setState({ form: DEFAULT_FORM });
  window.history.replaceState(null, '', '/generate');
});
afterEach(() => vi.unstubAllGlobals());

describe('Generate: settings from elsewhere', { timeout: 20_000 }, () => {
  it('Prompt history recalls an earlier prompt, newest first and searchable', async () => {
    stubApi();
    const { user } = renderGenerate();
    const history = createPromptHistory(getSessionScope()!);
    await history.record('an old mill by the river');
    await history.record('a lighthouse in the fog', 'blurry');

    await user.click(screen.getByRole('button', { name: 'Prompt history' }));
    const dialog = screen.getByRole('dialog', { name: 'Prompt history' });
    const list = await within(dialog).findByRole('list', { name: 'Earlier prompts' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining('a lighthouse in the fog'),
      expect.stringContaining('an old mill by the river'),
    ]);
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search prompts' }), 'mill');
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    await user.click(within(list).getByRole('button', { name: /^an old mill by the river/ }));
    expect(screen.queryByRole('dialog', { name: 'Prompt history' })).not.toBeInTheDocument();
    expect(field('Prompt')).toHaveValue('an old mill by the river');
  });

  it('restores the settings written into an image, and says when a file has none', async () => {
    stubApi();
    const { user } = renderGenerate();
    const png = await pngFixture();
    const written = writeSettings(png, {
      ...EMPTY_SETTINGS,
      prompt: 'a red kite over the hills',
      negativePrompt: 'text',
      width: 640,
      height: 448,
      seed: 1234,
      guidanceScale: 9,
      presetStyle: 'ANIME',
      modelId: MODEL,
      generationId: KNOWN.id,
    });
    if (!written.ok) throw new Error(written.message);
    const input = screen.getByLabelText('Import settings from an image');
    await user.upload(
      input,
      new File([new Uint8Array(written.bytes)], 'kite.png', { type: 'image/png' }),
    );
    expect(
      await screen.findByText('Loaded Leonardo Studio’s settings from kite.png.'),
    ).toBeVisible();
    expect(form()).toMatchObject({
      prompt: 'a red kite over the hills',
      negativePrompt: 'text',
      width: '640',
      height: '448',
      seedMode: 'fixed',
      seed: '1234',
      guidanceScale: '9',
      presetStyle: 'ANIME',
      model: MODEL,
    });

    await user.upload(input, new File([new Uint8Array(png)], 'plain.png', { type: 'image/png' }));
    expect(await screen.findByText('plain.png holds no generation settings.')).toBeVisible();
    expect(form().prompt).toBe('a red kite over the hills');
  });

  it('reads A1111’s parameters from a PNG another tool wrote', async () => {
    stubApi();
    const { user } = renderGenerate();
    const png = parsePng(await pngFixture())!;
    const file = concatBytes([
      PNG_SIGNATURE,
      png.chunks[0]!.raw,
      iTXtChunk('parameters', A1111_TEXT),
      ...png.chunks.slice(1).map((chunk) => chunk.raw),
    ]);
    await user.upload(
      screen.getByLabelText('Import settings from an image'),
      new File([new Uint8Array(file)], 'castle.png', { type: 'image/png' }),
    );
    expect(await screen.findByText('Loaded A1111’s parameters from castle.png.')).toBeVisible();
    expect(form()).toMatchObject({
      prompt: 'masterpiece, a castle on a hill',
      negativePrompt: 'lowres',
      width: '512',
      height: '768',
      seed: '99',
      guidanceScale: '7',
    });
  });

  it('restores a generation’s settings from its pasted id', async () => {
    stubApi();
    const { user } = renderGenerate();
    await user.type(field('Generation id or image URL'), KNOWN.id);
    await user.click(screen.getByRole('button', { name: 'Load settings' }));
    expect(await screen.findByText('Loaded the settings of that generation.')).toBeVisible();
    expect(form()).toMatchObject({ prompt: 'a heron in the reeds', width: '768', seed: '314' });
    await user.clear(field('Generation id or image URL'));
    await user.type(field('Generation id or image URL'), 'not an id');
    await user.click(screen.getByRole('button', { name: 'Load settings' }));
    expect(
      await screen.findByText('That is neither a generation id nor an image URL.'),
    ).toBeVisible();
  });

  it('takes an image dropped on the view, and an id pasted outside the text fields', async () => {
    stubApi();
    renderGenerate();
    const written = writeSettings(await pngFixture(), {
      ...EMPTY_SETTINGS,
      prompt: 'a dropped lantern',
      seed: 5,
    });
    if (!written.ok) throw new Error(written.message);
    const view = screen.getByRole('region', { name: 'Generate' });
    const file = new File([new Uint8Array(written.bytes)], 'lantern.png', { type: 'image/png' });
    fireEvent.dragOver(view, { dataTransfer: { types: ['Files'], files: [file] } });
    fireEvent.drop(view, { dataTransfer: { types: ['Files'], files: [file] } });
    expect(
      await screen.findByText('Loaded Leonardo Studio’s settings from lantern.png.'),
    ).toBeVisible();
    expect(form()).toMatchObject({ prompt: 'a dropped lantern', seed: '5' });

    // Pasted into a text field it is only text; pasted on the view it is a reference.
    fireEvent.paste(field('Prompt'), { clipboardData: clipboard(KNOWN.id) });
    expect(form().prompt).toBe('a dropped lantern');
    fireEvent.paste(screen.getByRole('heading', { name: 'Generate' }), {
      clipboardData: clipboard(KNOWN.id),
    });
    expect(await screen.findByText('Loaded the settings of that generation.')).toBeVisible();
    expect(form().prompt).toBe('a heron in the reeds');
  });

  it('saves the settings as a preset, applies it and deletes it', async () => {
    stubApi();
    const { user } = renderGenerate();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Size' }), '256x256');
    await user.type(field('Preset name'), 'Small squares');
    await user.click(screen.getByRole('button', { name: 'Save preset' }));
    expect(await screen.findByText('Saved the preset “Small squares”.')).toBeVisible();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Size' }), '1024x1024');
    await user.type(field('Prompt'), 'kept as it is');
    await user.click(screen.getByRole('button', { name: 'Apply preset' }));
    expect(form()).toMatchObject({ width: '256', height: '256', prompt: 'kept as it is' });

    // The same name again asks before replacing.
    await user.type(field('Preset name'), 'small squares');
    await user.click(screen.getByRole('button', { name: 'Save preset' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Replace this preset?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));

    await user.click(screen.getByRole('button', { name: 'Delete preset' }));
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Preset' })).toHaveTextContent('No presets yet'),
    );
  });
});
