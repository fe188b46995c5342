import { KEYS, expect, test } from './fixtures.ts';
import { createGeneration, generateForm, uniquePrompt } from './journeys.ts';

test.describe('what a user keeps stays theirs', () => {
  test('user B never sees A’s prompt history or favourites, and A finds them again', async ({
    signedInPage: page,
    shell,
    connectPage,
    request,
  }) => {
    test.slow();
    const remembered = uniquePrompt('e2e alice private prompt');
    const favourite = uniquePrompt('e2e alice favourite');
    await createGeneration(request, favourite);

    // Alice: a prompt in her history, a favourite in History.
    const form = generateForm(page);
    await form.prompt.fill(remembered);
    await form.size.selectOption('256x256');
    await form.images.selectOption('1');
    await form.generate.click();
    await expect(page.getByRole('status').filter({ hasText: 'Started' })).toBeVisible();
    await shell.navLink('History').click();
    await page.getByRole('searchbox', { name: 'Search prompts' }).fill(favourite);
    const history = page.getByRole('list', { name: 'History' });
    await history.getByRole('listitem', { name: new RegExp(`^${favourite} `) }).click();
    await page
      .getByRole('dialog', { name: 'Generation details' })
      .getByRole('button', { name: 'Favourite' })
      .click();
    await page.keyboard.press('Escape');

    // Bob, in the same tab.
    await shell.signOutButton.click();
    await connectPage.connect(KEYS.bob);
    await expect(shell.signOutButton).toBeVisible();
    await shell.navLink('Generate').click();
    await page.getByRole('button', { name: 'Prompt history' }).click();
    const dialog = page.getByRole('dialog', { name: 'Prompt history' });
    await expect(dialog).toContainText('No earlier prompts yet');
    await expect(dialog).not.toContainText(remembered);
    await page.keyboard.press('Escape');
    await shell.navLink('History').click();
    await page.getByRole('checkbox', { name: 'Favourites only' }).check();
    await expect(page.getByText(/No generation matches these filters/)).toBeVisible();
    await expect(page.getByText(favourite)).toHaveCount(0);

    // Alice again: both are hers still.
    await shell.signOutButton.click();
    await connectPage.connect(KEYS.alice);
    await expect(shell.signOutButton).toBeVisible();
    await shell.navLink('History').click();
    await page.getByRole('checkbox', { name: 'Favourites only' }).check();
    await expect(
      history.getByRole('listitem', { name: new RegExp(`^${favourite} `) }),
    ).toBeVisible();
    await shell.navLink('Generate').click();
    await page.getByRole('button', { name: 'Prompt history' }).click();
    await expect(page.getByRole('dialog', { name: 'Prompt history' })).toContainText(remembered);
  });
});
