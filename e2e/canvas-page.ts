import type { Locator, Page } from '@playwright/test';
import type {} from '../src/features/canvas/test-hook-types.ts';
import { KEYS, expect, signInWithLink } from './fixtures.ts';

export type Point = [number, number];

/** The canvas view, by role and name, plus the e2e build's `window.__leoCanvas` hook for pixels. */
export class CanvasPage {
  readonly region: Locator;
  readonly liveSwitch: Locator;
  readonly liveResult: Locator;
  readonly prompt: Locator;
  readonly staged: Locator;
  readonly layers: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Sketch canvas' });
    this.liveSwitch = page.getByRole('switch', { name: 'Live' });
    this.liveResult = page.getByRole('img', { name: 'Live result' });
    this.prompt = page.getByLabel('Prompt');
    this.staged = page.getByRole('list', { name: 'Staged results' }).getByRole('listitem');
    this.layers = page.getByRole('list', { name: 'Layers' }).getByRole('listitem');
  }

  /** The layers' names, top first, as the Layers list shows them (the mask first). */
  layerNames(): Promise<string[]> {
    return this.layers.evaluateAll((items) =>
      items.map((item) => item.getAttribute('aria-label')!),
    );
  }

  /** Imports an image through the file picker, as a user would. */
  async importImage(name: string, buffer: Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.button('Import image').click();
    await (await chooser).setFiles({ name, mimeType: 'image/png', buffer });
    await expect(this.page.getByText(`Imported ${name} as a layer.`)).toBeVisible();
  }

  /** The composited frame's colour at an image pixel, as it is sent. */
  compositePixel(x: number, y: number) {
    return this.page.evaluate(([px, py]) => window.__leoCanvas!.compositePixel(px!, py!), [x, y]);
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.ready();
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

  /** Where image-pixel points are on the screen now (with the current zoom). */
  async toScreen(points: Point[]): Promise<Array<{ x: number; y: number }>> {
    await this.region.scrollIntoViewIfNeeded();
    return this.page.evaluate(
      (pts) => pts.map(([x, y]) => window.__leoCanvas!.imageToScreen(x, y)),
      points,
    );
  }

  /** Drags the real mouse through image-pixel points. */
  async stroke(points: Point[]): Promise<void> {
    const [first, ...rest] = await this.toScreen(points);
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
export function compareInPage(page: Page, a: string, b: string, mask: string, margin = 24) {
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

export async function meanDiff(page: Page, a: string, b: string): Promise<number> {
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
