import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The Generate form, found by role and name as a user finds it. */
class GenerateForm {
  readonly form: Locator;
  readonly prompt: Locator;
  readonly size: Locator;
  readonly width: Locator;
  readonly height: Locator;
  readonly images: Locator;
  readonly guidance: Locator;
  readonly seed: Locator;
  readonly model: Locator;
  readonly generate: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Text to image' });
    this.prompt = this.form.getByRole('textbox', { name: 'Prompt', exact: true });
    this.size = this.form.getByRole('combobox', { name: 'Size' });
    this.width = this.form.getByRole('spinbutton', { name: 'Width' });
    this.height = this.form.getByRole('spinbutton', { name: 'Height' });
    this.images = this.form.getByRole('combobox', { name: 'Number of images' });
    this.guidance = this.form.getByRole('spinbutton', { name: 'Guidance scale' });
    this.seed = this.form.getByRole('spinbutton', { name: 'Seed value' });
    this.model = this.form.getByRole('combobox', { name: 'Model', exact: true });
    this.generate = this.form.getByRole('button', { name: 'Generate' });
    this.error = this.form.getByRole('alert');
  }
}

/** A prompt no other test (or earlier run against the same engine) uses. */
const uniquePrompt = (what: string) =>
  `${what} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('generate and history', () => {
  test('generate two images, follow the job, find them in History, reuse and delete', async ({
    signedInPage: page,
    shell,
  }) => {
    // Real jobs on a two-core machine shared with other tests.
    test.slow();
    const prompt = uniquePrompt('e2e lighthouse on a cliff');
    const generate = new GenerateForm(page);
    await expect(shell.viewHeading('Generate')).toBeVisible();
    await generate.prompt.fill(prompt);
    await generate.size.selectOption('256x256');
    await generate.images.selectOption('2');
    await generate.guidance.fill('9');
    await generate.form.getByRole('radio', { name: 'Fixed' }).check();
    await generate.seed.fill('4242');
    // The request can be read before it is sent, with the key left to the shell.
    const curl = page.getByLabel('Request as cURL');
    await expect(curl).toContainText('"num_images": 2');
    await expect(curl).toContainText('Bearer $LEONARDO_API_KEY');
    await expect(curl).not.toContainText('e2e-alice-key');
    await generate.generate.click();

    const tray = page.getByRole('region', { name: /^Jobs/ });
    const job = tray.getByRole('listitem').filter({ hasText: prompt });
    await expect(job).toContainText('Text to image');
    await expect(
      page.getByRole('status').filter({ hasText: `Text to image finished: ${prompt}` }),
    ).toBeAttached({ timeout: 30_000 });
    await expect(job).toContainText('Complete');

    // The finished job opens its generation in History.
    await job.getByRole('button', { name: 'Open images' }).click();
    await expect(shell.viewHeading('History')).toBeVisible();
    const detail = page.getByRole('dialog', { name: 'Generation details' });
    await expect(detail).toBeVisible();
    await expect(detail).toContainText(prompt);
    await expect(detail).toContainText('Size256 × 256');
    await expect(detail).toContainText('Seed4242');
    await expect(detail).toContainText('Guidance scale9');
    await expect(detail).toContainText('Image 1 of 2');
    await page.keyboard.press('ArrowRight');
    await expect(detail).toContainText('Image 2 of 2');
    await expect(detail.getByRole('button', { name: 'Open in canvas' })).toBeEnabled();
    expect((await new AxeBuilder({ page }).include('dialog[open]').analyze()).violations).toEqual(
      [],
    );
    await page.keyboard.press('Escape');
    await expect(detail).toBeHidden();

    const history = page.getByRole('list', { name: 'History' });
    await expect(history.getByRole('img', { name: prompt, exact: true })).toHaveCount(2);

    // Open it again from the grid and send its settings back to Generate.
    const tile = history.getByRole('listitem', { name: new RegExp(`^${escapeRegExp(prompt)} `) });
    await tile.click();
    await detail.getByRole('button', { name: 'Reuse prompt' }).click();
    await expect(shell.viewHeading('Generate')).toBeVisible();
    await expect(generate.prompt).toHaveValue(prompt);
    await expect(generate.width).toHaveValue('256');
    await expect(generate.height).toHaveValue('256');
    await expect(generate.images).toHaveValue('2');
    await expect(generate.guidance).toHaveValue('9');
    await expect(generate.seed).toHaveValue('4242');

    // Delete it from the grid by keyboard; it is gone at once and after a reload.
    await shell.navLink('History').click();
    await tile.focus();
    await page.keyboard.press('Delete');
    const confirm = page.getByRole('alertdialog', { name: 'Delete this generation?' });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(history.getByRole('img', { name: prompt, exact: true })).toHaveCount(0);
    await page.reload();
    await expect(shell.viewHeading('History')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /loaded$/ })).toBeVisible();
    await expect(history.getByRole('img', { name: prompt, exact: true })).toHaveCount(0);
  });

  test('an error only the server can find shows its message and keeps the form', async ({
    signedInPage: page,
  }) => {
    // The studio checks sizes, image counts and the rules between Alchemy, PhotoReal and the
    // model before sending, so none of those can reach the engine wrong. What it cannot know
    // is whether a model id typed by hand (a custom or fine-tuned model) exists on the server:
    // the engine answers 400 validation-failed at $.modelId, a real answer from the real engine.
    const prompt = uniquePrompt('e2e unknown model');
    const generate = new GenerateForm(page);
    await generate.prompt.fill(prompt);
    await generate.size.selectOption('256x256');
    await generate.model.selectOption({ label: 'Other model id…' });
    await generate.form.getByRole('textbox', { name: 'Model id' }).fill('no-such-model');
    // Ctrl+Enter sends from the keyboard.
    await generate.prompt.press('Control+Enter');

    await expect(generate.error).toHaveText(
      'modelId "no-such-model" is not a model of this server',
    );
    await expect(generate.prompt).toHaveValue(prompt);
    await expect(generate.form.getByRole('textbox', { name: 'Model id' })).toHaveValue(
      'no-such-model',
    );
    // Every field survives a reload of the tab.
    await page.reload();
    await expect(generate.prompt).toHaveValue(prompt);
    await expect(generate.width).toHaveValue('256');
    await expect(generate.form.getByRole('textbox', { name: 'Model id' })).toHaveValue(
      'no-such-model',
    );
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the Generate and History views have no axe violations (${colorScheme})`, async ({
      signedInPage: page,
      shell,
    }) => {
      // axe walks the whole DOM; on a busy two-core machine that alone takes seconds.
      test.slow();
      await page.emulateMedia({ colorScheme });
      await expect(new GenerateForm(page).prompt).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      await shell.navLink('History').click();
      await expect(page.getByRole('status').filter({ hasText: /loaded$/ })).toBeVisible();
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    });
  }
});
