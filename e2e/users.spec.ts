import { KEYS, expect, signInWithLink, test, usernameFor } from './fixtures.ts';
import {
  CUBE_OBJ,
  generate,
  generateForm,
  historyImage,
  trayJob,
  uniquePrompt,
} from './journeys.ts';

test.describe('a user’s work stays theirs', () => {
  test('signing out and in as another user shows none of the first user’s work', async ({
    signedInPage: page,
    shell,
    connectPage,
    aliceName,
    request,
  }) => {
    test.slow();
    const bobName = await usernameFor(request, KEYS.bob);
    const job = uniquePrompt('e2e alice job');
    const draft = uniquePrompt('e2e alice draft');
    const model = `e2e-alice-${Date.now().toString(36)}`;

    // Alice: a finished job, a draft in the form, a model open in Textures.
    await generate(page, job);
    await expect(trayJob(page, job)).toContainText('Complete', { timeout: 30_000 });
    await generateForm(page).prompt.fill(draft);
    await shell.navLink('History').click();
    await expect(historyImage(page, job)).toBeVisible();
    await shell.navLink('Textures').click();
    const main = page.getByRole('main');
    await main.getByLabel('OBJ file').setInputFiles({
      name: `${model}.obj`,
      mimeType: 'text/plain',
      buffer: Buffer.from(CUBE_OBJ),
    });
    await main.getByRole('button', { name: 'Upload model' }).click();
    await expect(page).toHaveURL(/[?&]model=/);

    // Bob, in the same tab.
    await shell.signOutButton.click();
    await expect(connectPage.dialog).toBeVisible();
    await expect(page).not.toHaveURL(/model=/);
    await connectPage.connect(KEYS.bob);
    await shell.expectSignedInAs(bobName);
    await expect(page.getByRole('heading', { level: 1, name: 'Textures' })).toBeVisible();
    await expect(main.getByRole('list', { name: 'Your models' }).getByText(model)).toHaveCount(0);
    await expect(page.getByText('Pick one of your models')).toBeVisible();
    await expect(page.getByRole('region', { name: /^Jobs/ })).toHaveCount(0);
    await shell.navLink('Generate').click();
    await expect(generateForm(page).prompt).toHaveValue('');
    await shell.navLink('History').click();
    await expect(page.getByRole('status').filter({ hasText: /loaded$/ })).toBeVisible();
    await expect(historyImage(page, job)).toHaveCount(0);
    await expect(page.getByText(job)).toHaveCount(0);
    await expect(page.getByText(aliceName, { exact: true })).toHaveCount(0);

    // Alice again: her draft and her jobs come back.
    await shell.signOutButton.click();
    await connectPage.connect(KEYS.alice);
    await shell.expectSignedInAs(aliceName);
    await shell.navLink('Generate').click();
    await expect(generateForm(page).prompt).toHaveValue(draft);
    // Everything finished, so the tray is folded into the header's Jobs button.
    await shell.header.getByRole('button', { name: /^Jobs/ }).click();
    await expect(trayJob(page, job)).toContainText('Complete');
  });

  test('a #key= link opened in the open tab signs in, without a reload, and leaves the address', async ({
    page,
    shell,
    request,
  }) => {
    const bobName = await usernameFor(request, KEYS.bob);
    await signInWithLink(page, KEYS.alice, '/history');
    await shell.expectSignedInAs(await usernameFor(request, KEYS.alice));
    await page.evaluate(
      () => ((window as unknown as { sameDocument: boolean }).sameDocument = true),
    );

    // Only the fragment changes: the browser stays on the same document.
    await page.goto(`/history#key=${KEYS.bob}`);
    await shell.expectSignedInAs(bobName);
    await expect(shell.viewHeading('History')).toBeVisible();
    expect(page.url()).not.toContain('key=');
    expect(page.url()).not.toContain('#');
    expect(
      await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
    ).toBe(true);
  });
});
