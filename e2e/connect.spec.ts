import { KEYS, expect, test, usernameFor } from './fixtures.ts';

test.describe('connect', () => {
  test('signs in by pasting a key and shows the user in the header', async ({
    connectPage,
    shell,
    aliceName,
  }) => {
    await connectPage.goto();
    await expect(connectPage.dialog).toContainText(
      'kept only in this browser tab’s session storage',
    );
    await expect(connectPage.server('Local engine')).toBeChecked();
    await connectPage.connect(KEYS.alice);

    await expect(connectPage.dialog).toBeHidden();
    await shell.expectSignedInAs(aliceName);
    await expect(shell.header).toContainText('API tokens');
    await expect(shell.viewHeading('Generate')).toBeVisible();
    await expect(shell.page).toHaveURL('/generate');
  });

  test('signs in by the #key= link and removes the key from the address bar', async ({
    page,
    shell,
    aliceName,
  }) => {
    await page.goto('/#key=e2e-alice-key');
    await shell.expectSignedInAs(aliceName);
    expect(page.url()).not.toContain('key=');
    expect(page.url()).not.toContain('#');
  });

  test('a wrong key shows the API’s error and keeps the dialog with what was typed', async ({
    connectPage,
  }) => {
    await connectPage.goto();
    await connectPage.connect('not-a-real-key');
    await expect(connectPage.error).toContainText('Invalid API key');
    await expect(connectPage.dialog).toBeVisible();
    await expect(connectPage.keyInput).toHaveValue('not-a-real-key');
  });

  test('a wrong key in the link shows the error and still leaves the address bar', async ({
    page,
    connectPage,
  }) => {
    await page.goto('/#key=not-a-real-key');
    await expect(connectPage.error).toContainText('Invalid API key');
    expect(page.url()).not.toContain('not-a-real-key');
  });

  test('sign out forgets the key and shows the dialog again', async ({
    signedInPage,
    shell,
    connectPage,
  }) => {
    await shell.signOutButton.click();
    await expect(connectPage.dialog).toBeVisible();
    await expect(connectPage.keyInput).toBeFocused();
    await expect(connectPage.keyInput).toHaveValue('');
    await signedInPage.reload();
    await expect(connectPage.dialog).toBeVisible();
  });

  test('reloading the tab keeps the session', async ({ signedInPage, shell, aliceName }) => {
    await shell.navLink('History').click();
    await expect(shell.viewHeading('History')).toBeVisible();
    await signedInPage.reload();
    await shell.expectSignedInAs(aliceName);
    await expect(shell.viewHeading('History')).toBeVisible();
  });

  test('each user sees their own name', async ({ connectPage, shell, request }) => {
    await connectPage.goto();
    await connectPage.connect(KEYS.bob);
    await shell.expectSignedInAs(await usernameFor(request, KEYS.bob));
  });
});
