import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

const VIEWS = ['Canvas', 'Generate', 'History', 'Textures'] as const;

test.describe('page shell', () => {
  // Views are built by their features; the shell's contract is that each has its own path and
  // a level-1 heading with its name.
  test('every view is reachable from the navigation, with its own path', async ({
    signedInPage,
    shell,
  }) => {
    for (const name of VIEWS) {
      await shell.navLink(name).click();
      await expect(signedInPage).toHaveURL(`/${name.toLowerCase()}`);
      await expect(shell.viewHeading(name)).toBeVisible();
      await expect(shell.navLink(name)).toHaveAttribute('aria-current', 'page');
    }
    await signedInPage.goBack();
    await expect(shell.viewHeading('History')).toBeVisible();
  });

  test('a deep link opens its view after signing in', async ({ page, shell }) => {
    await page.goto('/textures#key=e2e-alice-key');
    await expect(shell.viewHeading('Textures')).toBeVisible();
    await expect(page).toHaveURL('/textures');
  });

  test('the navigation works by keyboard', async ({ signedInPage, shell }) => {
    await shell.navLink('Canvas').focus();
    await signedInPage.keyboard.press('Enter');
    await expect(shell.viewHeading('Canvas')).toBeVisible();
  });

  test('the connect dialog keeps focus inside', async ({ connectPage, page }) => {
    await connectPage.goto();
    await expect(connectPage.keyInput).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(connectPage.connectButton).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(connectPage.keyInput).toBeFocused();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`no axe violations on the connect dialog and the shell (${colorScheme})`, async ({
      page,
      connectPage,
      shell,
    }) => {
      // axe walks the whole DOM twice; on a busy two-core machine that alone takes seconds.
      test.slow();
      await page.emulateMedia({ colorScheme });
      await connectPage.goto();
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      await connectPage.connect('e2e-alice-key');
      await expect(shell.viewHeading('Generate')).toBeVisible();
      await expect(shell.header).toContainText('API tokens');
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    });
  }
});
