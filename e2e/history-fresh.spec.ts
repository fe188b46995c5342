import { expect, test } from './fixtures.ts';
import { generate, historyImage, trayJob, uniquePrompt } from './journeys.ts';

test.describe('History stays fresh', () => {
  test('generate, open History, generate again: History shows both without a reload', async ({
    signedInPage: page,
    shell,
  }) => {
    // Two real jobs on a two-core machine shared with other tests.
    test.slow();
    const first = uniquePrompt('e2e fresh first');
    const second = uniquePrompt('e2e fresh second');
    // A reload would hide the bug: the page must be the same one at the end.
    await page.evaluate(
      () => ((window as unknown as { sameDocument: boolean }).sameDocument = true),
    );

    await generate(page, first);
    await expect(trayJob(page, first)).toContainText('Complete', { timeout: 30_000 });
    await shell.navLink('History').click();
    await expect(historyImage(page, first)).toBeVisible();

    await shell.navLink('Generate').click();
    await generate(page, second);
    await expect(trayJob(page, second)).toContainText('Complete', { timeout: 30_000 });
    await shell.navLink('History').click();
    // Well inside the 30 s a stale list would keep it out.
    await expect(historyImage(page, second)).toBeVisible({ timeout: 5_000 });
    await expect(historyImage(page, first)).toBeVisible();

    // And a job still running when History opens fills in there when it finishes.
    const third = uniquePrompt('e2e fresh third');
    await shell.navLink('Generate').click();
    await generate(page, third);
    await shell.navLink('History').click();
    await expect(historyImage(page, third)).toBeVisible({ timeout: 30_000 });
    await expect(trayJob(page, third)).toContainText('Complete');
    expect(
      await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
    ).toBe(true);
  });

  test('a job survives a reload of the tab and still leads to its images', async ({
    signedInPage: page,
    shell,
  }) => {
    const prompt = uniquePrompt('e2e fresh reload');
    await generate(page, prompt);
    await expect(trayJob(page, prompt)).toBeVisible();
    await page.reload();
    // Still running after the reload, the tray opens by itself; if the job finished before the
    // reload, the tray waits folded into the header's Jobs button.
    const jobs = shell.header.getByRole('button', { name: /^Jobs/ });
    await expect(jobs).toBeVisible();
    if ((await jobs.getAttribute('aria-expanded')) === 'false') await jobs.click();
    await expect(trayJob(page, prompt)).toContainText('Complete', { timeout: 30_000 });
    await trayJob(page, prompt).getByRole('button', { name: 'Open images' }).click();
    await expect(shell.viewHeading('History')).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Generation details' })).toContainText(prompt);
    await expect(historyImage(page, prompt)).toBeAttached();
  });
});
