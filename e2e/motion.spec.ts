import { API_PREFIX, KEYS, expect, signInWithLink, test } from './fixtures.ts';

const auth = { Authorization: `Bearer ${KEYS.alice}` };

test.describe('motion', () => {
  test('animate a generated image: the tray follows the job and History plays the video', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    // The still to animate is made through the real API: the Generate form has its own tests.
    const prompt = `motion source ${Date.now().toString(36)}`;
    const created = await request.post(`${API_PREFIX}/generations`, {
      headers: auth,
      data: { prompt, width: 256, height: 256, num_images: 1 },
    });
    const id = (await created.json()).sdGenerationJob.generationId as string;
    await expect
      .poll(async () => {
        const res = await request.get(`${API_PREFIX}/generations/${id}`, { headers: auth });
        return (await res.json()).generations_by_pk.status;
      })
      .toBe('COMPLETE');

    const shell = await signInWithLink(page, KEYS.alice, '/history');
    const history = page.getByRole('list', { name: 'History' });
    await history.getByRole('listitem', { name: new RegExp(`^${prompt} \\(1 image`) }).click();
    const detail = page.getByRole('dialog', { name: 'Generation details' });
    await detail.getByRole('slider', { name: 'Motion strength' }).fill('8');
    await detail.getByRole('button', { name: 'Animate' }).click();
    await expect(detail.getByRole('status').filter({ hasText: 'Animating' })).toBeVisible();
    await detail.getByRole('button', { name: 'Close' }).click();

    // The tray follows the motion job until it is done.
    const tray = page.getByRole('list', { name: 'Jobs' });
    await expect(tray.getByText(prompt).first()).toBeVisible();

    // History shows the motion generation with its video, which really plays.
    const video = history.locator(`video[aria-label="${prompt}"]`);
    await expect(video).toBeVisible({ timeout: 90_000 });
    await expect
      .poll(() => video.evaluate((v: HTMLVideoElement) => (v.readyState >= 2 ? v.duration : 0)))
      .toBeGreaterThan(2);
    await expect(shell.navLink('History')).toBeVisible();
  });
});
