import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page, Route } from '@playwright/test';
import {
  BROKEN_TEXT,
  CDN,
  CLOUD_GENERATION_ID,
  CLOUD_IMAGE_ID,
  CLOUD_UPSCALE_ID,
  cloudGeneration,
  cloudMe,
} from '../src/test/cloud-answers.ts';
import { expect, test } from './fixtures.ts';

const CLOUD_API = 'https://cloud.leonardo.ai/api/rest/v1';
const PICTURE = readFileSync(fileURLToPath(new URL('./fixtures/init-sketch.png', import.meta.url)));
const USER = cloudMe().user_details[0]!.user.id;

/** A flagged image that the cloud has also upscaled: both shapes only the cloud sends. */
const generation = cloudGeneration({
  generated_images: [
    {
      id: CLOUD_IMAGE_ID,
      url: `${CDN}/${CLOUD_IMAGE_ID}/flagged.png`,
      nsfw: true,
      generated_image_variation_generics: [
        {
          id: CLOUD_UPSCALE_ID,
          status: 'COMPLETE',
          transformType: 'UPSCALE',
          url: `${CDN}/variations/${CLOUD_UPSCALE_ID}/upscaled.png`,
        },
      ],
    },
  ],
});

/**
 * Cloud-only answer shapes, which the local engine never sends (fields the SDK marks optional
 * left out, `nsfw: true`, an UPSCALE variation, images on a CDN host): Leonardo's cloud is
 * stood in for here with answers from src/test/cloud-answers.ts, since no request may leave
 * this machine. Everything else is the real built studio in Chromium.
 */
async function standInForTheCloud(page: Page): Promise<void> {
  const json = (route: Route, body: unknown, status = 200) =>
    route.fulfill({
      status,
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: JSON.stringify(body),
    });
  await page.route(`${CLOUD_API}/**`, (route) => {
    const path = new URL(route.request().url()).pathname.replace('/api/rest/v1', '');
    if (route.request().method() === 'OPTIONS') {
      return route.fulfill({
        status: 204,
        headers: {
          'Access-Control-Allow-Origin': '*',
          'Access-Control-Allow-Headers': 'authorization, content-type',
          'Access-Control-Allow-Methods': 'GET, POST, DELETE',
        },
      });
    }
    if (path === '/me') return json(route, cloudMe(USER));
    if (path === `/generations/user/${USER}`) return json(route, { generations: [generation] });
    if (path === `/generations/${CLOUD_GENERATION_ID}`)
      return json(route, { generations_by_pk: generation });
    if (path === '/platformModels') return json(route, { custom_models: [] });
    return json(route, { error: `No route ${path}`, path: '$', code: 'not-found' }, 404);
  });
  await page.route(`${CDN}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: PICTURE }),
  );
}

test('the built studio shows the cloud’s answers: blurred until shown, the upscale, no “undefined”', async ({
  page,
  connectPage,
}) => {
  await standInForTheCloud(page);
  await connectPage.goto();
  await connectPage.dialog.getByRole('radio', { name: 'Leonardo cloud', exact: true }).check();
  await connectPage.connect('a-cloud-key');
  await expect(page.getByRole('banner')).toContainText('cloud-alice');
  await expect(page.getByRole('banner')).toContainText('API tokens0');

  await page.goto(`/history?open=${CLOUD_GENERATION_ID}`);
  const details = page.getByRole('dialog', { name: 'Generation details' });
  const image = details.getByRole('img', { name: 'a lighthouse on a cliff at dusk', exact: true });
  await expect(image).toBeVisible();
  await expect(image).toHaveClass(/blur-2xl/);
  await details.getByRole('button', { name: 'Show' }).first().click();
  await expect(image).not.toHaveClass(/blur-2xl/);
  const upscaled = details.getByRole('img', { name: 'Upscaled: a lighthouse on a cliff at dusk' });
  await expect(upscaled).toHaveAttribute('src', /upscaled\.png$/);
  await expect(details.getByRole('button', { name: 'Animate upscaled image' })).toBeVisible();
  expect(await details.textContent()).not.toMatch(BROKEN_TEXT);
});
