import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for headless Chromium on a machine with no GPU and no network beyond loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** CHROMIUM_PATH, then the distribution's Chromium, then Playwright's own download. */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright throws when it has no browser registry entry; the message below covers it.
  }
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) {
    throw new Error(
      'No Chromium for the e2e tests. Install one (`apt-get install chromium`, or ' +
        '`npx playwright install chromium`) or set CHROMIUM_PATH to a Chromium/Chrome binary.',
    );
  }
  return found;
}

/** The same browser the e2e tests use, for the benchmarks. */
export const launchChromium = () =>
  chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
