import { API_PREFIX, KEYS, expect, test } from './fixtures.ts';
import { CanvasPage, compareInPage, meanDiff } from './canvas-page.ts';

test.describe('realtime canvas: inpaint and upscale', () => {
  // Real images through the real engine, on machines that may be busy: generous but bounded.
  test.describe.configure({ timeout: 120_000 });
  test('paints a mask, inpaints inside it only, accepts, undoes and keeps it all over a reload', async ({
    page,
  }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    await canvas.prompt.fill('a golden sun');
    // A sketch to inpaint into: broad strokes across the whole image.
    for (const y of [100, 220, 340, 440]) {
      await canvas.stroke([
        [40, y],
        [470, y + 20],
      ]);
    }
    // Mask mode by its key; a thick mask stroke in the middle.
    await canvas.region.focus();
    await page.keyboard.press('m');
    await expect(canvas.button('Mask brush')).toHaveAttribute('aria-pressed', 'true');
    await canvas.stroke([
      [200, 256],
      [320, 256],
    ]);
    expect((await canvas.state()).maskCoverage).toBeGreaterThan(3000);

    await canvas.button('Inpaint').click();
    await expect(canvas.staged).toHaveCount(1, { timeout: 45_000 });
    const item = canvas.staged.first();
    await expect(item).toHaveAccessibleName(/^Inpainted result/);
    const after = (await item.getByRole('img').getAttribute('src'))!;
    await item.getByRole('button', { name: 'Compare' }).click();
    const before = (await page.getByRole('img', { name: /: before$/ }).getAttribute('src'))!;
    await expect(page.getByLabel('Compare position')).toBeVisible();
    const mask = await page.evaluate(() => window.__leoCanvas!.exportMask());

    const diff = await compareInPage(page, before, after, mask);
    expect(diff.insideCount).toBeGreaterThan(2000);
    expect(diff.outsideCount).toBeGreaterThan(100_000);
    expect(diff.inside).toBeGreaterThan(10);
    expect(diff.outside).toBeLessThan(3);

    // Accept: the result becomes the canvas image, as one undo step.
    await item.getByRole('button', { name: 'Accept' }).click();
    await expect(canvas.staged).toHaveCount(0);
    const accepted = await page.evaluate(() => window.__leoCanvas!.exportSketch());
    expect(await meanDiff(page, accepted, after)).toBeLessThan(3);
    await page.keyboard.press('ControlOrMeta+z');
    const undone = await page.evaluate(() => window.__leoCanvas!.exportSketch());
    expect(await meanDiff(page, undone, before)).toBeLessThan(3);

    // Reload: the sketch and the mask come back from IndexedDB.
    await canvas.waitUntilSaved();
    const stats = await canvas.layerStats();
    await page.reload();
    await canvas.ready();
    const restored = await canvas.layerStats();
    expect(restored.maskCoverage).toBe(stats.maskCoverage);
    expect(Math.abs(restored.paintInk - stats.paintInk)).toBeLessThanOrEqual(stats.paintInk * 0.01);
    expect(Math.abs(restored.paintAlpha - stats.paintAlpha)).toBeLessThanOrEqual(
      stats.paintAlpha * 0.01,
    );
    await expect(canvas.prompt).toHaveValue('a golden sun');
  });

  test('upscales into History', async ({ page, request }) => {
    const headers = { Authorization: `Bearer ${KEYS.alice}` };
    const me = await (await request.get(`${API_PREFIX}/me`, { headers })).json();
    const userId = me.user_details[0].user.id as string;
    const count = async () =>
      (
        await (
          await request.get(`${API_PREFIX}/generations/user/${userId}?limit=50`, { headers })
        ).json()
      ).generations.filter((g: any) => g.prompt === 'an upscaled harbour').length as number;
    const before = await count();

    const canvas = new CanvasPage(page);
    await canvas.open();
    await canvas.prompt.fill('an upscaled harbour');
    await canvas.stroke([
      [100, 300],
      [400, 300],
    ]);
    await canvas.button('Upscale').click();
    await expect(canvas.staged).toHaveCount(1, { timeout: 45_000 });
    await expect(canvas.staged.first()).toHaveAccessibleName(/^Upscaled result/);
    await expect(canvas.staged.first()).toContainText('1024×1024');
    await expect(canvas.staged.first()).toContainText('saved in History');
    expect(await count()).toBe(before + 1);
  });
});
