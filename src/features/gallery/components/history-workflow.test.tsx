import { screen, waitFor, within } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Generation } from '../../../../contract/index.ts';
import { pngFixture } from '../../../lib/image-metadata/image-fixtures.ts';
import { readSettings } from '../../../lib/image-metadata/index.ts';
import { scopeOf } from '../../../lib/session-store.ts';
import { generationFixture, imageFixture } from '../../../test/generation-fixture.ts';
import { giveElementsASize } from '../../../test/jsdom-layout.ts';
import { jsonResponse, stubFetch } from '../../../test/fetch-stub.ts';
import {
  ALICE_ID,
  TEST_BASE_URL,
  apiResponder,
  renderSignedIn,
} from '../../../test/render-signed-in.tsx';
import type { HistoryActions } from '../lib/history-actions.ts';
import { createIdbHistoryStorage } from '../lib/history-index/index.ts';
import { useHistoryUi } from '../store/history-ui-store.ts';
import { HistoryPanel } from './history-panel.tsx';

giveElementsASize();

let stored: Generation[] = [];
let png: Uint8Array;

/** The API, and the image files it points at (the engine's /files, same origin here). */
function stubServer() {
  const list = apiResponder((request, path) => {
    const url = new URL(request.url);
    if (path.startsWith(`/generations/user/${ALICE_ID}`)) {
      const offset = Number(url.searchParams.get('offset'));
      const limit = Number(url.searchParams.get('limit'));
      return jsonResponse({ generations: stored.slice(offset, offset + limit) });
    }
    if (path === '/platformModels') return jsonResponse({ custom_models: [] });
    const match = /^\/generations\/([\w-]+)$/.exec(path);
    const generation = match && stored.find((g) => g.id === match[1]);
    return generation ? jsonResponse({ generations_by_pk: generation }) : undefined;
  });
  return stubFetch((request) =>
    request.url.includes('/files/')
      ? new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } })
      : list(request),
  );
}

const actions: HistoryActions = {
  onAnimate: vi.fn(async () => ({ status: 'sent' as const })),
  onReuse: vi.fn(),
  onOpenInCanvas: vi.fn(),
  onUseAsInit: vi.fn(),
  onDeleted: vi.fn(),
  jobCost: () => null,
};

async function renderHistory() {
  stubServer();
  const view = renderSignedIn(<HistoryPanel {...actions} />);
  const list = await screen.findByRole('list', { name: 'History' });
  await within(list).findAllByRole('img', { name: 'generation 0' });
  const tile = (n: number) =>
    within(list).getByRole('listitem', { name: new RegExp(`^generation ${n} `) });
  const checkbox = (n: number) =>
    within(list).getByRole('checkbox', { name: `Select: generation ${n}` });
  return { ...view, list, tile, checkbox };
}

beforeAll(async () => {
  png = await pngFixture();
});
beforeEach(async () => {
  const storage = createIdbHistoryStorage(scopeOf(TEST_BASE_URL, ALICE_ID));
  await storage.clearEntries();
  await storage.putFavourites([]);
  stored = Array.from({ length: 60 }, (_, i) =>
    generationFixture({
      prompt: `generation ${i}`,
      seed: 1000 + i,
      imageWidth: 256,
      imageHeight: 256,
      generated_images: [imageFixture()],
    }),
  );
  useHistoryUi.getState().resetFilters();
  window.history.replaceState(null, '', '/history');
});
afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

