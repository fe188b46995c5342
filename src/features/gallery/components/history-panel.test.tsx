import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Generation } from '../../../../contract/index.ts';
import { generationFixture, imageFixture } from '../../../test/generation-fixture.ts';
import { giveElementsASize } from '../../../test/jsdom-layout.ts';
import { passTime, useFakeTime } from '../../../test/fake-time.ts';
import { jsonResponse, stubFetch } from '../../../test/fetch-stub.ts';
import {
  ALICE_ID,
  TEST_BASE_URL,
  apiResponder,
  renderSignedIn,
} from '../../../test/render-signed-in.tsx';
import { scopeOf } from '../../../lib/session-store.ts';
import { createIdbHistoryStorage } from '../lib/history-index/index.ts';
import { useHistoryUi } from '../store/history-ui-store.ts';
import type { AnimateOutcome, HistoryActions } from '../lib/history-actions.ts';
import { HistoryPanel } from './history-panel.tsx';

giveElementsASize();

let stored: Generation[] = [];
let refuseDeletes = false;
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
        return generation ? jsonResponse({ generations_by_pk: generation }) : undefined;
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

beforeEach(async () => {
  // Each test starts from an empty local index: the same user's database outlives a test.
  const storage = createIdbHistoryStorage(scopeOf(TEST_BASE_URL, ALICE_ID));
  await storage.clearEntries();
  await storage.putFavourites([]);
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
  deleted.length = 0;
  useHistoryUi.getState().resetFilters();
  window.history.replaceState(null, '', '/history');
  actions = {
    onAnimate: vi.fn(async () => ({ status: 'sent' as const })),
    onReuse: vi.fn(),
    onOpenInCanvas: vi.fn(),
    onUseAsInit: vi.fn(),
    onDeleted: vi.fn(),
    jobCost: () => null,
  };
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

let actions: HistoryActions;
const renderPanel = () => renderSignedIn(<HistoryPanel {...actions} />);
async function renderHistory() {
  stubHistory();
  const view = renderPanel();
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
    const pending = within(list).getByRole('listitem', { name: 'generation 5 (generating)' });
    expect(pending).toHaveTextContent('Generating…');
    // The pulse is a layer under the text, and only where motion is welcome: a fading text
    // would drop below readable contrast mid-animation.
    for (const text of within(pending).getAllByText('Generating…')) {
      expect(text.className).not.toMatch(/animate/);
    }
    expect(pending.querySelector('[aria-hidden="true"]')).toHaveClass('motion-safe:animate-pulse');
  });

  it('watches a pending generation through its job query and fills it in when it completes', async () => {
    useFakeTime();
    const { requests } = stubHistory();
    renderPanel();
    await passTime(100);
    const pending = stored[5]!;
    const looks = () => requests.filter((r) => r.url.endsWith(`/generations/${pending.id}`)).length;
    const list = screen.getByRole('list', { name: 'History' });
    expect(within(list).getByRole('listitem', { name: 'generation 5 (generating)' })).toBeVisible();
    expect(looks()).toBe(1);
    // Done on the server: the next look, a second later, sees it, and the list is read again.
    stored[5] = { ...pending, status: 'COMPLETE', generated_images: [imageFixture()] };
    await passTime(1_000);
    expect(looks()).toBe(2);
    // Its answer, then the list read again.
    await passTime(200);
    expect(within(list).getByRole('img', { name: 'generation 5' })).toBeInTheDocument();
    expect(
      within(list).queryByRole('listitem', { name: 'generation 5 (generating)' }),
    ).not.toBeInTheDocument();
    expect(requests.filter((r) => r.url.includes('/generations/user/')).length).toBeGreaterThan(1);
    // Settled: never looked at again.
    await passTime(30_000);
    expect(looks()).toBe(2);
  });

  it('searches all of History through the local index, not only the loaded pages', async () => {
    const { user, list } = await renderHistory();
    expect(await screen.findByText('Search covers all 120 generations')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search prompts' }), 'FOX');
    // Ten of every hundred have a fox: 12 in all, most of them past the first page.
    expect(screen.getByText('12 found')).toBeInTheDocument();
    expect(
      await within(list).findByRole('listitem', { name: /^generation 113 with a fox / }),
    ).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Search prompts' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Pending');
    expect(screen.getByText('1 found')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Motion');
    expect(screen.getByText('No generation matches these filters.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByText('50+ loaded')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Kind' })).toHaveValue('all');
  });

  it('says so when there is nothing yet, and leads to Generate', async () => {
    stored = [];
    stubHistory();
    renderPanel();
    expect(await screen.findByText('Nothing here yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Generate images' })).toHaveAttribute(
      'href',
      '/generate',
    );
  });

  it('shows a failed load with its message and a retry, not an empty grid', async () => {
    useFakeTime();
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
    renderPanel();
    // A 5xx is tried three times, a second and then two seconds apart, before it is shown.
    await passTime(100);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await passTime(3_100);
    const alert = screen.getByRole('alert');
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
    expect(within(dialog).getByRole('button', { name: 'Download' })).toBeEnabled();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens the image shown in the canvas', async () => {
    const { user, list } = await renderHistory();
    await user.click(within(list).getByRole('listitem', { name: /^generation 0 / }));
    const dialog = await screen.findByRole('dialog', { name: 'Generation details' });
    await user.click(within(dialog).getByRole('button', { name: 'Next image' }));
    await user.click(within(dialog).getByRole('button', { name: 'Open in canvas' }));
    expect(actions.onOpenInCanvas).toHaveBeenCalledWith(
      stored[0]!.generated_images[1]!.id,
      stored[0]!.id,
    );
  });

  it('hands "Reuse prompt" to the app with the generation’s id', async () => {
    const { user, list } = await renderHistory();
    await user.click(within(list).getByRole('listitem', { name: /^generation 2 / }));
    await user.click(await screen.findByRole('button', { name: 'Reuse prompt' }));
    expect(actions.onReuse).toHaveBeenCalledWith(stored[2]!.id);
  });

  it('keeps the open details in the address: ?open=<id> opens them, closing removes it', async () => {
    window.history.replaceState(null, '', `/history?open=${stored[4]!.id}`);
    const { user } = await renderHistory();
    const dialog = await screen.findByRole('dialog', { name: 'Generation details' });
    expect(dialog).toHaveTextContent('Promptgeneration 4');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(window.location.search).toBe('');
    await user.click(screen.getByRole('listitem', { name: /^generation 6 / }));
    expect(window.location.search).toBe(`?open=${stored[6]!.id}`);
  });

  it('asks for one motion job however fast Animate is pressed, and keeps focus in the details', async () => {
    let answer: (outcome: AnimateOutcome) => void = () => {};
    actions.onAnimate = vi.fn(() => new Promise<AnimateOutcome>((resolve) => (answer = resolve)));
    const { user, list } = await renderHistory();
    await user.click(await within(list).findByRole('listitem', { name: /^generation 1 / }));
    const dialog = await screen.findByRole('dialog', { name: 'Generation details' });
    const animate = within(dialog).getByRole('button', { name: 'Animate' });
    await user.dblClick(animate);
    act(() => {
      animate.click();
      animate.click();
    });
    expect(animate).toHaveAttribute('aria-disabled', 'true');
    expect(animate).toHaveFocus();
    expect(actions.onAnimate).toHaveBeenCalledOnce();
    expect(actions.onAnimate).toHaveBeenCalledWith({
      body: { imageId: stored[1]!.generated_images[0]!.id, motionStrength: 5, isPublic: false },
      label: 'generation 1',
    });
    await act(async () => answer({ status: 'sent' }));
    expect(await within(dialog).findByText(/^Animating:/)).toBeVisible();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows why Animate was refused and lets the user try again', async () => {
    actions.onAnimate = vi
      .fn<HistoryActions['onAnimate']>()
      .mockResolvedValueOnce({ status: 'failed', message: 'Not enough tokens.' })
      .mockResolvedValueOnce({ status: 'sent' });
    const { user, list } = await renderHistory();
    await user.click(await within(list).findByRole('listitem', { name: /^generation 1 / }));
    const dialog = await screen.findByRole('dialog', { name: 'Generation details' });
    await user.click(within(dialog).getByRole('button', { name: 'Animate' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Not enough tokens.');
    await user.click(within(dialog).getByRole('button', { name: 'Animate' }));
    expect(await within(dialog).findByText(/^Animating:/)).toBeVisible();
    expect(actions.onAnimate).toHaveBeenCalledTimes(2);
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
    await waitFor(() => expect(actions.onDeleted).toHaveBeenCalledWith([target.id]));
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
