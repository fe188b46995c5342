import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Generation } from '../../../../contract/index.ts';
import { useGenerationHandoff } from '../../../lib/generation-handoff.ts';
import { generationFixture, imageFixture } from '../../../test/generation-fixture.ts';
import { jsonResponse, stubFetch } from '../../../test/fetch-stub.ts';
import { ALICE_ID, apiResponder, renderSignedIn } from '../../../test/render-signed-in.tsx';
import { useHistoryUi } from '../store/history-ui-store.ts';
import { HistoryPanel } from './history-panel.tsx';

// jsdom lays nothing out: give every element a size so the virtualizer has a viewport to fill.
const size = { clientWidth: 1000, clientHeight: 700 };
const original: Record<string, PropertyDescriptor | undefined> = {};
beforeAll(() => {
  for (const [name, value] of Object.entries(size)) {
    original[name] = Object.getOwnPropertyDescriptor(HTMLElement.prototype, name);
    Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get: () => value });
  }
});
afterAll(() => {
  for (const [name, descriptor] of Object.entries(original)) {
    if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
  }
});

let stored: Generation[] = [];
let refuseDeletes = false;
/** What GET /generations/{id} answers: the stored generation as it is, unless a test says. */
let pendingAnswer = (generation: Generation): Generation => generation;
const deleted: string[] = [];

function stubHistory() {
  return stubFetch(
    apiResponder((request, path) => {
      const url = new URL(request.url);
      if (path.startsWith(`/generations/user/${ALICE_ID}`)) {
        const offset = Number(url.searchParams.get('offset'));
        const limit = Number(url.searchParams.get('limit'));
        return jsonResponse({ generations: stored.slice(offset, offset + limit) });
      }
      if (path === '/platformModels') return jsonResponse({ custom_models: [] });
      const match = /^\/generations\/([\w-]+)$/.exec(path);
      if (match && request.method === 'GET') {
        const generation = stored.find((g) => g.id === match[1]);
        return generation
          ? jsonResponse({ generations_by_pk: pendingAnswer(generation) })
          : undefined;
      }
      if (match && request.method === 'DELETE') {
        if (refuseDeletes) {
          return jsonResponse(
            { error: 'Generation is locked', path: '$', code: 'bad-request' },
            { status: 400 },
          );
        }
        deleted.push(match[1]!);
        stored = stored.filter((g) => g.id !== match[1]);
        return jsonResponse({ delete_generations_by_pk: { id: match[1] } });
      }
      return undefined;
    }),
  );
}

beforeEach(() => {
  stored = Array.from({ length: 120 }, (_, i) =>
    generationFixture({
      prompt: `generation ${i}${i % 10 === 3 ? ' with a fox' : ''}`,
      imageWidth: 256,
      imageHeight: 256,
      generated_images: i === 0 ? [imageFixture(), imageFixture()] : [imageFixture()],
    }),
  );
  stored[5] = { ...stored[5]!, status: 'PENDING', generated_images: [] };
  refuseDeletes = false;
  pendingAnswer = (generation) => generation;
  deleted.length = 0;
  useHistoryUi.getState().resetFilters();
  useGenerationHandoff.setState({ openId: null, reuseId: null });
});
afterEach(() => vi.unstubAllGlobals());

async function renderHistory() {
  stubHistory();
  const view = renderSignedIn(<HistoryPanel />);
  const list = await screen.findByRole('list', { name: 'History' });
  await within(list).findAllByRole('img', { name: 'generation 0' });
  return { ...view, list };
}

