import { expect, test } from './fixtures.ts';
import { createGeneration, uniquePrompt } from './journeys.ts';

test.describe('the details dialog keeps focus', () => {
  test('through Animate, focus stays in the dialog and Escape closes it', async ({
    page,
    request,
    shell,
  }) => {
    test.slow();
    const prompt = uniquePrompt('e2e focus animate');
    const id = await createGeneration(request, prompt);
    await page.goto(`/history#key=e2e-alice-key`);
    await expect(shell.viewHeading('History')).toBeVisible();
    // The still: each Animate adds a motion generation with the same prompt beside it.
    const tile = page
      .getByRole('list', { name: 'History' })
      .getByRole('listitem', { name: `${prompt} (1 image · 256×256)` });
    const detail = page.getByRole('dialog', { name: 'Generation details' });
    const focusInDialog = () =>
      page.evaluate(() => {
        const dialog = document.querySelector('dialog[open]');
        return !!dialog && dialog.contains(document.activeElement);
      });

    // The defect showed in some tries, not all: several rounds, by mouse and by keyboard.
    for (let round = 0; round < 4; round++) {
      await tile.click();
      await expect(detail).toBeVisible();
      expect(page.url()).toContain(`open=${id}`);
      const animate = detail.getByRole('button', { name: 'Animate' });
      if (round % 2 === 0) {
        await animate.click();
      } else {
        await animate.focus();
        await page.keyboard.press('Enter');
      }
      await expect(detail.getByRole('status').filter({ hasText: 'Animating' })).toBeVisible();
      expect(await focusInDialog()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await focusInDialog()).toBe(true);
      await page.keyboard.press('Escape');
      await expect(detail).toBeHidden();
      // Focus goes back to what opened it.
      await expect(tile).toBeFocused();
    }
  });
});
