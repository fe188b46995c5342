import type { Request } from '@playwright/test';
import { API_PREFIX, expect, test } from './fixtures.ts';
import { CanvasPage } from './canvas-page.ts';

const PATHS = {
  Inpaint: '/lcm-inpainting',
  Outpaint: '/lcm-inpainting',
  Refine: '/lcm-instant-refine',
  Upscale: '/lcm-upscale',
} as const;

test.describe('realtime canvas: actions that cost tokens', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a double-click on Inpaint, Outpaint, Refine or Upscale sends one request', async ({
    page,
  }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    await canvas.prompt.fill('a quiet bay');
    await canvas.stroke([
      [80, 256],
      [430, 256],
    ]);
    // What Inpaint and Outpaint need: a mask, and new area.
    await canvas.region.focus();
    await page.keyboard.press('m');
    await canvas.stroke([
      [200, 200],
      [300, 300],
    ]);
    await page.keyboard.press('m');
    await canvas.button('Extend down').click();

    // Observed, not stubbed: every POST the page sends.
    const posts: string[] = [];
    page.on('request', (request: Request) => {
      if (request.method() === 'POST') posts.push(new URL(request.url()).pathname);
    });
    let staged = 0;
    for (const [name, path] of Object.entries(PATHS)) {
      const before = posts.filter((p) => p === `${API_PREFIX}${path}`).length;
      await canvas.button(name).dblclick();
      await expect(canvas.staged).toHaveCount(++staged, { timeout: 45_000 });
      // The result is in; any second request would have gone out by now.
      await expect(canvas.button(name)).toBeEnabled();
      expect(posts.filter((p) => p === `${API_PREFIX}${path}`).length, name).toBe(before + 1);
    }
    expect(posts.filter((p) => p.endsWith('/generations-lcm'))).toEqual([]);
  });
});
