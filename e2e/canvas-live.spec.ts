import sharp from 'sharp';
import type { Request } from '@playwright/test';
import { API_PREFIX, expect, test } from './fixtures.ts';
import { CanvasPage, type Point } from './canvas-page.ts';

/** Pixels of a JPEG data URL darker than a white background shows. */
async function inkedPixels(dataUrl: string): Promise<number> {
  const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  const { data } = await sharp(bytes).greyscale().raw().toBuffer({ resolveWithObject: true });
  return data.filter((v) => v < 160).length;
}

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

    // What live use cost is summed for the session: the engine charges a token an answer.
    const cost = page.getByText(/^Live cost this session: \d+ tokens?$/);
    await expect(cost).toBeVisible();
    const tokens = Number((await cost.textContent())!.match(/(\d+) token/)![1]);
    expect(tokens).toBeGreaterThanOrEqual(2);
    await canvas.liveSwitch.click();
    await page
      .getByRole('navigation', { name: 'Studio' })
      .getByRole('link', { name: 'History' })
      .click();
    await page
      .getByRole('navigation', { name: 'Studio' })
      .getByRole('link', { name: 'Canvas' })
      .click();
    await canvas.ready();
    // Kept for the tab's session: back in the canvas, the sum goes on (an answer on its way
    // when Live went off may have added one).
    await expect(cost).toBeVisible();
    const after = Number((await cost.textContent())!.match(/(\d+) token/)![1]);
    expect(after).toBeGreaterThanOrEqual(tokens);
    expect(after).toBeLessThanOrEqual(tokens + 1);
  });

  test('sends the stroke while it is being drawn, before the pointer is released', async ({
    page,
  }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    await canvas.prompt.fill('a kite above the dunes');
    await canvas.liveSwitch.click();
    // The first answer (the sketch as it is) comes back before the stroke starts.
    await expect(canvas.liveResult).toBeVisible({ timeout: 30_000 });
    const lcm = (request: Request) =>
      request.method() === 'POST' && request.url().endsWith(`${API_PREFIX}/generations-lcm`);
    const sent: string[] = [];
    page.on('request', (request) => {
      if (lcm(request))
        sent.push((request.postDataJSON() as { imageDataUrl: string }).imageDataUrl);
    });
    const version = (await canvas.state()).version;
    const blank = await inkedPixels(await page.evaluate(() => window.__leoCanvas!.exportSketch()));

    // A zigzag with the real mouse, still held down while the requests are checked.
    const points: Point[] = [];
    for (let i = 0; i <= 8; i++) points.push([60 + i * 40, i % 2 === 0 ? 120 : 380]);
    const [first, ...rest] = await canvas.toScreen(points);
    await page.mouse.move(first!.x, first!.y);
    sent.length = 0;
    await page.mouse.down();
    for (const p of rest) await page.mouse.move(p.x, p.y, { steps: 4 });
    // Requests went out with the stroke as drawn so far in their sketch.
    await expect
      .poll(async () => (sent.length > 0 ? await inkedPixels(sent.at(-1)!) : 0), {
        timeout: 20_000,
      })
      .toBeGreaterThan(blank + 2_000);
    // Nothing was committed yet: the document is written once, on release.
    expect((await canvas.state()).version).toBe(version);
    await page.mouse.up();
    await expect.poll(async () => (await canvas.state()).version).toBe(version + 1);
  });
});