describe('History: selection, favourites, compare and bulk download', { timeout: 20_000 }, () => {
  it('selects by checkbox, a range with Shift, one more with Ctrl, or all', async () => {
    const { user, checkbox, tile } = await renderHistory();
    await user.click(checkbox(2));
    await user.keyboard('{Shift>}');
    await user.click(checkbox(5));
    await user.keyboard('{/Shift}');
    expect(screen.getByText('4 selected')).toBeInTheDocument();
    for (const n of [2, 3, 4, 5]) expect(checkbox(n)).toBeChecked();
    expect(checkbox(6)).not.toBeChecked();
    // Ctrl-click on a tile adds it without opening it; a plain click opens.
    await user.keyboard('{Control>}');
    await user.click(tile(9));
    await user.keyboard('{/Control}');
    expect(screen.getByText('5 selected')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Select all' }));
    await waitFor(() => expect(screen.getByText('60 selected')).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByText(/selected$/)).not.toBeInTheDocument();
  });

  it('keeps favourites, marks them and filters by them', async () => {
    const { user, tile, list } = await renderHistory();
    await user.click(tile(3));
    const dialog = await screen.findByRole('dialog', { name: 'Generation details' });
    const favourite = within(dialog).getByRole('button', { name: 'Favourite' });
    expect(favourite).toHaveAttribute('aria-pressed', 'false');
    await user.click(favourite);
    expect(favourite).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{Escape}');
    expect(
      within(list).getByRole('listitem', { name: 'generation 3 (1 image · 256×256 · favourite)' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Favourites only' }));
    expect(await screen.findByText('1 found')).toBeInTheDocument();
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  });

  it('copies the POST /generations that makes the images again', async () => {
    const { user, tile } = await renderHistory();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(tile(4));
    const dialog = await screen.findByRole('dialog', { name: 'Generation details' });
    await user.click(within(dialog).getByRole('button', { name: 'Copy as cURL' }));
    const command = writeText.mock.calls[0]?.[0] as string;
    expect(command).toContain(`curl --request POST '${TEST_BASE_URL}/generations'`);
    expect(command).toContain('"prompt": "generation 4"');
    expect(command).toContain('"seed": 1004');
    expect(command).toContain('$LEONARDO_API_KEY');
    await user.click(within(dialog).getByRole('button', { name: 'Use as init image' }));
    expect(actions.onUseAsInit).toHaveBeenCalledWith(stored[4]!.generated_images[0]!.id);
  });

  it('compares two selected generations under the before/after slider', async () => {
    const { user, checkbox } = await renderHistory();
    await user.click(checkbox(1));
    await user.click(checkbox(7));
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    const dialog = screen.getByRole('dialog', { name: 'Compare generations' });
    expect(
      within(dialog).getByRole('img', { name: 'Compared generations: first' }),
    ).toHaveAttribute('src', stored[1]!.generated_images[0]!.url);
    expect(within(dialog).getByRole('slider', { name: 'Compare position' })).toHaveValue('50');
    expect(dialog).toHaveTextContent('generation 7');
  });

  it('downloads the selection as one ZIP, settings in every file and generations.json', async () => {
    const saved: Blob[] = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => {
          saved.push(blob);
          return 'blob:zip';
        },
        revokeObjectURL: () => {},
      }),
    );
    const { user, checkbox } = await renderHistory();
    await user.click(checkbox(0));
    // One past the loaded page, found through the index: it is read with GET /generations/{id}.
    await user.type(screen.getByRole('searchbox', { name: 'Search prompts' }), '55');
    await user.click(await screen.findByRole('checkbox', { name: 'Select: generation 55' }));
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download selected' }));
    expect(
      await screen.findByText(/^Saved leonardo-studio-.*\.zip: 2 images with their settings/),
    ).toBeInTheDocument();
    const files = unzipSync(new Uint8Array(await saved[0]!.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual([
      'generation-0-1000.png',
      'generation-55-1055.png',
      'generations.json',
    ]);
    expect(readSettings(files['generation-55-1055.png']!)?.settings).toMatchObject({
      prompt: 'generation 55',
      seed: 1055,
      generationId: stored[55]!.id,
    });
    const manifest = JSON.parse(strFromU8(files['generations.json']!)) as {
      generations: Array<{ id: string }>;
    };
    expect(manifest.generations.map((g) => g.id)).toEqual([stored[0]!.id, stored[55]!.id]);
  });
});
