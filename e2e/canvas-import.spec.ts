import sharp from 'sharp';
import type { APIRequestContext } from '@playwright/test';
import { API_PREFIX, KEYS, expect, signInWithLink, test } from './fixtures.ts';
import { CanvasPage } from './canvas-page.ts';

const auth = { Authorization: `Bearer ${KEYS.alice}` };

const solid = (width: number, height: number, background: string) =>
  sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer();

/** A generation made through the real API, with its first image (as History would show it). */
async function generation(
  request: APIRequestContext,
  prompt: string,
  width: number,
  height: number,
) {
  const created = await request.post(`${API_PREFIX}/generations`, {
    headers: auth,
    data: { prompt, width, height, num_images: 1 },
  });
  const id = (await created.json()).sdGenerationJob.generationId as string;
  let body: any;
  await expect
    .poll(
      async () => {
        body = await (
          await request.get(`${API_PREFIX}/generations/${id}`, { headers: auth })
        ).json();
        return body.generations_by_pk.status;
      },
      { timeout: 60_000 },
    )
    .toBe('COMPLETE');
  return { id, imageId: body.generations_by_pk.generated_images[0].id as string };
}

test.describe('realtime canvas: images from outside', () => {
  // Real images through the real engine, on machines that may be busy: generous but bounded.
  test.describe.configure({ timeout: 120_000 });

  test('imports images as layers of their own, by the file picker and by drag and drop', async ({
    page,
  }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    // A 256×128 opaque image fits a 512² frame as 512×256, centred.
    await canvas.importImage('wide.png', await solid(256, 128, '#d03030'));
    expect(await canvas.layerNames()).toEqual(['Mask', 'Sketch', 'wide']);
    // It is not painted into the sketch: the sketch layer is still empty.
    expect((await canvas.layerStats()).paintInk).toBe(0);
    expect(await canvas.compositePixel(256, 256)).toEqual([208, 48, 48]);
    expect(await canvas.compositePixel(256, 60)).toEqual([255, 255, 255]);

    // A tall one dropped on the canvas is another layer, fitted the other way.
    const tall = await solid(100, 400, '#3030d0');
    await canvas.region.evaluate(
      (region, bytes) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], 'tall.png', { type: 'image/png' }));
        region.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
      },
      [...tall],
    );
    await expect(page.getByText('Imported tall.png as a layer.')).toBeVisible();
    expect(await canvas.layerNames()).toEqual(['Mask', 'Sketch', 'tall', 'wide']);
    // 128 × 512 in the middle: blue there, the wide image beside it.
    expect(await canvas.compositePixel(256, 256)).toEqual([48, 48, 208]);
    expect(await canvas.compositePixel(150, 256)).toEqual([208, 48, 48]);
    await page.keyboard.press('ControlOrMeta+z');
    expect(await canvas.layerNames()).toEqual(['Mask', 'Sketch', 'wide']);

    // The image file is kept with the layer: after a reload it is there, and redo still works.
    await canvas.waitUntilSaved();
    await canvas.reload();
    expect(await canvas.layerNames()).toEqual(['Mask', 'Sketch', 'wide']);
    expect(await canvas.compositePixel(256, 256)).toEqual([208, 48, 48]);
    await canvas.button('Redo').click();
    expect(await canvas.compositePixel(256, 256)).toEqual([48, 48, 208]);
  });

  test('an imported image is a layer the eraser does not change', async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    await canvas.importImage('photo.png', await solid(512, 512, '#20a040'));
    // Draw on the sketch layer over the image, then erase across everything.
    await canvas.button('Brush').click();
    await canvas.stroke([
      [100, 256],
      [400, 256],
    ]);
    expect((await canvas.layerStats()).paintInk).toBeGreaterThan(1000);
    expect(await canvas.compositePixel(250, 256)).not.toEqual([32, 160, 64]);
    await canvas.button('Eraser').click();
    await page.getByLabel('Brush size').fill('60');
    await canvas.stroke([
      [40, 256],
      [470, 256],
      [470, 100],
      [40, 100],
    ]);
    // The stroke is gone; the image under it is whole, where the eraser went too.
    expect((await canvas.layerStats()).paintInk).toBe(0);
    for (const [x, y] of [
      [250, 256],
      [40, 256],
      [470, 100],
    ] as const) {
      expect(await canvas.compositePixel(x, y)).toEqual([32, 160, 64]);
    }
  });

  test('opens an image from History at /canvas?open=…, keeping a wide image wide, with its prompt', async ({
    page,
    request,
  }) => {
    const prompt = `a wide harbour at dawn ${Date.now().toString(36)}`;
    const { id, imageId } = await generation(request, prompt, 1024, 576);
    await signInWithLink(page, KEYS.alice, `/canvas?open=${imageId}&generation=${id}`);
    const canvas = new CanvasPage(page);
    await canvas.ready();
    await expect(page.getByText(/Opened the image from History/)).toBeVisible({ timeout: 20_000 });
    const { size, fresh } = await canvas.state();
    // 1024×576 is 16:9: the closest frame the API takes is 1024×640, not a 512² square.
    expect(size).toEqual({ width: 1024, height: 640 });
    expect(size.width).toBeGreaterThan(size.height);
    // The bands the image leaves are new area for Outpaint.
    expect(fresh.length).toBe(2);
    await expect(canvas.prompt).toHaveValue(prompt);
    expect(await canvas.layerNames()).toEqual(['Mask', 'Sketch', 'Opened image']);
    // Handled: the address no longer asks for it, so a reload does not open it again.
    await expect(page).toHaveURL(/\/canvas$/);
    await canvas.button('Undo').click();
    expect((await canvas.state()).size).toEqual({ width: 512, height: 512 });
  });

  test('History’s Open in canvas brings the image shown, with its prompt', async ({
    page,
    request,
  }) => {
    const prompt = `a tall tower ${Date.now().toString(36)}`;
    await generation(request, prompt, 576, 1024);
    await signInWithLink(page, KEYS.alice, '/history');
    const history = page.getByRole('list', { name: 'History' });
    await history.getByRole('listitem', { name: new RegExp(`^${prompt} \\(1 image`) }).click();
    const detail = page.getByRole('dialog', { name: 'Generation details' });
    await detail.getByRole('button', { name: 'Open in canvas' }).click();
    const canvas = new CanvasPage(page);
    await canvas.ready();
    await expect(page.getByText(/Opened the image from History/)).toBeVisible({ timeout: 20_000 });
    expect((await canvas.state()).size).toEqual({ width: 640, height: 1024 });
    await expect(canvas.prompt).toHaveValue(prompt);
    await expect(page).toHaveURL(/\/canvas$/);
  });

  test('a request that cannot be opened says why, and stays in the address to try again', async ({
    page,
  }) => {
    await signInWithLink(
      page,
      KEYS.alice,
      '/canvas?open=00000000-0000-4000-8000-000000000000&generation=00000000-0000-4000-8000-000000000001',
    );
    const canvas = new CanvasPage(page);
    await canvas.ready();
    await expect(
      page.getByRole('alert').filter({ hasText: 'The image could not be opened' }),
    ).toBeVisible({
      timeout: 20_000,
    });
    await expect(canvas.button('Try again')).toBeVisible();
    await expect(page).toHaveURL(/open=/);
  });
});
