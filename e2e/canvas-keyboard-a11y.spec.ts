import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { CanvasPage } from './canvas-page.ts';

test.describe('realtime canvas: keyboard and accessibility', () => {
  // Real images through the real engine, on machines that may be busy: generous but bounded.
  test.describe.configure({ timeout: 120_000 });
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

  test('leaves its keys to a dialog open over it', async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    await canvas.region.focus();
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    await page.keyboard.press('e');
    await page.keyboard.press('m');
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(canvas.button('Brush')).toHaveAttribute('aria-pressed', 'true');
    await expect(canvas.button('Eraser')).toHaveAttribute('aria-pressed', 'false');
    // With the dialog closed, the same key reaches the canvas again.
    await canvas.region.focus();
    await page.keyboard.press('e');
    await expect(canvas.button('Eraser')).toHaveAttribute('aria-pressed', 'true');
  });

  test('has no axe violations, in light and dark, in both modes', async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      // Links fade to the new theme's colours (transition-colors): axe reads the finished ones.
      await page.waitForFunction(() => document.getAnimations().length === 0);
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      await canvas.button('Mask').click();
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      await canvas.button('Sketch').click();
    }
  });
});
