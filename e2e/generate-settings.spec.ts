import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { readSettings } from '../src/lib/image-metadata/index.ts';
import { expect, test } from './fixtures.ts';
import { generateForm, uniquePrompt } from './journeys.ts';

test.describe('settings travel with the image', () => {
  test('a downloaded image holds its settings, and "Import settings from an image" restores them', async ({
    signedInPage: page,
  }) => {
    test.slow();
    const prompt = uniquePrompt('e2e kite over hills');
    const form = generateForm(page);
    const fields = page.getByRole('form', { name: 'Text to image' });
    await form.prompt.fill(prompt);
    await fields.getByRole('textbox', { name: 'Negative prompt' }).fill('text, watermark');
    await form.size.selectOption('256x256');
    await form.images.selectOption('1');
    await fields.getByRole('spinbutton', { name: 'Guidance scale' }).fill('9');
    await fields.getByRole('radio', { name: 'Fixed' }).check();
    await fields.getByRole('spinbutton', { name: 'Seed value' }).fill('4242');
    await form.generate.click();

    const card = page
      .getByRole('list', { name: 'Results' })
      .getByRole('listitem', { name: prompt });
    await expect(card.getByRole('img', { name: prompt, exact: true })).toBeVisible({
      timeout: 30_000,
    });
    const downloading = page.waitForEvent('download');
    await card.getByRole('button', { name: 'Download' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^e2e-kite-over-hills-[a-z0-9]+-4242\.jpg$/);
    await expect(card.getByRole('status')).toContainText('with its settings');
    const file = await download.path();
    const read = readSettings(new Uint8Array(readFileSync(file)));
    expect(read?.source).toBe('leonardo-studio');
    expect(read?.settings).toMatchObject({
      prompt,
      negativePrompt: 'text, watermark',
      seed: 4242,
      guidanceScale: 9,
      width: 256,
      height: 256,
    });
    expect(read?.settings.generationId).toMatch(/^[0-9a-f-]{36}$/);

    // Start over, then bring the settings back from the file.
    await form.prompt.fill('something else');
    await fields.getByRole('textbox', { name: 'Negative prompt' }).fill('');
    await form.size.selectOption('1024x1024');
    await fields.getByRole('radio', { name: 'Random' }).check();
    await page.getByLabel('Import settings from an image').setInputFiles(file);
    await expect(page.getByText(/^Loaded Leonardo Studio’s settings from /)).toBeVisible();
    await expect(form.prompt).toHaveValue(prompt);
    await expect(fields.getByRole('textbox', { name: 'Negative prompt' })).toHaveValue(
      'text, watermark',
    );
    await expect(fields.getByRole('spinbutton', { name: 'Width' })).toHaveValue('256');
    await expect(fields.getByRole('spinbutton', { name: 'Seed value' })).toHaveValue('4242');
    await expect(fields.getByRole('spinbutton', { name: 'Guidance scale' })).toHaveValue('9');

    // A file without settings says so, and changes nothing.
    const plain = await sharp({
      create: { width: 8, height: 8, channels: 3, background: '#3366aa' },
    })
      .png()
      .toBuffer();
    await page
      .getByLabel('Import settings from an image')
      .setInputFiles({ name: 'plain.png', mimeType: 'image/png', buffer: plain });
    await expect(page.getByText('plain.png holds no generation settings.')).toBeVisible();
    await expect(form.prompt).toHaveValue(prompt);
  });

  test('a pasted generation id restores its settings', async ({ signedInPage: page, request }) => {
    const prompt = uniquePrompt('e2e pasted heron');
    const created = await request.post('/api/rest/v1/generations', {
      headers: { Authorization: 'Bearer e2e-alice-key' },
      data: { prompt, width: 640, height: 384, num_images: 1, seed: 77 },
    });
    const id = ((await created.json()) as { sdGenerationJob: { generationId: string } })
      .sdGenerationJob.generationId;
    await page.getByRole('textbox', { name: 'Generation id or image URL' }).fill(id);
    await page.getByRole('button', { name: 'Load settings' }).click();
    const form = generateForm(page);
    await expect(form.prompt).toHaveValue(prompt);
    await expect(
      page.getByRole('form', { name: 'Text to image' }).getByRole('spinbutton', { name: 'Width' }),
    ).toHaveValue('640');
  });
});
