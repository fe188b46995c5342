import type { Locator, Page } from '@playwright/test';
import { KEYS, expect, signInWithLink, test } from './fixtures.ts';
import { CanvasPage } from './canvas-page.ts';

type Box = { x: number; y: number; width: number; height: number };

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${locator} has no box`);
  return b;
}

const inside = (b: Box, width: number, height: number) =>
  b.x >= 0 && b.y >= 0 && b.x + b.width <= width + 0.5 && b.y + b.height <= height + 0.5;

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** What must be in view together: the canvas, its result, the prompt and the paid actions. */
function essentials(page: Page, canvas: CanvasPage): Record<string, Locator> {
  return {
    canvas: canvas.region,
    result: page.getByRole('heading', { name: 'Live result' }),
    'result image': page.getByText('The live result appears here.').locator('..'),
    prompt: canvas.prompt,
    Inpaint: canvas.button('Inpaint'),
    Outpaint: canvas.button('Outpaint'),
    Refine: canvas.button('Refine'),
    Upscale: canvas.button('Upscale'),
    'staged results': page.getByRole('heading', { name: 'Staged results' }),
  };
}

test.describe('realtime canvas: a layout that keeps the work in view', () => {
  test.describe.configure({ timeout: 120_000 });

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1400, height: 900 },
  ]) {
    test(`at ${viewport.width}×${viewport.height} everything is in view, the jobs tray over none of it`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      // A job of this tab, so the jobs tray is on screen over the canvas view.
      const shell = await signInWithLink(page, KEYS.alice, '/generate');
      const form = page.getByRole('form', { name: 'Text to image' });
      await form
        .getByRole('textbox', { name: 'Prompt', exact: true })
        .fill('a tray over the canvas');
      await form.getByRole('combobox', { name: 'Size' }).selectOption('256x256');
      await form.getByRole('button', { name: 'Generate' }).click();
      const tray = page.getByRole('region', { name: /^Jobs/ });
      await expect(tray).toBeVisible();
      await shell.navLink('Canvas').click();
      const canvas = new CanvasPage(page);
      await canvas.ready();
      await expect(tray).toBeVisible();
      const trayBox = await box(tray);

      const scroll = await page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        width: document.documentElement.scrollWidth,
      }));
      expect(scroll.height).toBeLessThanOrEqual(viewport.height);
      expect(scroll.width).toBeLessThanOrEqual(viewport.width);
      const boxes: Record<string, Box> = {};
      for (const [name, locator] of Object.entries(essentials(page, canvas))) {
        boxes[name] = await box(locator);
        expect(inside(boxes[name]!, viewport.width, viewport.height), `${name} in view`).toBe(true);
        expect(overlap(boxes[name]!, trayBox), `${name} clear of the jobs tray`).toBe(false);
      }
      // The staged results sit under the result, in its column: not at the bottom of the page.
      const result = boxes['result image']!;
      const staged = boxes['staged results']!;
      expect(staged.y).toBeGreaterThanOrEqual(result.y + result.height);
      expect(staged.x).toBeGreaterThanOrEqual(result.x - 1);
      expect(staged.x).toBeLessThan(result.x + result.width);
      // The canvas gets a fair share of the screen.
      expect(boxes.canvas!.height).toBeGreaterThan(viewport.height * 0.5);

      // A staged result, with its buttons and Compare, stays in view under the result too.
      await canvas.prompt.fill('a tray over the canvas');
      await canvas.button('Refine').click();
      await expect(canvas.staged).toHaveCount(1, { timeout: 45_000 });
      await canvas.staged.first().getByRole('button', { name: 'Compare' }).click();
      for (const locator of [
        canvas.staged.first(),
        canvas.staged.first().getByRole('button', { name: 'Accept' }),
        page.getByLabel('Compare position'),
        canvas.region,
        canvas.button('Upscale'),
      ]) {
        const b = await box(locator);
        expect(inside(b, viewport.width, viewport.height), `${locator} in view`).toBe(true);
        expect(overlap(b, trayBox), `${locator} clear of the jobs tray`).toBe(false);
      }
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
        viewport.height,
      );
    });
  }

  test('at 390×844 the panels stack, nothing runs off the side, and the controls are a finger wide', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const canvas = new CanvasPage(page);
    await canvas.open();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    const prompt = await box(canvas.prompt);
    const stage = await box(canvas.region);
    const result = await box(page.getByRole('heading', { name: 'Live result' }));
    const tools = await box(page.getByRole('complementary', { name: 'Canvas tools' }));
    expect(prompt.y).toBeLessThan(stage.y);
    expect(stage.y + stage.height).toBeLessThanOrEqual(result.y);
    expect(result.y).toBeLessThan(tools.y);
    expect(stage.width).toBeGreaterThan(300);
    for (const name of ['Inpaint', 'Outpaint', 'Refine', 'Upscale', 'Undo', 'Brush']) {
      const b = await box(canvas.button(name));
      expect(b.height, name).toBeGreaterThanOrEqual(36);
      expect(b.x + b.width, name).toBeLessThanOrEqual(390);
    }
  });
});
