import { API_PREFIX, expect, test } from './fixtures.ts';
import { CanvasPage } from './canvas-page.ts';

test.describe('realtime canvas: outpainting and the frame', () => {
  test.describe.configure({ timeout: 120_000 });

  test('Extend right makes the frame wider than tall, and Outpaint stages a result', async ({
    page,
  }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    await canvas.prompt.fill('a coastline at noon');
    await canvas.stroke([
      [60, 400],
      [250, 120],
      [450, 400],
    ]);
    const ink = (await canvas.layerStats()).paintInk;
    await expect(canvas.button('Outpaint')).toBeDisabled();
    await canvas.button('Extend right').click();
    const extended = await canvas.state();
    let size = extended.size;
    expect(size).toEqual({ width: 640, height: 512 });
    expect(size.width).toBeGreaterThan(size.height);
    expect(extended.fresh).toEqual([{ x: 512, y: 0, width: 128, height: 512 }]);
    // What was there stays where it was.
    expect((await canvas.layerStats()).paintInk).toBe(ink);
    // Extended, the sketch and the new area are stored like any change.
    await canvas.waitUntilSaved();
    await canvas.reload();
    expect((await canvas.layerStats()).paintInk).toBe(ink);
    expect((await canvas.state()).fresh).toEqual(extended.fresh);
    await canvas.button('Extend right').click();
    ({ size } = await canvas.state());
    expect(size).toEqual({ width: 1024, height: 512 });
    await expect(canvas.button('Extend right')).toBeDisabled();

    const sent: any[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith(`${API_PREFIX}/lcm-inpainting`)) sent.push(request.postDataJSON());
    });
    await canvas.button('Outpaint').click();
    await expect(canvas.staged).toHaveCount(1, { timeout: 45_000 });
    await expect(canvas.staged.first()).toHaveAccessibleName(/^Outpainted result/);
    await expect(canvas.staged.first()).toContainText('1024×512');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ width: 1024, height: 512 });
    expect(sent[0].maskDataUrl).toMatch(/^data:image\/jpeg;base64,/);

    // Accepted, the new area is filled: nothing is left to outpaint.
    await canvas.staged.first().getByRole('button', { name: 'Accept' }).click();
    await expect(canvas.button('Outpaint')).toBeDisabled();
    expect((await canvas.state()).fresh).toEqual([]);
    // Undo brings back the extended, unfilled frame.
    await canvas.button('Undo').click();
    expect((await canvas.state()).fresh.length).toBeGreaterThan(0);
    await expect(canvas.button('Outpaint')).toBeEnabled();
  });

  test('the frame size is chosen directly, and undone in one step', async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    await canvas.stroke([
      [100, 100],
      [400, 400],
    ]);
    await page.getByLabel('Frame size').selectOption('1024x640');
    await expect
      .poll(async () => (await canvas.state()).size)
      .toEqual({ width: 1024, height: 640 });
    // The sketch is scaled to fit the new frame, and kept over a reload.
    const scaled = (await canvas.layerStats()).paintInk;
    expect(scaled).toBeGreaterThan(1000);
    await canvas.waitUntilSaved();
    await canvas.reload();
    expect((await canvas.layerStats()).paintInk).toBe(scaled);
    await expect(page.getByRole('heading', { name: 'Frame 1024 × 640' })).toBeVisible();
    await canvas.button('Undo').click();
    expect((await canvas.state()).size).toEqual({ width: 512, height: 512 });
  });
});
