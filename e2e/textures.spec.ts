import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** A unit cube with texture coordinates: 8 corners, 4 UV corners, 6 faces of 2 triangles. */
const CUBE_OBJ = `# e2e cube
o Cube
v -1 -1  1
v  1 -1  1
v  1  1  1
v -1  1  1
v -1 -1 -1
v  1 -1 -1
v  1  1 -1
v -1  1 -1
vt 0 0
vt 1 0
vt 1 1
vt 0 1
f 1/1 2/2 3/3
f 1/1 3/3 4/4
f 6/1 5/2 8/3
f 6/1 8/3 7/4
f 5/1 1/2 4/3
f 5/1 4/3 8/4
f 2/1 6/2 7/3
f 2/1 7/3 3/4
f 4/1 3/2 7/3
f 4/1 7/3 8/4
f 5/1 6/2 2/3
f 5/1 2/3 1/4
`;

/** The Textures view, found by roles and names as a user finds it. */
class TexturesPage {
  readonly fileInput: Locator;
  readonly uploadButton: Locator;
  readonly models: Locator;
  readonly generations: Locator;
  readonly prompt: Locator;
  readonly generateButton: Locator;
  readonly preview: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.fileInput = main.getByLabel('OBJ file');
    this.uploadButton = main.getByRole('button', { name: 'Upload model' });
    this.models = main.getByRole('list', { name: 'Your models' });
    this.generations = main.getByRole('list', { name: 'Texture generations' });
    this.prompt = main.getByRole('textbox', { name: 'Prompt', exact: true });
    this.generateButton = main.getByRole('button', { name: 'Generate textures' });
    this.preview = main.getByRole('img', { name: '3D preview' });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Studio' })
      .getByRole('link', { name: 'Textures' })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Textures' })).toBeVisible();
  }

  async upload(name: string, contents: string | Buffer, mimeType = 'text/plain'): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType, buffer: Buffer.from(contents) });
    await this.uploadButton.click();
  }

  model(name: string): Locator {
    return this.models.getByRole('button', { name: new RegExp(`^${name}\\b`) });
  }

  confirmation(name: string): Locator {
    return this.page.getByRole('alertdialog', { name });
  }
}

/** What the WebGL canvas shows: read back from its (preserved) drawing buffer. */
interface CanvasPicture {
  /** Distinct colours, at 5 bits a channel. */
  colours: number;
  /** Share of pixels that differ from the background (the top-left corner). */
  covered: number;
  /** The picture shrunk to 16×16 RGB cells, to compare two renders. */
  cells: number[];
}

function readCanvas(canvas: Locator): Promise<CanvasPicture> {
  return canvas.evaluate((element) => {
    const source = element as HTMLCanvasElement;
    const { width, height } = source;
    const copy = document.createElement('canvas');
    copy.width = width;
    copy.height = height;
    const context = copy.getContext('2d');
    if (!context || width === 0 || height === 0) return { colours: 0, covered: 0, cells: [] };
    context.drawImage(source, 0, 0);
    const data = context.getImageData(0, 0, width, height).data;
    const background = [data[0]!, data[1]!, data[2]!];
    const colours = new Set<number>();
    const sums = new Array<number>(16 * 16 * 4).fill(0);
    let covered = 0;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        const distance =
          Math.abs(r - background[0]!) +
          Math.abs(g - background[1]!) +
          Math.abs(b - background[2]!);
        if (distance > 12) covered++;
        colours.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3));
        const cell = (Math.floor((y * 16) / height) * 16 + Math.floor((x * 16) / width)) * 4;
        sums[cell]! += r;
        sums[cell + 1]! += g;
        sums[cell + 2]! += b;
        sums[cell + 3]! += 1;
      }
    }
    const cells: number[] = [];
    for (let c = 0; c < sums.length; c += 4) {
      const n = sums[c + 3]! || 1;
      cells.push(sums[c]! / n, sums[c + 1]! / n, sums[c + 2]! / n);
    }
    return { colours: colours.size, covered: covered / (width * height), cells };
  });
}

/** Mean difference per channel between two pictures' cells (0–255). */
function difference(a: CanvasPicture, b: CanvasPicture): number {
  let total = 0;
  for (let i = 0; i < a.cells.length; i++) total += Math.abs(a.cells[i]! - (b.cells[i] ?? 0));
  return total / Math.max(1, a.cells.length);
}

