import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { escapeRegExp, generateForm, uniquePrompt } from './journeys.ts';

const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1400, height: 900 },
  { width: 390, height: 844 },
];

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('Not laid out');
  return found;
}

const overlap = (a: DOMRectLike, b: DOMRectLike) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
type DOMRectLike = { x: number; y: number; width: number; height: number };

test.describe('Generate shows its results', () => {
  test('results appear in the view, beside the tray, never under it', async ({
    signedInPage: page,
    shell,
  }) => {
    test.slow();
    await page.setViewportSize({ width: 1280, height: 720 });
    const prompt = uniquePrompt('e2e results harbour');
    const form = generateForm(page);
    await form.prompt.fill(prompt);
    await form.size.selectOption('256x256');
    await form.images.selectOption('2');
    const bar = page.getByRole('group', { name: 'Send' });
    // The engine answers the pricing calculator: the cost is known before sending.
    await expect(bar).toContainText(/Estimated cost: ≈ \d+ credits?/);
    await form.generate.click();

    const results = page.getByRole('region', { name: 'Results' });
    const card = results.getByRole('listitem', { name: prompt });
    await expect(card).toBeVisible();
    const tray = page.getByRole('region', { name: /^Jobs/ });
    await expect(tray).toBeVisible();
    expect(overlap(await box(tray), await box(results))).toBe(false);
    expect(overlap(await box(tray), await box(bar))).toBe(false);
    await expect(bar.getByRole('button', { name: 'Generate' })).toBeInViewport();

    await expect(card.getByRole('img', { name: prompt, exact: true })).toHaveCount(2, {
      timeout: 30_000,
    });
    await expect(card).toContainText('Complete in');
    expect(overlap(await box(tray), await box(results))).toBe(false);

    // Details lead to the generation in History.
    await card.getByRole('button', { name: 'Details' }).click();
    await expect(shell.viewHeading('History')).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Generation details' })).toContainText(prompt);
  });

  for (const viewport of VIEWPORTS) {
    test(`Generate is in reach at ${viewport.width}×${viewport.height}, and the tray covers nothing`, async ({
      signedInPage: page,
    }) => {
      await page.setViewportSize(viewport);
      const form = generateForm(page);
      await expect(form.generate).toBeInViewport();
      await form.prompt.fill(uniquePrompt(`e2e reach ${viewport.width}`));
      await form.size.selectOption('256x256');
      await form.images.selectOption('1');
      await form.generate.click();
      const tray = page.getByRole('region', { name: /^Jobs/ });
      await expect(tray).toBeVisible();
      const bar = page.getByRole('group', { name: 'Send' });
      await expect(form.generate).toBeInViewport();
      expect(overlap(await box(tray), await box(bar))).toBe(false);
      expect(
        overlap(await box(tray), await box(page.getByRole('region', { name: 'Results' }))),
      ).toBe(false);
    });
  }

  test('Prompt history recalls an earlier prompt', async ({ signedInPage: page }) => {
    const earlier = uniquePrompt('e2e remembered lighthouse');
    const form = generateForm(page);
    await form.prompt.fill(earlier);
    await form.size.selectOption('256x256');
    await form.images.selectOption('1');
    await form.generate.click();
    await expect(page.getByRole('status').filter({ hasText: 'Started' })).toBeVisible();

    await form.prompt.fill('something else entirely');
    await page.getByRole('button', { name: 'Prompt history' }).click();
    const dialog = page.getByRole('dialog', { name: 'Prompt history' });
    await dialog.getByRole('searchbox', { name: 'Search prompts' }).fill('remembered');
    // Each earlier prompt is a button named by the prompt (then when it was used).
    await dialog.getByRole('button', { name: new RegExp(`^${escapeRegExp(earlier)}`) }).click();
    await expect(dialog).toBeHidden();
    await expect(form.prompt).toHaveValue(earlier);
  });
});
