import sharp from 'sharp';
import { API_PREFIX, KEYS, expect, test } from './fixtures.ts';
import { CanvasPage } from './canvas-page.ts';

test.describe('realtime canvas: images from outside', () => {
  // Real images through the real engine, on machines that may be busy: generous but bounded.
  test.describe.configure({ timeout: 120_000 });
  test('imports images by the file picker and by drag and drop, fitted to the canvas', async ({
    page,
  }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    // A 256×128 opaque image fits a 512² canvas as 512×256.
    const png = await sharp({
      create: { width: 256, height: 128, channels: 3, background: '#d03030' },
    })
      .png()
      .toBuffer();
    const chooser = page.waitForEvent('filechooser');
    await canvas.button('Import image').click();
    await (await chooser).setFiles({ name: 'wide.png', mimeType: 'image/png', buffer: png });
    await expect(page.getByText('Imported wide.png.')).toBeVisible();
    expect((await canvas.layerStats()).paintInk).toBe(512 * 256);
    expect(await canvas.state()).toMatchObject({ canUndo: true });

    // A tall one dropped on the canvas goes on top, fitted the other way.
    const tall = await sharp({
      create: { width: 100, height: 400, channels: 3, background: '#3030d0' },
    })
      .png()
      .toBuffer();
    await canvas.region.evaluate(
      (region, bytes) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], 'tall.png', { type: 'image/png' }));
        region.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true }));
      },
      [...tall],
    );
    await expect(page.getByText('Imported tall.png.')).toBeVisible();
    // 128 × 512 in the middle: the part outside the wide image adds 128 × 256 of paint.
    expect((await canvas.layerStats()).paintInk).toBe(512 * 256 + 128 * 256);
    await page.keyboard.press('ControlOrMeta+z');
    expect((await canvas.layerStats()).paintInk).toBe(512 * 256);
  });

  test('opens an image handed over by History (the engine’s /files URL)', async ({
    page,
    request,
  }) => {
    const headers = { Authorization: `Bearer ${KEYS.alice}` };
    const jpeg = await sharp({
      create: { width: 512, height: 512, channels: 3, background: '#2080c0' },
    })
      .jpeg()
      .toBuffer();
    const upscale = await request.post(`${API_PREFIX}/lcm-upscale`, {
      headers,
      data: { imageDataUrl: `data:image/jpeg;base64,${jpeg.toString('base64')}`, prompt: 'sea' },
    });
    const generationId = (await upscale.json()).lcmGenerationJob.generationId[0];
    const generation = await (
      await request.get(`${API_PREFIX}/generations/${generationId}`, { headers })
    ).json();
    const imageUrl = generation.generations_by_pk.generated_images[0].url as string;

    const canvas = new CanvasPage(page);
    await canvas.open();
    // What History's "Open in canvas" does (src/lib/canvas-handoff.ts), then a visit to /canvas.
    await page.evaluate((url) => {
      sessionStorage.setItem(
        'leonardo-studio.open-in-canvas',
        JSON.stringify({ imageUrl: url, requestedAt: Date.now() }),
      );
    }, imageUrl);
    await page.reload();
    await canvas.ready();
    await expect(page.getByText(/Opened the image from History/)).toBeVisible({ timeout: 20_000 });
    expect((await canvas.layerStats()).paintInk).toBe(512 * 512);
    expect(
      await page.evaluate(() => sessionStorage.getItem('leonardo-studio.open-in-canvas')),
    ).toBeNull();
  });
});
