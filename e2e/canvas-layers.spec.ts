import sharp from 'sharp';
import { expect, test } from './fixtures.ts';
import { CanvasPage } from './canvas-page.ts';

const solid = (width: number, height: number, background: string) =>
  sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer();

test.describe('realtime canvas: layers', () => {
  test.describe.configure({ timeout: 120_000 });

  test('hides, shows, fades, reorders and deletes layers, each an undo step', async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    await canvas.importImage('red.png', await solid(512, 512, '#c02020'));
    await canvas.importImage('blue.png', await solid(512, 512, '#2020c0'));
    expect(await canvas.layerNames()).toEqual(['Mask', 'Sketch', 'blue', 'red']);
    expect(await canvas.compositePixel(10, 10)).toEqual([32, 32, 192]);

    await canvas.button('Hide blue').click();
    await expect(canvas.button('Show blue')).toBeVisible();
    expect(await canvas.compositePixel(10, 10)).toEqual([192, 32, 32]);
    await canvas.button('Show blue').click();
    await canvas.button('Move red up').click();
    expect(await canvas.layerNames()).toEqual(['Mask', 'Sketch', 'red', 'blue']);
    expect(await canvas.compositePixel(10, 10)).toEqual([192, 32, 32]);

    // Opacity by keyboard: half of red over blue.
    const opacity = page.getByLabel('Opacity of red');
    await opacity.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
    await expect(opacity).toHaveValue('50');
    const [r, , b] = await canvas.compositePixel(10, 10);
    expect(Math.abs(r - 112)).toBeLessThanOrEqual(3);
    expect(Math.abs(b - 112)).toBeLessThanOrEqual(3);

    await canvas.button('Delete red').click();
    expect(await canvas.layerNames()).toEqual(['Mask', 'Sketch', 'blue']);
    await canvas.button('Undo').click();
    expect(await canvas.layerNames()).toEqual(['Mask', 'Sketch', 'red', 'blue']);
    // The one sketch layer cannot go; another can.
    await expect(canvas.button('Delete Sketch')).toBeDisabled();
    await canvas.button('Add sketch layer').click();
    expect(await canvas.layerNames()).toEqual(['Mask', 'Sketch 2', 'Sketch', 'red', 'blue']);
    await expect(canvas.button('Delete Sketch')).toBeEnabled();
  });

  test('a hidden layer is not drawn on', async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    await canvas.button('Hide Sketch').click();
    await canvas.stroke([
      [100, 100],
      [400, 400],
    ]);
    await expect(page.getByText('Show Sketch to draw on it.')).toBeVisible();
    expect((await canvas.layerStats()).paintInk).toBe(0);
    expect((await canvas.state()).canUndo).toBe(true);
  });

  test('places an image with the Transformer, by keyboard, and snaps it to the frame', async ({
    page,
  }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    await canvas.importImage('tile.png', await solid(128, 128, '#e0a000'));
    const image = async () => (await canvas.state()).layers.find((l) => l.name === 'tile')!;
    expect((await image()).placement).toMatchObject({ width: 512, height: 512 });

    // Selecting an image layer picks the Move image tool and shows its placement.
    await canvas.button('Select tile').click();
    await expect(canvas.button('Move image')).toHaveAttribute('aria-pressed', 'true');
    await page.getByLabel('Width', { exact: true }).fill('200');
    expect((await image()).placement).toMatchObject({ width: 200, height: 200 });

    // Dragged with the mouse, its edge snaps onto the frame's left edge when near it.
    const p = (await image()).placement!;
    const [from, to] = await canvas.toScreen([
      [p.x + 100, p.y + 100],
      [p.x + 100 - (p.x - 3), p.y + 140],
    ]);
    await page.mouse.move(from!.x, from!.y);
    await page.mouse.down();
    await page.mouse.move(to!.x, to!.y, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await image()).placement!.x).toBe(0);
    expect((await image()).placement!.y).toBeCloseTo(p.y + 40, 0);

    // The arrow keys nudge it with the canvas focused.
    await canvas.region.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    expect((await image()).placement).toMatchObject({ x: 1 });
    expect((await image()).placement!.y).toBeCloseTo(p.y + 50, 0);

    // The Transformer's corner handle scales it.
    const corner = (await image()).placement!;
    const [handle, farther] = await canvas.toScreen([
      [corner.x + corner.width, corner.y + corner.height],
      [corner.x + corner.width + 60, corner.y + corner.height + 60],
    ]);
    await page.mouse.move(handle!.x, handle!.y);
    await page.mouse.down();
    await page.mouse.move(farther!.x, farther!.y, { steps: 8 });
    await page.mouse.up();
    await expect
      .poll(async () => (await image()).placement!.width)
      .toBeGreaterThan(corner.width + 30);
    await canvas.button('Undo').click();
    expect((await image()).placement!.width).toBeCloseTo(corner.width, 0);
    // Where it was placed is kept over a reload.
    const placed = (await image()).placement!;
    await canvas.waitUntilSaved();
    await canvas.reload();
    expect((await image()).placement).toEqual(placed);
  });

  test('the magic wand selects a region of similar colour into the mask; grow and shrink change it', async ({
    page,
  }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    // A block of colour on the white frame: the wand takes the block, not the white around it.
    await canvas.importImage('block.png', await solid(256, 256, '#3060c0'));
    await page.getByLabel('Width', { exact: true }).fill('256');
    await page.getByLabel('X', { exact: true }).fill('0');
    await page.getByLabel('Y', { exact: true }).fill('0');
    await canvas.region.focus();
    await page.keyboard.press('m');
    await page.keyboard.press('w');
    await expect(canvas.button('Magic wand')).toHaveAttribute('aria-pressed', 'true');
    const [inside] = await canvas.toScreen([[100, 100]]);
    await page.mouse.click(inside!.x, inside!.y);
    await expect.poll(async () => (await canvas.state()).maskCoverage).toBe(256 * 256);
    await page.getByLabel('Grow or shrink by').fill('8');
    // Grown by 8 px, round like a brush: on the two sides away from the frame's edge.
    await canvas.button('Grow mask').click();
    await expect
      .poll(async () => (await canvas.state()).maskCoverage)
      .toBeGreaterThan(256 * 256 + 2 * 256 * 8);
    expect((await canvas.state()).maskCoverage).toBeLessThan(264 * 264);
    await canvas.button('Shrink mask').click();
    await expect
      .poll(async () => Math.abs((await canvas.state()).maskCoverage - 256 * 256))
      .toBeLessThan(300);
    const shrunk = (await canvas.state()).maskCoverage;
    await canvas.button('Invert mask').click();
    await expect.poll(async () => (await canvas.state()).maskCoverage).toBe(512 * 512 - shrunk);
    await canvas.button('Clear mask').click();
    expect((await canvas.state()).maskCoverage).toBe(0);
  });
});
