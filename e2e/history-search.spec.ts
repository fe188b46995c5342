import { expect, test } from './fixtures.ts';
import { uniquePrompt } from './journeys.ts';
import { E2E_PORTS } from './ports.ts';
import {
  startGeneration,
  startSpecEngine,
  waitForGeneration,
  type SpecEngine,
} from './workflow-engine.ts';

// An engine of its own (E2E_PORTS.search), whose limits let the setup make 120 generations at once
// through the API, without slowing anyone else's jobs on the suite's engine.
const KEY = 'e2e-deep-history-key';
const NEWER = 120;
let engine: SpecEngine;
test.beforeAll(async () => {
  engine = await startSpecEngine(E2E_PORTS.search, [KEY], {
    LEO_ENGINE_MAX_JOBS: '500',
    LEO_ENGINE_GENERATIONS_PER_MINUTE: '1000',
  });
});
test.afterAll(async () => {
  await engine?.stop();
});

test.describe('History at any size', () => {
  test('a search finds a generation 120 deep without loading pages by hand', async ({
    page,
    request,
  }) => {
    test.slow();
    const needle = uniquePrompt('e2e deep needle');
    const deep = await startGeneration(request, engine.api, KEY, needle);
    await waitForGeneration(request, engine.api, KEY, deep);
    // 120 newer ones on top of it: real HTTP to the engine, as any client would make them.
    for (let start = 0; start < NEWER; start += 20) {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          startGeneration(request, engine.api, KEY, `e2e filler harbour ${start + i}`),
        ),
      );
    }

    // The grid's own pages are 50 long: any request for a later one would be "Load more".
    const laterPages: string[] = [];
    page.on('request', (sent) => {
      const url = new URL(sent.url());
      if (!url.pathname.includes('/generations/user/')) return;
      if (url.searchParams.get('limit') === '50' && url.searchParams.get('offset') !== '0') {
        laterPages.push(sent.url());
      }
    });
    await page.goto(`${engine.origin}/history#key=${KEY}`);
    await expect(page.getByRole('status').filter({ hasText: /^50\+ loaded$/ })).toBeVisible();
    await expect(page.getByText(`Search covers all ${NEWER + 1} generations`)).toBeVisible({
      timeout: 30_000,
    });
    await page.getByRole('searchbox', { name: 'Search prompts' }).fill('needle');
    await expect(page.getByRole('status').filter({ hasText: '1 found' })).toBeVisible();
    const history = page.getByRole('list', { name: 'History' });
    await expect(history.getByRole('listitem')).toHaveCount(1);
    await expect(history.getByRole('listitem').first()).toHaveAccessibleName(
      new RegExp(`^${needle} \\(`),
    );
    await expect(page.getByRole('button', { name: 'Load more' })).toHaveCount(0);
    expect(laterPages).toEqual([]);

    // And the deep one opens with its details, read from the server.
    await history.getByRole('listitem').first().click();
    await expect(page.getByRole('dialog', { name: 'Generation details' })).toContainText(needle);
  });
});
