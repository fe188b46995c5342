import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { KEYS, expect, signInWithLink, test, type StudioShell } from './fixtures.ts';
import { createGeneration } from './journeys.ts';

/**
 * One place that audits every view and every dialog with axe, in the light and the dark colour
 * scheme. Problems are listed by rule, impact and element, so a failure says what to fix.
 */
async function audit(page: Page, include?: string): Promise<void> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  const problems = violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    elements: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
  expect(problems).toEqual([]);
}

async function openView(shell: StudioShell, name: 'Canvas' | 'Textures'): Promise<void> {
  await shell.navLink(name).click();
  await expect(shell.viewHeading(name)).toBeVisible();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${colorScheme})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
    });

    test('the connect screen, with and without an error', async ({ page, connectPage }) => {
      test.slow();
      await connectPage.goto();
      await audit(page);
      await connectPage.connect('not-a-key-this-engine-knows');
      await expect(connectPage.error).toBeVisible();
      await audit(page);
    });

    test('Generate, Canvas and Textures', async ({ page, shell }) => {
      // axe walks the whole DOM of three views, the canvas's Konva stage among them.
      test.setTimeout(120_000);
      await signInWithLink(page);
      await expect(page.getByRole('textbox', { name: 'Prompt', exact: true })).toBeVisible();
      await expect(shell.header).toContainText('API tokens');
      await audit(page);

      // A job in the tray, with its progress, then finished.
      const form = page.getByRole('form', { name: 'Text to image' });
      await form.getByRole('textbox', { name: 'Prompt', exact: true }).fill(`a11y ${colorScheme}`);
      await form.getByRole('combobox', { name: 'Size' }).selectOption('256x256');
      await form.getByRole('button', { name: 'Generate' }).click();
      const tray = page.getByRole('region', { name: /^Jobs/ });
      await expect(tray).toBeVisible();
      await audit(page);
      await expect(tray).toContainText('all finished', { timeout: 30_000 });
      await audit(page);

      await openView(shell, 'Canvas');
      await expect(page.getByRole('button', { name: 'Brush' })).toBeVisible();
      await audit(page);
      // With a live result beside the sketch, and in mask mode.
      await page.getByLabel('Prompt').fill('a lighthouse at dusk');
      await page.getByRole('switch', { name: 'Live' }).click();
      await expect(page.getByRole('img', { name: 'Live result' })).toBeVisible({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Mask', exact: true }).click();
      await expect(page.getByRole('button', { name: 'Mask brush' })).toBeVisible();
      await audit(page);

      await openView(shell, 'Textures');
      await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0);
      await audit(page);
    });

    test('History, the detail dialog, the delete confirmation and the shortcuts sheet', async ({
      page,
      shell,
      request,
    }) => {
      test.setTimeout(120_000);
      const prompt = `a11y harbour at dusk ${colorScheme} ${Date.now().toString(36)}`;
      // Two images: the details show the image switcher too.
      await createGeneration(request, prompt, KEYS.alice, 2);
      await signInWithLink(page, KEYS.alice, '/history');
      await expect(page.getByRole('status').filter({ hasText: /loaded$/ })).toBeVisible();
      const history = page.getByRole('list', { name: 'History' });
      await expect(history.getByRole('img', { name: prompt, exact: true })).toHaveCount(2);
      await audit(page);

      await history.getByRole('img', { name: prompt, exact: true }).first().click();
      const detail = page.getByRole('dialog', { name: 'Generation details' });
      await expect(detail).toContainText('Image 1 of 2');
      await audit(page);

      await detail.getByRole('button', { name: 'Delete' }).click();
      const confirm = page.getByRole('alertdialog', { name: 'Delete this generation?' });
      await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
      await audit(page);
      await page.keyboard.press('Escape');
      await expect(confirm).toBeHidden();
      await page.keyboard.press('Escape');
      await expect(detail).toBeHidden();

      await shell.header.getByRole('button', { name: 'Keyboard shortcuts' }).click();
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
      await audit(page);
    });
  });
}