test.describe('textures', () => {
  test('upload an OBJ, texture it, see the maps on the model in 3D, delete the texture', async ({
    signedInPage: page,
  }) => {
    // A real texture job, WebGL on the CPU (SwiftShader) and two axe passes: about a minute on
    // two busy cores, so allow three.
    test.setTimeout(180_000);
    const textures = new TexturesPage(page);
    const name = `e2e-cube-${Date.now()}`;
    await textures.open();

    await textures.upload(`${name}.obj`, CUBE_OBJ);
    // The new model is listed and opened.
    await expect(textures.model(name)).toHaveAttribute('aria-current', 'true');
    await expect(page).toHaveURL(/[?&]model=[0-9a-f-]{36}/);

    // The untextured model is already in the 3D preview. WebGL runs on the CPU here
    // (SwiftShader), where compiling the shaders takes a few seconds on a busy machine.
    await expect(textures.preview).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('status').filter({ hasText: `${name}, untextured` })).toBeVisible({
      timeout: 20_000,
    });
    const untextured = await readCanvas(textures.preview);
    expect(untextured.covered).toBeGreaterThan(0.05);
    expect(untextured.colours).toBeGreaterThan(4);

    const prompt = `rusty riveted metal plates ${Date.now()}`;
    await textures.prompt.fill(prompt);
    await page.getByRole('textbox', { name: 'Negative prompt' }).fill('blurry');
    await page.getByRole('switch', { name: 'Preview' }).click();
    await expect(page.getByRole('switch', { name: 'Preview' })).toBeChecked();
    await page.getByRole('radio', { name: 'Stable Diffusion 2' }).check();
    await textures.generateButton.click();

    // The job runs, then its maps appear as images named by type.
    await expect(
      textures.generations.getByRole('button', { name: new RegExp(`^${prompt}`) }),
    ).toHaveAttribute('aria-current', 'true');
    for (const map of ['Albedo map', 'Normal map', 'Roughness map', 'Displacement map']) {
      await expect(page.getByRole('img', { name: map })).toBeVisible({ timeout: 60_000 });
    }
    await expect(
      page.getByRole('status').filter({ hasText: `${name} with albedo, normal, roughness maps` }),
    ).toBeVisible({ timeout: 30_000 });

    // The preview is drawn, and the maps changed what the model looks like from the same view.
    const textured = await readCanvas(textures.preview);
    expect(textured.covered).toBeGreaterThan(0.05);
    // A texture brings many more colours than grey shading (here ~380 against ~40).
    expect(textured.colours).toBeGreaterThan(Math.max(8, untextured.colours * 2));
    expect(difference(textured, untextured)).toBeGreaterThan(5);

    // The camera answers the keyboard: Shift+arrows orbit, and the picture changes.
    await textures.preview.focus();
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await expect
      .poll(async () => difference(await readCanvas(textures.preview), textured))
      .toBeGreaterThan(1);

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect((await new AxeBuilder({ page }).include('main').analyze()).violations).toEqual([]);
    }

    // Delete it, with a confirmation that starts on Cancel and keeps focus inside.
    const deleteButton = textures.generations.getByRole('button', {
      name: `Delete texture “${prompt}”`,
    });
    await deleteButton.click();
    const confirm = textures.confirmation('Delete this texture generation?');
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await deleteButton.click();
    await page.keyboard.press('Shift+Tab');
    await expect(confirm.getByRole('button', { name: 'Delete' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(confirm).toBeHidden();
    const byPrompt = page.getByRole('main').getByRole('button', { name: new RegExp(prompt) });
    await expect(byPrompt).toHaveCount(0);
    await expect(page.getByRole('img', { name: 'Albedo map' })).toHaveCount(0);

    // Gone for the server too: after a reload the same model opens without it.
    await page.reload();
    await expect(textures.model(name)).toHaveAttribute('aria-current', 'true');
    await expect(page.getByText('No textures for this model yet.')).toBeVisible();
    await expect(byPrompt).toHaveCount(0);
  });

  test('a file that is not an OBJ is refused before anything is sent', async ({
    signedInPage: page,
  }) => {
    const textures = new TexturesPage(page);
    await textures.open();
    const alert = page.getByRole('main').getByRole('alert');

    await textures.upload('photo.png', '\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'image/png');
    await expect(alert).toContainText('“photo.png” is not an OBJ file');

    await textures.upload('notes.obj', 'Dear diary, today I made a model.\n');
    await expect(alert).toContainText('“notes.obj”: This file does not read as OBJ');
    await expect(textures.fileInput).toHaveAttribute('aria-invalid', 'true');
  });

  test("the engine's own refusal is shown as it says it", async ({ signedInPage: page }) => {
    const textures = new TexturesPage(page);
    await textures.open();
    // Only comments for well over a kilobyte: the sniff gives it the benefit of the doubt,
    // and the server, which reads it all, finds no geometry.
    await textures.upload('empty.obj', `${'# no geometry here\n'.repeat(200)}`);
    await expect(page.getByRole('main').getByRole('alert')).toContainText(
      'Upload failed: the file is not a Wavefront OBJ model (no vertices or faces)',
    );
  });

  test('a model can be deleted after confirming', async ({ signedInPage: page }) => {
    const textures = new TexturesPage(page);
    const name = `e2e-doomed-${Date.now()}`;
    await textures.open();
    await textures.upload(`${name}.obj`, CUBE_OBJ);
    await expect(textures.model(name)).toBeVisible();

    await textures.models.getByRole('button', { name: `Delete model ${name}` }).click();
    const confirm = textures.confirmation('Delete this model?');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(confirm).toBeHidden();
    await expect(textures.model(name)).toHaveCount(0);
    await expect(page.getByText('Pick one of your models')).toBeVisible();
  });
});
