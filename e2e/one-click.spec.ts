import { expect, test } from './fixtures.ts';
import {
  CUBE_OBJ,
  countRequests,
  createGeneration,
  escapeRegExp,
  generate,
  trayJob,
  uniquePrompt,
} from './journeys.ts';

// Each action below costs tokens (or creates something on the server): a double-click must send
// one request. The requests are counted as the browser sends them to the real engine; once the
// first has been answered, a second click that got through would already have been sent.
test.describe('one click, one job', () => {
  test('a double-click on Generate sends one POST /generations', async ({ signedInPage: page }) => {
    const posts = countRequests(page, 'POST', '/generations');
    const prompt = uniquePrompt('e2e double generate');
    await generate(page, prompt, 'dblclick');
    await expect(trayJob(page, prompt)).toBeVisible();
    await expect(trayJob(page, prompt)).toContainText('Complete', { timeout: 30_000 });
    expect(posts.count()).toBe(1);
    await expect(trayJob(page, prompt)).toHaveCount(1);
  });

  test('a double-click on Animate sends one POST /generations-motion-svd', async ({
    page,
    request,
    shell,
  }) => {
    test.slow();
    const prompt = uniquePrompt('e2e double animate');
    const id = await createGeneration(request, prompt);
    const posts = countRequests(page, 'POST', '/generations-motion-svd');
    await page.goto(`/history?open=${id}#key=e2e-alice-key`);
    await expect(shell.viewHeading('History')).toBeVisible();
    const detail = page.getByRole('dialog', { name: 'Generation details' });
    await detail.getByRole('button', { name: 'Animate' }).dblclick();
    await expect(detail.getByRole('status').filter({ hasText: 'Animating' })).toBeVisible();
    expect(posts.count()).toBe(1);
    await expect(page.getByRole('list', { name: 'Jobs' }).getByText(prompt)).toHaveCount(1);
  });

  test('a double-click on Upload model and on Generate textures sends one request each', async ({
    signedInPage: page,
    shell,
  }) => {
    test.slow();
    const uploads = countRequests(page, 'POST', '/models-3d/upload');
    const textureJobs = countRequests(page, 'POST', '/generations-texture');
    const name = `e2e-double-${Date.now().toString(36)}`;
    await shell.navLink('Textures').click();
    const main = page.getByRole('main');
    await main.getByLabel('OBJ file').setInputFiles({
      name: `${name}.obj`,
      mimeType: 'text/plain',
      buffer: Buffer.from(CUBE_OBJ),
    });
    await main.getByRole('button', { name: 'Upload model' }).dblclick();
    const models = main.getByRole('list', { name: 'Your models' });
    await expect(models.getByRole('button', { name: new RegExp(`^${name}\\b`) })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(uploads.count()).toBe(1);
    await expect(models.getByRole('button', { name: new RegExp(`^${name}\\b`) })).toHaveCount(1);

    const prompt = uniquePrompt('e2e double texture');
    await main.getByRole('textbox', { name: 'Prompt', exact: true }).fill(prompt);
    await main.getByRole('button', { name: 'Generate textures' }).dblclick();
    const generations = main.getByRole('list', { name: 'Texture generations' });
    await expect(
      generations.getByRole('button', { name: new RegExp(`^${escapeRegExp(prompt)}`) }),
    ).toHaveAttribute('aria-current', 'true');
    expect(textureJobs.count()).toBe(1);
    await expect(trayJob(page, prompt)).toHaveCount(1);
  });
});
