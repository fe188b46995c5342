import { expect, test } from './fixtures.ts';
import { CanvasPage } from './canvas-page.ts';

test.describe('realtime canvas: live mode', () => {
  // Real images through the real engine, on machines that may be busy: generous but bounded.
  test.describe.configure({ timeout: 120_000 });
  test('draws, and the live result follows the sketch', async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    await canvas.prompt.fill('a lighthouse on a cliff at dusk');
    await canvas.stroke([
      [80, 400],
      [250, 120],
      [420, 400],
    ]);
    await expect(canvas.button('Undo')).toBeEnabled();
    await canvas.liveSwitch.click();
    await expect(canvas.liveSwitch).toHaveAttribute('aria-checked', 'true');
    await expect(canvas.liveResult).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(/Round trip \d+ ms/)).toBeVisible();
    const first = await canvas.liveResult.getAttribute('src');
    expect(first).toMatch(/^data:image\/jpeg;base64,/);

    await canvas.stroke([
      [60, 60],
      [460, 80],
      [460, 460],
      [60, 440],
    ]);
    await expect
      .poll(() => canvas.liveResult.getAttribute('src'), { timeout: 30_000 })
      .not.toBe(first);
  });
});
