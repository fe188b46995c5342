import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { CanvasPage } from './canvas-page.ts';

interface Touch {
  id: number;
  kind: 'pen' | 'touch';
  pressure?: number;
  /** Image-pixel points: the first is the press, the last the release. */
  path: Array<[number, number]>;
}

/**
 * Pointer events as a pen or a finger sends them (Playwright has a mouse and taps, not pens or
 * two-finger drags), given to the stage's own listeners. Several pointers move in step.
 */
function gesture(page: Page, touches: Touch[]) {
  return page.evaluate((touches) => {
    const hook = window.__leoCanvas!;
    const element = hook.element();
    const fire = (type: string, t: (typeof touches)[number], [x, y]: [number, number]) => {
      const at = hook.imageToScreen(x, y);
      element.dispatchEvent(
        new PointerEvent(type, {
          clientX: at.x,
          clientY: at.y,
          pointerId: t.id,
          pointerType: t.kind,
          isPrimary: t === touches[0],
          button: type === 'pointermove' ? -1 : 0,
          buttons: type === 'pointerup' ? 0 : 1,
          pressure: type === 'pointerup' ? 0 : (t.pressure ?? 0.5),
          bubbles: true,
          cancelable: true,
        }),
      );
    };
    for (const t of touches) fire('pointerdown', t, t.path[0]!);
    const steps = Math.max(...touches.map((t) => t.path.length));
    for (let i = 1; i < steps; i++) {
      for (const t of touches) if (t.path[i]) fire('pointermove', t, t.path[i]!);
    }
    for (const t of touches) fire('pointerup', t, t.path.at(-1)!);
    hook.flush();
  }, touches);
}

const line = (y: number): Array<[number, number]> =>
  Array.from({ length: 30 }, (_, i) => [60 + i * 13, y] as [number, number]);

test.describe('realtime canvas: drawing like a tablet app', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a pen’s pressure sets the width, or the opacity when so chosen', async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    await page.getByLabel('Brush size').fill('40');
    await gesture(page, [{ id: 2, kind: 'pen', pressure: 0.1, path: line(120) }]);
    const light = (await canvas.layerStats()).paintInk;
    await canvas.button('Clear').click();
    await gesture(page, [{ id: 2, kind: 'pen', pressure: 1, path: line(120) }]);
    const firm = (await canvas.layerStats()).paintInk;
    expect(firm).toBeGreaterThan(light * 2);

    await canvas.button('Clear').click();
    await page.getByLabel('Pen pressure sets').selectOption('opacity');
    await gesture(page, [{ id: 2, kind: 'pen', pressure: 0.2, path: line(300) }]);
    const faint = await canvas.layerStats();
    // As wide as a firm stroke, but far from opaque.
    expect(faint.paintInk).toBeGreaterThan(firm * 0.8);
    expect(faint.paintAlpha / faint.paintInk).toBeLessThan(255 * 0.5);
  });

  test('one finger draws; two pan and zoom and draw nothing', async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    await gesture(page, [{ id: 11, kind: 'touch', path: line(200) }]);
    const drawn = (await canvas.layerStats()).paintInk;
    expect(drawn).toBeGreaterThan(1000);
    const before = (await canvas.state()).viewport;
    // Two fingers spreading apart around the middle of the frame.
    await gesture(page, [
      { id: 21, kind: 'touch', path: Array.from({ length: 10 }, (_, i) => [236 - i * 10, 256]) },
      { id: 22, kind: 'touch', path: Array.from({ length: 10 }, (_, i) => [276 + i * 10, 256]) },
    ]);
    const after = (await canvas.state()).viewport;
    expect(after.scale).toBeGreaterThan(before.scale * 2);
    expect((await canvas.layerStats()).paintInk).toBe(drawn);
    expect((await canvas.state()).undoDepth).toBe(1);
  });

  test('once a pen is used, a resting palm does not paint', async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    await gesture(page, [{ id: 3, kind: 'pen', pressure: 0.8, path: line(100) }]);
    const pen = (await canvas.layerStats()).paintInk;
    await gesture(page, [{ id: 31, kind: 'touch', path: line(400) }]);
    expect((await canvas.layerStats()).paintInk).toBe(pen);
    expect((await canvas.state()).undoDepth).toBe(1);
  });
});
