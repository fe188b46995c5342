import { expect, test, KEYS, API_PREFIX } from './fixtures.ts';
import { escapeRegExp, generate, historyImage, trayJob, uniquePrompt } from './journeys.ts';

// The studio as a team would host it: `dist/` from a plain static server under a sub-path
// (scripts/serve-static.ts, this project's baseURL), the engine on another origin. Set by
// playwright.config.ts.
const ENGINE = process.env.LEO_E2E_ENGINE_URL!;
const BASE = process.env.LEO_E2E_STATIC_BASE!;

test.describe('the studio as static files, the engine on another origin', () => {
  test('connects by the engine’s URL, generates, and opens History across origins', async ({
    page,
  }) => {
    await page.goto(BASE);
    const dialog = page.getByRole('dialog', { name: 'Connect to Leonardo' });
    await expect(dialog).toBeVisible();
    // No engine serves this page: the local engine's address is asked for.
    const engineUrl = dialog.getByRole('textbox', { name: 'Engine URL' });
    await expect(engineUrl).toBeVisible();
    await expect(dialog.getByRole('radio', { name: 'Local engine', exact: true })).toBeChecked();
    await expect(dialog.getByRole('radio', { name: /through this engine/ })).toHaveCount(0);
    // The page carries its CSP itself, since a static host sends no header for it.
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      /connect-src 'self' https: http:/,
    );

    await engineUrl.fill(ENGINE);
    await dialog.getByLabel('API key', { exact: true }).fill(KEYS.alice);
    await dialog.getByRole('button', { name: 'Connect' }).click();
    await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(BASE)}generate$`));

    const prompt = uniquePrompt('a harbour at night');
    await generate(page, prompt);
    await expect(trayJob(page, prompt)).toContainText('Complete', { timeout: 30_000 });

    await page
      .getByRole('navigation', { name: 'Studio' })
      .getByRole('link', { name: 'History' })
      .click();
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(BASE)}history$`));
    const image = historyImage(page, prompt);
    await expect(image).toBeVisible();
    // The picture comes from the engine's origin, not the page's.
    expect(new URL((await image.getAttribute('src'))!, page.url()).origin).toBe(ENGINE);
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);

    // A reload under the sub-path keeps the view and the session.
    await page.reload();
    await expect(historyImage(page, prompt)).toBeVisible();
    await historyImage(page, prompt).click();
    const details = page.getByRole('dialog', { name: 'Generation details' });
    await expect(details).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(BASE)}history\\?open=`));
  });

  test('the engine answers this page’s calls with CORS, and its API is not on the static host', async ({
    request,
  }) => {
    const preflight = await request.fetch(`${ENGINE}${API_PREFIX}/me`, {
      method: 'OPTIONS',
      headers: {
        Origin: new URL(test.info().project.use.baseURL!).origin,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()['access-control-allow-origin']).toBe(
      new URL(test.info().project.use.baseURL!).origin,
    );
    const onStatic = await request.get(`${BASE}studio/capabilities`);
    expect(onStatic.headers()['content-type']).toContain('text/html');
  });
});
