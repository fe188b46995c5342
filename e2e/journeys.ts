import type { APIRequestContext, Locator, Page, Request } from '@playwright/test';
import { API_PREFIX, KEYS, expect } from './fixtures.ts';

/** A prompt no other test (or earlier run against the same engine) uses. */
export const uniquePrompt = (what: string) =>
  `${what} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A small cube in OBJ, for the Textures view. */
export const CUBE_OBJ = `o Cube
v -1 -1 1
v 1 -1 1
v 1 1 1
v -1 1 1
v -1 -1 -1
v 1 -1 -1
v 1 1 -1
v -1 1 -1
f 1 2 3
f 1 3 4
f 5 8 7
f 5 7 6
`;

/** A finished generation (one image unless asked), made through the real API as any client would. */
export async function createGeneration(
  request: APIRequestContext,
  prompt: string,
  key: string = KEYS.alice,
  images = 1,
): Promise<string> {
  const headers = { Authorization: `Bearer ${key}` };
  const created = await request.post(`${API_PREFIX}/generations`, {
    headers,
    data: { prompt, width: 256, height: 256, num_images: images },
  });
  expect(created.status()).toBe(200);
  const id = ((await created.json()) as { sdGenerationJob: { generationId: string } })
    .sdGenerationJob.generationId;
  await expect
    .poll(
      async () => {
        const answer = await request.get(`${API_PREFIX}/generations/${id}`, { headers });
        return ((await answer.json()) as { generations_by_pk: { status: string } })
          .generations_by_pk.status;
      },
      { timeout: 30_000 },
    )
    .toBe('COMPLETE');
  return id;
}

/**
 * Counts the requests the page sends to one API endpoint. Observation only (`page.on`): the
 * requests go to the real engine, nothing is stubbed.
 */
export function countRequests(page: Page, method: string, path: string | RegExp) {
  const seen: Request[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    const endpoint = pathname.startsWith(API_PREFIX) ? pathname.slice(API_PREFIX.length) : null;
    if (request.method() !== method || endpoint === null) return;
    if (typeof path === 'string' ? endpoint === path : path.test(endpoint)) seen.push(request);
  });
  return { count: () => seen.length };
}

/** The Generate form, found by role and name as a user finds it. */
export function generateForm(page: Page) {
  const form = page.getByRole('form', { name: 'Text to image' });
  return {
    form,
    prompt: form.getByRole('textbox', { name: 'Prompt', exact: true }),
    size: form.getByRole('combobox', { name: 'Size' }),
    images: form.getByRole('combobox', { name: 'Number of images' }),
    generate: form.getByRole('button', { name: 'Generate' }),
  };
}

/** Fills in a small, quick request and sends it. */
export async function generate(page: Page, prompt: string, how: 'click' | 'dblclick' = 'click') {
  const form = generateForm(page);
  await form.prompt.fill(prompt);
  await form.size.selectOption('256x256');
  await form.images.selectOption('1');
  await form.generate[how]();
}

/** The jobs tray's row for one job. */
export const trayJob = (page: Page, label: string): Locator =>
  page.getByRole('region', { name: /^Jobs/ }).getByRole('listitem').filter({ hasText: label });

/** History's grid, and one generation's image in it. */
export const historyImage = (page: Page, prompt: string): Locator =>
  page.getByRole('list', { name: 'History' }).getByRole('img', { name: prompt, exact: true });
