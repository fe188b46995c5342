import {
  test as base,
  expect,
  type APIRequestContext,
  type Locator,
  type Page,
} from '@playwright/test';

/** Keys the e2e engine is started with (playwright.config.ts); each is its own user. */
export const KEYS = { alice: 'e2e-alice-key', bob: 'e2e-bob-key' } as const;
export const API_PREFIX = '/api/rest/v1';

/** The connect dialog, by role and accessible name as a user finds it. */
export class ConnectPage {
  readonly dialog: Locator;
  readonly keyInput: Locator;
  readonly connectButton: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Connect to Leonardo' });
    this.keyInput = this.dialog.getByLabel('API key', { exact: true });
    this.connectButton = this.dialog.getByRole('button', { name: 'Connect' });
    this.error = this.dialog.getByRole('alert');
  }

  async goto(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.dialog).toBeVisible();
  }

  server(name: 'Local engine' | 'Leonardo cloud' | 'Custom'): Locator {
    return this.dialog.getByRole('radio', { name });
  }

  async connect(key: string): Promise<void> {
    await this.keyInput.fill(key);
    await this.connectButton.click();
  }
}

/** The signed-in page shell: header, navigation, current view. */
export class StudioShell {
  readonly header: Locator;
  readonly nav: Locator;
  readonly signOutButton: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner');
    this.nav = page.getByRole('navigation', { name: 'Studio' });
    this.signOutButton = this.header.getByRole('button', { name: 'Sign out' });
  }

  navLink(name: 'Canvas' | 'Generate' | 'History' | 'Textures'): Locator {
    return this.nav.getByRole('link', { name });
  }

  viewHeading(name: string): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1, name });
  }

  async expectSignedInAs(username: string): Promise<void> {
    await expect(this.header.getByText(username, { exact: true })).toBeVisible();
  }
}

/** Asks the engine itself (a real request, not a stub) which user a key belongs to. */
export async function usernameFor(request: APIRequestContext, key: string): Promise<string> {
  const response = await request.get(`${API_PREFIX}/me`, {
    headers: { Authorization: `Bearer ${key}` },
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { user_details: Array<{ user: { username: string } }> };
  const username = body.user_details[0]?.user.username;
  if (!username) throw new Error('GET /me answered without a username');
  return username;
}

/** Opens the studio through the engine's sign-in link (`/#key=…`) and waits until it is connected. */
export async function signInWithLink(
  page: Page,
  key: string = KEYS.alice,
  path = '/',
): Promise<StudioShell> {
  await page.goto(`${path}#key=${encodeURIComponent(key)}`);
  const shell = new StudioShell(page);
  await expect(shell.signOutButton).toBeVisible();
  return shell;
}

interface Fixtures {
  connectPage: ConnectPage;
  shell: StudioShell;
  /** A page already signed in as Alice through the sign-in link. */
  signedInPage: Page;
  aliceName: string;
}

export const test = base.extend<Fixtures>({
  // Fails a test on uncaught exceptions and console errors, which is where CSP violations
  // (an inline style or script the engine's policy refuses) show up. The browser's own
  // "Failed to load resource" lines are expected: a rejected key is a 401.
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        problems.push(`console: ${message.text()}`);
      }
    });
    await use(page);
    expect(problems, 'console errors or uncaught exceptions').toEqual([]);
  },
  connectPage: async ({ page }, use) => {
    await use(new ConnectPage(page));
  },
  shell: async ({ page }, use) => {
    await use(new StudioShell(page));
  },
  signedInPage: async ({ page }, use) => {
    await signInWithLink(page, KEYS.alice);
    await use(page);
  },
  aliceName: async ({ request }, use) => {
    await use(await usernameFor(request, KEYS.alice));
  },
});

export { expect };
