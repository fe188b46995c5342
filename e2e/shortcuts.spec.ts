import { SHORTCUT_GROUPS } from '../src/lib/shortcuts-catalog.ts';
import { expect, test } from './fixtures.ts';

test.describe('keyboard shortcuts sheet', () => {
  test('? opens it anywhere but in a text field; Escape closes it and gives focus back', async ({
    signedInPage: page,
    shell,
  }) => {
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const prompt = page.getByRole('textbox', { name: 'Prompt', exact: true });
    await expect(prompt).toBeVisible();

    // A question mark in a prompt is just a question mark.
    await prompt.fill('');
    await prompt.press('Shift+Slash');
    await expect(prompt).toHaveValue('?');
    await expect(sheet).toBeHidden();

    // From the page itself, ? (Shift+/) opens the sheet with every group of the catalog.
    await shell.viewHeading('Generate').click();
    await page.keyboard.press('Shift+Slash');
    await expect(sheet).toBeVisible();
    for (const group of SHORTCUT_GROUPS) {
      await expect(sheet.getByRole('heading', { name: group.title, exact: true })).toBeVisible();
    }
    await expect(sheet.getByRole('button', { name: 'Close' })).toBeFocused();
    // Focus stays inside.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await expect(sheet.locator(':focus')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
  });

  test('the header button opens it on every view and gets focus back', async ({
    signedInPage: page,
    shell,
  }) => {
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const button = shell.header.getByRole('button', { name: 'Keyboard shortcuts' });
    for (const view of ['Canvas', 'History', 'Textures', 'Generate'] as const) {
      await shell.navLink(view).click();
      await expect(shell.viewHeading(view)).toBeVisible();
      await button.click();
      await expect(sheet).toBeVisible();
      await expect(sheet).toContainText('Canvas tools, mask mode');
      await page.keyboard.press('Escape');
      await expect(sheet).toBeHidden();
      await expect(button).toBeFocused();
    }
  });

  test('on the canvas, ? opens the sheet instead of reaching the canvas shortcuts', async ({
    signedInPage: page,
    shell,
  }) => {
    await shell.navLink('Canvas').click();
    await expect(shell.viewHeading('Canvas')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Brush' })).toBeVisible();
    await shell.viewHeading('Canvas').click();
    await page.keyboard.press('Shift+Slash');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    // While it is open, keys do not reach the canvas behind it (E would pick the eraser).
    await page.keyboard.press('e');
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(page.getByRole('button', { name: 'Brush' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
