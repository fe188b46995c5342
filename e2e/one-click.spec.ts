import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import {
  CUBE_OBJ,
  countRequests,
  createGeneration,
  escapeRegExp,
  generate,
  generateForm,
  trayJob,
  uniquePrompt,
} from './journeys.ts';

/**
 * Two activations in one task, before the page can render or hear back: the fastest a
 * double-click (or Enter pressed twice) can come. Only a guard in code stops the second.
 */
const activateTwiceAtOnce = (button: Locator) =>
  button.evaluate((element) => {
    (element as HTMLElement).click();
    (element as HTMLElement).click();
  });

// Each action below costs tokens (or creates something on the server): each double activation
// must send one request. The requests are counted as the browser sends them to the real engine;
// once the first has been answered, a second that got through would already have been sent.
test.describe('one click, one job', () => {
  test('a double-click on Generate sends one POST /generations', async ({ signedInPage: page }) => {
    const posts = countRequests(page, 'POST', '/generations');
    const first = uniquePrompt('e2e double generate');
    await generate(page, first, 'dblclick');
    await expect(trayJob(page, first)).toContainText('Complete', { timeout: 30_000 });
    expect(posts.count()).toBe(1);

    const second = uniquePrompt('e2e double generate at once');
    await generateForm(page).prompt.fill(second);
    await activateTwiceAtOnce(generateForm(page).generate);
    await expect(trayJob(page, second)).toContainText('Complete', { timeout: 30_000 });
    expect(posts.count()).toBe(2);
    await expect(trayJob(page, first)).toHaveCount(1);
    await expect(trayJob(page, second)).toHaveCount(1);
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
    const animate = detail.getByRole('button', { name: 'Animate' });
    const jobs = page.getByRole('list', { name: 'Jobs' }).getByText(prompt);
    await animate.dblclick();
    await expect(jobs).toHaveCount(1);
    expect(posts.count()).toBe(1);

    await expect(animate).not.toHaveAttribute('aria-disabled', 'true');
    await activateTwiceAtOnce(animate);
    await expect(jobs).toHaveCount(2);
    expect(posts.count()).toBe(2);
  });

  test('a double-click on Upload model and on Generate textures sends one request each', async ({
    signedInPage: page,
    shell,
  }) => {
    test.slow();
    const uploads = countRequests(page, 'POST', '/models-3d/upload');
    const textureJobs = countRequests(page, 'POST', '/generations-texture');
    await shell.navLink('Textures').click();
    const main = page.getByRole('main');
    const models = main.getByRole('list', { name: 'Your models' });
    const uploadButton = main.getByRole('button', { name: 'Upload model' });
    const model = (name: string) =>
      models.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}\\b`) });
    const chooseFile = (name: string) =>
      main.getByLabel('OBJ file').setInputFiles({
        name: `${name}.obj`,
        mimeType: 'text/plain',
        buffer: Buffer.from(CUBE_OBJ),
      });

    const first = `e2e-double-${Date.now().toString(36)}`;
    await chooseFile(first);
    await uploadButton.dblclick();
    await expect(model(first)).toHaveAttribute('aria-current', 'true');
    expect(uploads.count()).toBe(1);
    const second = `e2e-at-once-${Date.now().toString(36)}`;
    await chooseFile(second);
    await activateTwiceAtOnce(uploadButton);
    await expect(model(second)).toHaveAttribute('aria-current', 'true');
    expect(uploads.count()).toBe(2);
    await expect(model(second)).toHaveCount(1);

    const generations = main.getByRole('list', { name: 'Texture generations' });
    const prompt = main.getByRole('textbox', { name: 'Prompt', exact: true });
    const generateButton = main.getByRole('button', { name: 'Generate textures' });
    const texture = (text: string) =>
      generations.getByRole('button', { name: new RegExp(`^${escapeRegExp(text)}`) });
    const one = uniquePrompt('e2e double texture');
    await prompt.fill(one);
    await generateButton.dblclick();
    await expect(texture(one)).toHaveAttribute('aria-current', 'true');
    expect(textureJobs.count()).toBe(1);
    const two = uniquePrompt('e2e double texture at once');
    await prompt.fill(two);
    await activateTwiceAtOnce(generateButton);
    await expect(texture(two)).toHaveAttribute('aria-current', 'true');
    expect(textureJobs.count()).toBe(2);
    await expect(texture(one)).toHaveCount(1);
    await expect(trayJob(page, two)).toHaveCount(1);
  });
});
