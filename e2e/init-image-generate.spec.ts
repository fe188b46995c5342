import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext, Page } from '@playwright/test';
import { API_PREFIX, KEYS, expect, test } from './fixtures.ts';
import { createGeneration, generate, generateForm, trayJob, uniquePrompt } from './journeys.ts';

const SKETCH = fileURLToPath(new URL('./fixtures/init-sketch.png', import.meta.url));
const headers = { Authorization: `Bearer ${KEYS.alice}` };

interface StoredGeneration {
  prompt: string;
  status: string;
  initStrength: number | null;
  generated_images: Array<{ id: string; url: string }>;
}

/** The generation the engine stored for a prompt, read back through the API as any client. */
async function storedGeneration(request: APIRequestContext, prompt: string) {
  const me = await request.get(`${API_PREFIX}/me`, { headers });
  const userId = ((await me.json()) as { user_details: Array<{ user: { id: string } }> })
    .user_details[0]!.user.id;
  const page = await request.get(`${API_PREFIX}/generations/user/${userId}?limit=50`, { headers });
  const { generations } = (await page.json()) as { generations: StoredGeneration[] };
  return generations.find((generation) => generation.prompt === prompt);
}

/** The body of the next POST /generations the page sends (observed, not stubbed). */
function nextCreateBody(page: Page) {
  return page
    .waitForRequest(
      (request) =>
        request.method() === 'POST' &&
        new URL(request.url()).pathname === `${API_PREFIX}/generations`,
    )
    .then((request) => request.postDataJSON() as Record<string, unknown>);
}

/** axe finds nothing to fix in what is on screen (within `include`). */
async function expectAccessible(page: Page, include: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).include(include).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

test.describe('image-to-image in Generate', () => {
  test('from an uploaded file: the init-image flow, then init_image_id', async ({
    signedInPage: page,
    request,
  }) => {
    const form = generateForm(page);
    await expect(form.form).toBeVisible();
    await form.form.getByLabel('Init image', { exact: true }).setInputFiles(SKETCH);
    const preview = form.form.getByRole('img', { name: 'Init image: init-sketch.png' });
    await expect(preview).toBeVisible();
    // The preview is the engine's copy of the uploaded file.
    await expect(preview).toHaveAttribute('src', /\/files\//);
    const strength = form.form.getByRole('slider', { name: 'Init strength' });
    await strength.fill('0.7');
    await expect(form.form.getByText('0.70')).toBeVisible();
    await expect(page.getByLabel('Request as cURL')).toContainText('"init_image_id"');
    await expectAccessible(page, 'form[aria-label="Text to image"]');

    const prompt = uniquePrompt('a copper kettle');
    const sent = nextCreateBody(page);
    await generate(page, prompt);
    const body = await sent;
    expect(body).toMatchObject({ init_strength: 0.7 });
    expect(typeof body.init_image_id).toBe('string');
    expect(body).not.toHaveProperty('init_generation_image_id');
    await expect(trayJob(page, prompt)).toContainText('Complete', { timeout: 30_000 });
    await expect
      .poll(async () => (await storedGeneration(request, prompt))?.initStrength)
      .toBe(0.7);
  });

  test('from a History image: init_generation_image_id', async ({
    signedInPage: page,
    request,
  }) => {
    const sourcePrompt = uniquePrompt('a lighthouse to start from');
    const sourceId = await createGeneration(request, sourcePrompt);
    const source = await request.get(`${API_PREFIX}/generations/${sourceId}`, { headers });
    const imageId = ((await source.json()) as { generations_by_pk: StoredGeneration })
      .generations_by_pk.generated_images[0]!.id;

    // History's details open Generate at /generate?init=<imageId> ("Use as init image"). That
    // button is another part of the studio; this drives the address it leads to.
    await page.goto(`/generate?init=${imageId}`);
    const form = generateForm(page);
    await expect(form.form.getByText(/One of your generated images/)).toBeVisible();
    await expect(page).toHaveURL(/\/generate$/);
    await expect(form.form.getByRole('slider', { name: 'Init strength' })).toHaveValue('0.5');

    const prompt = uniquePrompt('the lighthouse in a storm');
    const sent = nextCreateBody(page);
    await generate(page, prompt);
    expect(await sent).toMatchObject({ init_generation_image_id: imageId, init_strength: 0.5 });
    await expect(trayJob(page, prompt)).toContainText('Complete', { timeout: 30_000 });
    await expect
      .poll(async () => (await storedGeneration(request, prompt))?.initStrength)
      .toBe(0.5);

    await form.form.getByRole('button', { name: 'Remove init image' }).click();
    await expect(form.form.getByRole('slider', { name: 'Init strength' })).toHaveCount(0);
  });
});
