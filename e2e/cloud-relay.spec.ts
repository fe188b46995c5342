import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, KEYS, usernameFor } from './fixtures.ts';
import { generate, trayJob, uniquePrompt } from './journeys.ts';

// An engine with the relay on, serving the studio; it relays to the main e2e engine, its
// stand-in for Leonardo's cloud (playwright.config.ts).
const RELAY_ENGINE = process.env.LEO_E2E_RELAY_URL!;

/** axe finds nothing to fix in what is on screen (within `include`). */
async function expectAccessible(page: Page, include: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).include(include).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

test.describe('Leonardo cloud through this engine', () => {
  test('a browser the cloud refuses is told so, and connects through the relay', async ({
    page,
    request,
  }) => {
    // Cloud-only: how a browser sees the cloud refusing a cross-origin call (no CORS answer)
    // cannot be produced by the engine, and no request may leave this machine. Aborted here,
    // the call fails in the page exactly as a CORS refusal does: fetch rejects, no answer.
    await page.route('https://cloud.leonardo.ai/**', (route) => route.abort('failed'));

    await page.goto(`${RELAY_ENGINE}/`);
    const dialog = page.getByRole('dialog', { name: 'Connect to Leonardo' });
    const relayChoice = dialog.getByRole('radio', {
      name: 'Leonardo cloud through this engine',
      exact: true,
    });
    await expect(relayChoice).toBeVisible();
    await expect(relayChoice).toHaveAccessibleDescription(`${RELAY_ENGINE}/relay/api/rest/v1`);

    await dialog.getByLabel('API key', { exact: true }).fill(KEYS.alice);
    await dialog.getByRole('radio', { name: 'Leonardo cloud', exact: true }).check();
    await dialog.getByRole('button', { name: 'Connect' }).click();
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('Your browser could not reach Leonardo’s API directly');
    await expectAccessible(page, 'dialog');
    // By keyboard: the offered button is reachable and works with Enter.
    const viaRelay = alert.getByRole('button', { name: 'Connect through this engine' });
    await viaRelay.focus();
    await page.keyboard.press('Enter');

    // Signed in as the stand-in cloud's user, every call relayed.
    const relayed: string[] = [];
    page.on('request', (r) => relayed.push(new URL(r.url()).pathname));
    await expect(page.getByRole('banner')).toContainText(await usernameFor(request, KEYS.alice));
    const prompt = uniquePrompt('a relayed lighthouse');
    await generate(page, prompt);
    await expect(trayJob(page, prompt)).toContainText('Complete', { timeout: 30_000 });
    expect(relayed).toContain('/relay/api/rest/v1/generations');
    expect(relayed.some((path) => path.startsWith('/api/rest/v1/'))).toBe(false);
  });
});
