import AxeBuilder from '@axe-core/playwright';
import sharp from 'sharp';
import type { Locator, Page } from '@playwright/test';
import type {} from '../src/features/canvas/test-hook-types.ts';
import { API_PREFIX, KEYS, expect, signInWithLink, test } from './fixtures.ts';

type Point = [number, number];

/** The canvas view, by role and name, plus the e2e build's `window.__leoCanvas` hook for pixels. */
class CanvasPage {
  readonly region: Locator;
  readonly liveSwitch: Locator;
  readonly liveResult: Locator;
  readonly prompt: Locator;
  readonly staged: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Sketch canvas' });
    this.liveSwitch = page.getByRole('switch', { name: 'Live' });
    this.liveResult = page.getByRole('img', { name: 'Live result' });
    this.prompt = page.getByLabel('Prompt');
    this.staged = page.getByRole('list', { name: 'Staged results' }).getByRole('listitem');
  }

  async open(): Promise<void> {
    await signInWithLink(this.page, KEYS.alice, '/canvas');
    await this.ready();
  }

  /** The view's chunk is lazy and the sketch loads from IndexedDB first. */
  async ready(): Promise<void> {
    await expect(this.region).toBeVisible({ timeout: 20_000 });
    await this.page.waitForFunction(() => window.__leoCanvas !== undefined);
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** Drags the real mouse through image-pixel points (converted with the current zoom). */
  async stroke(points: Point[]): Promise<void> {
    await this.region.scrollIntoViewIfNeeded();
    const screen = await this.page.evaluate(
      (pts) => pts.map(([x, y]) => window.__leoCanvas!.imageToScreen(x, y)),
      points,
    );
    const [first, ...rest] = screen;
    await this.page.mouse.move(first!.x, first!.y);
    await this.page.mouse.down();
    for (const p of rest) await this.page.mouse.move(p.x, p.y, { steps: 6 });
    await this.page.mouse.up();
  }

  state() {
    return this.page.evaluate(() => window.__leoCanvas!.state());
  }

  layerStats() {
    return this.page.evaluate(() => window.__leoCanvas!.layerStats());
  }

  async waitUntilSaved(): Promise<void> {
    await expect
      .poll(async () => {
        const s = await this.state();
        return s.saveStatus === 'saved' && s.savedVersion === s.version;
      })
      .toBe(true);
  }
}

/**
 * Mean absolute RGB difference of two images (data URLs), inside the mask (white) and far outside
 * it (more than `margin` pixels from any masked pixel: JPEG blocks and the feather blur the edge).
 */
function compareInPage(page: Page, a: string, b: string, mask: string, margin = 24) {
  return page.evaluate(
    async ({ a, b, mask, margin }) => {
      const pixels = async (src: string) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        return ctx.getImageData(0, 0, canvas.width, canvas.height);
      };
      const [pa, pb, pm] = await Promise.all([pixels(a), pixels(b), pixels(mask)]);
      const { width, height } = pm;
      if (
        pa.width !== width ||
        pb.width !== width ||
        pa.height !== height ||
        pb.height !== height
      ) {
        throw new Error(`sizes differ: ${pa.width}, ${pb.width}, ${width}`);
      }
      // Distance test by a box dilation of the mask, rows then columns.
      const masked = new Uint8Array(width * height);
      for (let i = 0; i < masked.length; i++) masked[i] = pm.data[i * 4]! > 127 ? 1 : 0;
      const rows = new Uint8Array(masked.length);
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          let any = 0;
          for (let k = Math.max(0, x - margin); k <= Math.min(width - 1, x + margin) && !any; k++) {
            any = masked[y * width + k]!;
          }
          rows[y * width + x] = any;
        }
      }
      const near = new Uint8Array(masked.length);
      for (let x = 0; x < width; x++) {
        for (let y = 0; y < height; y++) {
          let any = 0;
          for (
            let k = Math.max(0, y - margin);
            k <= Math.min(height - 1, y + margin) && !any;
            k++
          ) {
            any = rows[k * width + x]!;
          }
          near[y * width + x] = any;
        }
      }
      let inside = 0;
      let insideCount = 0;
      let outside = 0;
      let outsideCount = 0;
      for (let i = 0; i < masked.length; i++) {
        const j = i * 4;
        const d =
          (Math.abs(pa.data[j]! - pb.data[j]!) +
            Math.abs(pa.data[j + 1]! - pb.data[j + 1]!) +
            Math.abs(pa.data[j + 2]! - pb.data[j + 2]!)) /
          3;
        if (pm.data[j]! > 250) {
          inside += d;
          insideCount++;
        } else if (!near[i]) {
          outside += d;
          outsideCount++;
        }
      }
      return {
        inside: inside / Math.max(1, insideCount),
        outside: outside / Math.max(1, outsideCount),
        insideCount,
        outsideCount,
      };
    },
    { a, b, mask, margin },
  );
}

async function meanDiff(page: Page, a: string, b: string): Promise<number> {
  const blank = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    const size = window.__leoCanvas!.state().size;
    canvas.width = size.width;
    canvas.height = size.height;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, size.width, size.height);
    return canvas.toDataURL('image/png');
  });
  // With an empty mask every pixel counts as "far outside".
  return (await compareInPage(page, a, b, blank, 0)).outside;
}

test.describe('realtime canvas', () => {
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

  test('works by keyboard: tools, brush size, undo and redo', async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    await canvas.stroke([
      [100, 100],
      [400, 400],
    ]);
    const drawn = await canvas.layerStats();
    expect(drawn.paintInk).toBeGreaterThan(1000);

    await canvas.region.focus();
    await page.keyboard.press('e');
    await expect(canvas.button('Eraser')).toHaveAttribute('aria-pressed', 'true');
    const size = page.getByLabel('Brush size');
    const start = Number(await size.inputValue());
    await page.keyboard.press(']');
    expect(Number(await size.inputValue())).toBeGreaterThan(start);
    await page.keyboard.press('[');
    await page.keyboard.press('[');
    expect(Number(await size.inputValue())).toBeLessThan(start);
    await page.keyboard.press('b');
    await expect(canvas.button('Brush')).toHaveAttribute('aria-pressed', 'true');

    await page.keyboard.press('ControlOrMeta+z');
    expect((await canvas.layerStats()).paintInk).toBe(0);
    await page.keyboard.press('Shift+ControlOrMeta+z');
    expect((await canvas.layerStats()).paintInk).toBe(drawn.paintInk);

    // The buttons work by keyboard too.
    await canvas.button('Clear').focus();
    await page.keyboard.press('Enter');
    expect((await canvas.layerStats()).paintInk).toBe(0);
    await canvas.button('Undo').focus();
    await page.keyboard.press('Enter');
    expect((await canvas.layerStats()).paintInk).toBe(drawn.paintInk);
  });

  test('has no axe violations, in light and dark, in both modes', async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      await canvas.button('Mask').click();
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      await canvas.button('Sketch').click();
    }
  });

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
