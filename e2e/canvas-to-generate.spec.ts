import { API_PREFIX, expect, test } from './fixtures.ts';
import { CanvasPage } from './canvas-page.ts';
import { generate, generateForm, trayJob, uniquePrompt } from './journeys.ts';

test.describe('the canvas hands a picture to Generate', () => {
  test.describe.configure({ timeout: 120_000 });

  test('"Use as init image" on a staged result opens Generate with it uploaded, and the generation uses it', async ({
    page,
  }) => {
    const canvas = new CanvasPage(page);
    await canvas.open();
    await canvas.prompt.fill('a red kite');
    await canvas.stroke([
      [80, 120],
      [430, 380],
    ]);
    await canvas.button('Refine').click();
    await expect(canvas.staged).toHaveCount(1, { timeout: 45_000 });
    await canvas.staged.first().getByRole('button', { name: 'Use as init image' }).click();

    // Generate opens (its code loaded only now) and shows the upload through the init-image
    // flow, ending with the engine's own copy of the picture.
    await expect(page).toHaveURL(/\/generate$/);
    const form = generateForm(page);
    const preview = form.form.getByRole('img', { name: /^Init image: / });
    await expect(preview).toHaveAttribute('src', /\/files\//, { timeout: 30_000 });

    const prompt = uniquePrompt('a kite over the sea');
    const sent = page.waitForRequest(
      (request) =>
        request.method() === 'POST' &&
        new URL(request.url()).pathname === `${API_PREFIX}/generations`,
    );
    await generate(page, prompt);
    const body = (await sent).postDataJSON() as Record<string, unknown>;
    expect(typeof body.init_image_id).toBe('string');
    await expect(trayJob(page, prompt)).toContainText('Complete', { timeout: 30_000 });
  });
});
