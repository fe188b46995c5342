import sharp from 'sharp';
import type { Request } from '@playwright/test';
import {
  API_PREFIX,
  ConnectPage,
  KEYS,
  StudioShell,
  expect,
  signInWithLink,
  test,
} from './fixtures.ts';
import { CanvasPage } from './canvas-page.ts';

/** Pixels of a JPEG data URL darker than the white frame. */
async function inkedPixels(dataUrl: string): Promise<number> {
  const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  const { data } = await sharp(bytes).greyscale().raw().toBuffer({ resolveWithObject: true });
  return data.filter((v) => v < 160).length;
}

test.describe('realtime canvas: one canvas per user', () => {
  test.describe.configure({ timeout: 150_000 });

  test('signing out forgets Alice’s canvas on screen, Bob sees his own, Alice finds hers again', async ({
    page,
  }) => {
    const canvas = new CanvasPage(page);
    const shell = new StudioShell(page);
    const connect = new ConnectPage(page);

    // Alice draws, writes a prompt, stages a result and turns Live on.
    await signInWithLink(page, KEYS.alice, '/canvas');
    await canvas.ready();
    await canvas.prompt.fill('alice’s lighthouse');
    await canvas.stroke([
      [60, 400],
      [250, 100],
      [450, 400],
    ]);
    const alice = await canvas.layerStats();
    await canvas.button('Refine').click();
    await expect(canvas.staged).toHaveCount(1, { timeout: 45_000 });
    await canvas.liveSwitch.click();
    await expect(canvas.liveResult).toBeVisible({ timeout: 30_000 });
    await canvas.waitUntilSaved();

    // From the moment she signs out, every request is watched.
    const after: Request[] = [];
    page.on('request', (request) => after.push(request));
    await shell.signOutButton.click();
    await expect(connect.dialog).toBeVisible();
    await expect(canvas.region).toHaveCount(0);
    await connect.connect(KEYS.bob);
    await shell.navLink('Canvas').click();
    await canvas.ready();

    // Bob's canvas is empty: no sketch, prompt, staged result, Live or undo of Alice's.
    expect(await canvas.layerStats()).toMatchObject({ paintInk: 0, maskCoverage: 0 });
    await expect(canvas.prompt).toHaveValue('');
    await expect(canvas.staged).toHaveCount(0);
    await expect(canvas.liveSwitch).toHaveAttribute('aria-checked', 'false');
    await expect(canvas.liveResult).toHaveCount(0);
    expect(await canvas.state()).toMatchObject({ canUndo: false, undoDepth: 0 });
    // Long enough for a live request to have gone out, had one been due.
    await page.waitForTimeout(1_500);
    const lcm = after.filter((r) => r.url().includes(API_PREFIX) && r.method() === 'POST');
    for (const request of lcm) {
      expect(request.headers()['authorization']).not.toContain(KEYS.alice);
      const body = request.postDataJSON() as { imageDataUrl?: string };
      if (body.imageDataUrl) expect(await inkedPixels(body.imageDataUrl)).toBeLessThan(500);
    }
    expect(after.filter((r) => r.headers()['authorization']?.includes(KEYS.alice))).toEqual([]);

    // Bob signs out, Alice signs in again: her canvas, its history and Live are back.
    await shell.signOutButton.click();
    await connect.connect(KEYS.alice);
    await shell.navLink('Canvas').click();
    await canvas.ready();
    expect((await canvas.layerStats()).paintInk).toBe(alice.paintInk);
    await expect(canvas.prompt).toHaveValue('alice’s lighthouse');
    await expect(canvas.staged).toHaveCount(1);
    await expect(canvas.liveSwitch).toHaveAttribute('aria-checked', 'true');
    expect((await canvas.state()).canUndo).toBe(true);
    await canvas.button('Undo').click();
    expect((await canvas.layerStats()).paintInk).toBe(0);
  });
});
