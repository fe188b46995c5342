import { expect, test } from './fixtures.ts';
import { generateForm, uniquePrompt } from './journeys.ts';
import { E2E_PORTS } from './ports.ts';
import { startSpecEngine, type SpecEngine } from './workflow-engine.ts';

// An engine of its own: two running jobs per user (LEO_ENGINE_MAX_JOBS=2), so the third request
// in a row meets the running-jobs limit. Its own port (E2E_PORTS.queue) and data directory.
const KEY = 'e2e-queue-key';
let engine: SpecEngine;
test.beforeAll(async () => {
  engine = await startSpecEngine(E2E_PORTS.queue, [KEY], { LEO_ENGINE_MAX_JOBS: '2' });
});
test.afterAll(async () => {
  await engine?.stop();
});

test.describe('the client-side queue', () => {
  test('with two job slots, five quick Generate clicks all complete, some Queued first, no error', async ({
    page,
  }) => {
    // Five real 1024² jobs, two at a time, on a two-core machine shared with other tests.
    test.slow();
    await page.goto(`${engine.origin}/generate#key=${KEY}`);
    const form = generateForm(page);
    await expect(form.prompt).toBeVisible();
    await form.size.selectOption('1024x1024');
    await form.images.selectOption('4');
    // Whether the tray ever showed a row as "Queued": watched in the page, so that a queue
    // that empties quickly on a fast machine is still seen.
    await page.evaluate(() => {
      const seen = window as unknown as { sawQueued: boolean };
      seen.sawQueued = false;
      new MutationObserver(() => {
        const jobs = document.querySelector('ul[aria-label="Jobs"]');
        if (jobs?.textContent?.includes('Queued')) seen.sawQueued = true;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });

    const prompts = Array.from({ length: 5 }, (_, i) => uniquePrompt(`e2e queued ${i + 1}`));
    for (const prompt of prompts) {
      await form.prompt.fill(prompt);
      // One click, one job: the button takes the next click once this one is settled.
      await expect(form.generate).toHaveAttribute('aria-disabled', 'false');
      await form.generate.click();
    }

    const results = page.getByRole('list', { name: 'Results' });
    for (const prompt of prompts) {
      await expect(results.getByRole('listitem', { name: prompt })).toContainText('Complete in', {
        timeout: 90_000,
      });
      await expect(results.getByRole('listitem', { name: prompt }).getByRole('img')).toHaveCount(4);
    }
    expect(await page.evaluate(() => (window as unknown as { sawQueued: boolean }).sawQueued)).toBe(
      true,
    );
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(results).not.toContainText('Failed');

    // The tray lists the newest first; once everything has finished it folds into its badge,
    // and "Clear finished" empties it.
    const button = page.getByRole('banner').getByRole('button', { name: /^Jobs/ });
    await expect(page.getByRole('region', { name: /^Jobs/ })).toHaveCount(0, { timeout: 15_000 });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    const tray = page.getByRole('region', { name: /^Jobs/ });
    await expect(tray.getByRole('listitem').first()).toContainText(prompts[4]!);
    await expect(tray.getByRole('listitem').last()).toContainText(prompts[0]!);
    await tray.getByRole('button', { name: 'Clear finished' }).click();
    await expect(button).toHaveCount(0);
    // The results stay in Generate until cleared there.
    await expect(results.getByRole('listitem')).toHaveCount(5);
  });
});