describe('HistoryPanel', { timeout: 20_000 }, () => {
  it('shows the first page in a virtualized list, images named by their prompt', async () => {
    const { list } = await renderHistory();
    expect(within(list).getAllByRole('img', { name: 'generation 0' })).toHaveLength(2);
    const items = within(list).getAllByRole('listitem');
    // 5 columns, 4 rows in view and one either side: far fewer than the 50 loaded.
    expect(items.length).toBeLessThanOrEqual(30);
    expect(items[0]).toHaveAttribute('aria-setsize', '50');
    expect(screen.getByText('50+ loaded')).toBeInTheDocument();
    expect(
      within(list).getByRole('listitem', { name: 'generation 5 (generating)' }),
    ).toHaveTextContent('Generating…');
  });

  it('fills in a pending generation when it completes', async () => {
    pendingAnswer = (generation) =>
      generation.status === 'PENDING'
        ? { ...generation, status: 'COMPLETE', generated_images: [imageFixture()] }
        : generation;
    const { list } = await renderHistory();
    expect(await within(list).findByRole('img', { name: 'generation 5' })).toBeInTheDocument();
    expect(
      within(list).queryByRole('listitem', { name: 'generation 5 (generating)' }),
    ).not.toBeInTheDocument();
  });

  it('filters what is loaded by search, kind and status', async () => {
    const { user } = await renderHistory();
    await user.type(screen.getByRole('searchbox', { name: 'Search prompts' }), 'FOX');
    expect(screen.getByText('5 of 50+ loaded')).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Search prompts' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Pending');
    expect(screen.getByText('1 of 50+ loaded')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Motion');
    expect(screen.getByText('No loaded generation matches these filters.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Load more' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByText('50+ loaded')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Kind' })).toHaveValue('all');
  });

  it('says so when there is nothing yet, and leads to Generate', async () => {
    stored = [];
    stubHistory();
    renderSignedIn(<HistoryPanel />);
    expect(await screen.findByText('Nothing here yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Generate images' })).toHaveAttribute(
      'href',
      '/generate',
    );
  });

  it('shows a failed load with its message and a retry, not an empty grid', async () => {
    stubFetch(
      apiResponder((_request, path) =>
        path.startsWith('/generations/user/')
          ? jsonResponse(
              { error: 'database is busy', path: '$', code: 'unexpected' },
              { status: 500 },
            )
          : undefined,
      ),
    );
    renderSignedIn(<HistoryPanel />);
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('Could not load your history: database is busy');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.queryByText('Nothing here yet')).not.toBeInTheDocument();
  });

  it('moves with the arrow keys and opens the detail view with Enter', async () => {
    const { user, list } = await renderHistory();
    const first = within(list).getByRole('listitem', { name: /^generation 0 / });
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(within(list).getByRole('listitem', { name: /^generation 1 / })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(list).getByRole('listitem', { name: /^generation 6 / })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowLeft}{Enter}');

    const dialog = await screen.findByRole('dialog', { name: 'Generation details' });
    expect(dialog).toHaveTextContent('Promptgeneration 0');
    expect(dialog).toHaveTextContent('Size256 × 256');
    expect(dialog).toHaveTextContent('Seed42');
    expect(within(dialog).getByText('Image 1 of 2')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByText('Image 2 of 2')).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Download' })).toHaveAttribute('download');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens the image shown in the canvas', async () => {
    const { user, list } = await renderHistory();
    await user.click(within(list).getByRole('listitem', { name: /^generation 0 / }));
    const dialog = await screen.findByRole('dialog', { name: 'Generation details' });
    await user.click(within(dialog).getByRole('button', { name: 'Next image' }));
    await user.click(within(dialog).getByRole('button', { name: 'Open in canvas' }));
    expect(window.location.pathname).toBe('/canvas');
    const search = new URLSearchParams(window.location.search);
    expect(search.get('open')).toBe(stored[0]!.generated_images[1]!.id);
    expect(search.get('generation')).toBe(stored[0]!.id);
  });

  it('hands "Reuse prompt" to the Generate view', async () => {
    const { user, list } = await renderHistory();
    await user.click(within(list).getByRole('listitem', { name: /^generation 2 / }));
    await user.click(await screen.findByRole('button', { name: 'Reuse prompt' }));
    expect(useGenerationHandoff.getState().reuseId).toBe(stored[2]!.id);
    expect(window.location.pathname).toBe('/generate');
  });

  it('asks before deleting, removes at once, and keeps it gone', async () => {
    const { user, list } = await renderHistory();
    const target = stored[1]!;
    within(list)
      .getByRole('listitem', { name: /^generation 1 / })
      .focus();
    await user.keyboard('{Delete}');
    const confirm = screen.getByRole('alertdialog', { name: 'Delete this generation?' });
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    expect(
      within(list).queryByRole('listitem', { name: /^generation 1 / }),
    ).not.toBeInTheDocument();
    await waitFor(() => expect(deleted).toEqual([target.id]));
    // Focus moves to the item that took its place.
    await waitFor(() =>
      expect(within(list).getByRole('listitem', { name: /^generation 2 / })).toHaveFocus(),
    );
  });

  it('puts an item back with the error when the server refuses', async () => {
    refuseDeletes = true;
    const { user, list } = await renderHistory();
    within(list)
      .getByRole('listitem', { name: /^generation 3 / })
      .focus();
    await user.keyboard('{Delete}');
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Not deleted: Generation is locked');
    expect(within(list).getByRole('listitem', { name: /^generation 3 / })).toBeInTheDocument();
  });

  it('deletes several selected generations together', async () => {
    const { user, list } = await renderHistory();
    await user.click(within(list).getByRole('checkbox', { name: 'Select: generation 7' }));
    await user.click(within(list).getByRole('checkbox', { name: 'Select: generation 8' }));
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete selected' }));
    await user.click(
      within(screen.getByRole('alertdialog', { name: 'Delete 2 generations?' })).getByRole(
        'button',
        { name: 'Delete' },
      ),
    );
    await waitFor(() => expect(deleted).toHaveLength(2));
    expect(within(list).queryByRole('img', { name: 'generation 7' })).not.toBeInTheDocument();
    expect(within(list).queryByRole('img', { name: 'generation 8' })).not.toBeInTheDocument();
  });
});
