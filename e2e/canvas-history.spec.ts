import { expect, test } from './fixtures.ts';
import { CanvasPage } from './canvas-page.ts';

test.describe('realtime canvas: history that never forgets', () => {
  test.describe.configure({ timeout: 120_000 });

  test('undo after a reload removes the last stroke, and redo brings it back', async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    await canvas.stroke([
      [60, 100],
      [440, 120],
    ]);
    const one = (await canvas.layerStats()).paintInk;
    await canvas.stroke([
      [60, 380],
      [440, 400],
    ]);
    const two = (await canvas.layerStats()).paintInk;
    expect(two).toBeGreaterThan(one);
    await canvas.waitUntilSaved();

    await canvas.reload();
    expect((await canvas.layerStats()).paintInk).toBe(two);
    expect(await canvas.state()).toMatchObject({ canUndo: true, undoDepth: 2 });
    await expect(canvas.button('Undo')).toBeEnabled();
    await canvas.button('Undo').click();
    expect((await canvas.layerStats()).paintInk).toBe(one);
    await page.keyboard.press('Shift+ControlOrMeta+z');
    expect((await canvas.layerStats()).paintInk).toBe(two);

    // Undone and reloaded, the step can still be redone.
    await canvas.button('Undo').click();
    await canvas.waitUntilSaved();
    await canvas.reload();
    expect((await canvas.layerStats()).paintInk).toBe(one);
    await expect(canvas.button('Redo')).toBeEnabled();
    await canvas.button('Redo').click();
    expect((await canvas.layerStats()).paintInk).toBe(two);
  });

  test('a stroke drawn 150 ms before a reload survives it', async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    await canvas.stroke([
      [100, 256],
      [400, 256],
    ]);
    const drawn = (await canvas.layerStats()).paintInk;
    expect(drawn).toBeGreaterThan(1000);
    // No waiting for "Saved": the reload comes 150 ms after the stroke is released.
    await page.waitForTimeout(150);
    await canvas.reload();
    expect((await canvas.layerStats()).paintInk).toBe(drawn);
    await canvas.button('Undo').click();
    expect((await canvas.layerStats()).paintInk).toBe(0);
  });

  test('saves a named snapshot and restores it, also after a reload', async ({ page }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    await canvas.stroke([
      [80, 80],
      [420, 420],
    ]);
    const kept = (await canvas.layerStats()).paintInk;
    await page.getByLabel('Snapshot name').fill('diagonal');
    await canvas.button('Save snapshot').click();
    await expect(page.getByText('Saved the snapshot “diagonal”.')).toBeVisible();
    await canvas.button('Clear').click();
    expect((await canvas.layerStats()).paintInk).toBe(0);
    await canvas.waitUntilSaved();

    await canvas.reload();
    await canvas.button('Restore diagonal').click();
    await expect(page.getByText(/Restored “diagonal”/)).toBeVisible();
    expect((await canvas.layerStats()).paintInk).toBe(kept);
    // What a snapshot restores is stored like any other change.
    await canvas.waitUntilSaved();
    await canvas.reload();
    expect((await canvas.layerStats()).paintInk).toBe(kept);
    // Restoring is one undo step: the cleared canvas comes back.
    await canvas.button('Undo').click();
    expect((await canvas.layerStats()).paintInk).toBe(0);
    await canvas.button('Delete snapshot diagonal').click();
    await expect(canvas.button('Restore diagonal')).toHaveCount(0);
  });
});
