import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { readSettings } from '../src/lib/image-metadata/index.ts';
import { KEYS, expect, signInWithLink, test } from './fixtures.ts';
import { createGeneration, uniquePrompt } from './journeys.ts';

test.describe('History: selection, bulk download, compare, favourites', () => {
  test('Shift-click selects a range; the selection downloads as one ZIP with its settings', async ({
    page,
    request,
  }) => {
    test.slow();
    // A word of its own, so the search shows exactly these four, newest first.
    const word = `sel${Date.now().toString(36)}`;
    const prompts = [1, 2, 3, 4].map((n) => uniquePrompt(`e2e ${word} lantern ${n}`));
    for (const prompt of prompts) await createGeneration(request, prompt);
    await signInWithLink(page, KEYS.alice, '/history');
    await page.getByRole('searchbox', { name: 'Search prompts' }).fill(word);
    const history = page.getByRole('list', { name: 'History' });
    await expect(history.getByRole('listitem')).toHaveCount(4);
    const checkbox = (i: number) =>
      history.getByRole('checkbox', { name: `Select: ${prompts[i]}` });

    // Newest first: prompts[3] is the first tile. Click it, Shift-click the third one.
    await checkbox(3).click();
    await checkbox(1).click({ modifiers: ['Shift'] });
    await expect(page.getByText('3 selected', { exact: true })).toBeVisible();
    await expect(checkbox(2)).toBeChecked();
    await expect(checkbox(0)).not.toBeChecked();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download selected' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^leonardo-studio-[\d-]+\.zip$/);
    await expect(
      page.getByText(/^Saved leonardo-studio-.*: \d+ images? with their settings/),
    ).toBeVisible();
    const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const images = Object.keys(files).filter((name) => name !== 'generations.json');
    expect(images.length).toBeGreaterThanOrEqual(3);
    const manifest = JSON.parse(strFromU8(files['generations.json']!)) as {
      generations: Array<{ prompt: string }>;
    };
    expect(manifest.generations.map((g) => g.prompt).sort()).toEqual(
      [prompts[1], prompts[2], prompts[3]].sort(),
    );
    for (const name of images) {
      expect(prompts).toContain(readSettings(files[name]!)?.settings.prompt);
    }

    // Two selected: Compare shows them under the before/after slider.
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await checkbox(0).click();
    await checkbox(3).click({ modifiers: ['ControlOrMeta'] });
    await page.getByRole('button', { name: 'Compare' }).click();
    const compare = page.getByRole('dialog', { name: 'Compare generations' });
    await expect(compare.getByRole('img', { name: 'Compared generations: first' })).toBeVisible();
    await compare.getByRole('slider', { name: 'Compare position' }).press('Home');
    await expect(compare.getByRole('slider', { name: 'Compare position' })).toHaveValue('0');
    await compare.getByRole('button', { name: 'Close' }).click();

    // A favourite is marked, and found again by the filter.
    await history.getByRole('listitem', { name: new RegExp(`^${prompts[2]} `) }).click();
    const detail = page.getByRole('dialog', { name: 'Generation details' });
    await detail.getByRole('button', { name: 'Favourite' }).click();
    await expect(detail.getByRole('button', { name: 'Favourite' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.keyboard.press('Escape');
    await page.getByRole('checkbox', { name: 'Favourites only' }).check();
    await expect(history.getByRole('listitem')).toHaveCount(1);
    await expect(history.getByRole('listitem')).toHaveAccessibleName(/· favourite\)$/);
  });

  test('the details fit the window: a motion video and its controls at 1280×720', async ({
    page,
    request,
  }) => {
    test.slow();
    await page.setViewportSize({ width: 1280, height: 720 });
    const prompt = uniquePrompt('e2e fit motion');
    const id = await createGeneration(request, prompt);
    const headers = { Authorization: `Bearer ${KEYS.alice}` };
    const imageId = (
      (await (await request.get(`/api/rest/v1/generations/${id}`, { headers })).json()) as {
        generations_by_pk: { generated_images: Array<{ id: string }> };
      }
    ).generations_by_pk.generated_images[0]!.id;
    const motion = await request.post('/api/rest/v1/generations-motion-svd', {
      headers,
      data: { imageId, motionStrength: 3 },
    });
    const motionId = ((await motion.json()) as { motionSvdGenerationJob: { generationId: string } })
      .motionSvdGenerationJob.generationId;
    await expect
      .poll(
        async () =>
          (
            (await (
              await request.get(`/api/rest/v1/generations/${motionId}`, { headers })
            ).json()) as {
              generations_by_pk: { status: string };
            }
          ).generations_by_pk.status,
        { timeout: 90_000 },
      )
      .toBe('COMPLETE');

    await signInWithLink(page, KEYS.alice, `/history?open=${motionId}`);
    const detail = page.getByRole('dialog', { name: 'Generation details' });
    const video = detail.locator('video');
    await expect(video).toBeVisible();
    await expect(video).toBeInViewport({ ratio: 1 });
    // The tile in the grid says it is a video: a play badge on it, "motion" in its name.
    await page.keyboard.press('Escape');
    await expect(
      page.getByRole('list', { name: 'History' }).getByRole('listitem', {
        name: new RegExp(`^${prompt} \\(motion`),
      }),
    ).toBeVisible();
  });
});
