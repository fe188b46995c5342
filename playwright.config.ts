import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/chromium.ts';
import { E2E_PORTS } from './e2e/ports.ts';

const HOST = '127.0.0.1';
// E2E_PORT and E2E_STUDIO_DIR let several runs (or a running `npm start`) coexist on one machine.
const PORT = E2E_PORTS.main;
const BASE_URL = `http://${HOST}:${PORT}`;
// The cross-origin journey (e2e/deploy-*.spec.ts): dist/ from a plain static server under a
// sub-path, on another origin than the engine's.
const STATIC_PORT = E2E_PORTS.static;
const STATIC_BASE = '/team/studio/';
const STATIC_URL = `http://${HOST}:${STATIC_PORT}`;
// An engine with the relay on (e2e/cloud-*.spec.ts), relaying to the main engine as its
// stand-in for Leonardo's cloud: LEO_ENGINE_RELAY_TARGET, as the relay's own tests do.
const RELAY_PORT = E2E_PORTS.relay;
const RELAY_URL = `http://${HOST}:${RELAY_PORT}`;
const relayDataDir = (process.env.LEO_E2E_RELAY_DATA ??= mkdtempSync(
  join(tmpdir(), 'leo-studio-e2e-relay-'),
));
// For the specs, which cannot import this file: workers inherit the runner's environment.
process.env.LEO_E2E_ENGINE_URL = BASE_URL;
process.env.LEO_E2E_STATIC_BASE = STATIC_BASE;
process.env.LEO_E2E_RELAY_URL = RELAY_URL;

// Playwright loads this file in the runner and again in every worker; workers inherit the
// runner's environment, so the engine's data directory is created once and shared.
const engineDataDir = (process.env.LEO_E2E_ENGINE_DATA ??= mkdtempSync(
  join(tmpdir(), 'leo-studio-e2e-'),
));

export default defineConfig({
  testDir: './e2e',
  // One output folder per port, so that concurrent runs do not delete each other's traces.
  outputDir: process.env.E2E_PORT ? `test-results/port-${PORT}` : 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Two cores run the engine, two browsers and the heavy lazy views (Konva, three.js): the
  // defaults (30 s a test, 5 s an assertion) are too tight there, and flakiness costs more.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'] },
      testIgnore: /deploy-.*\.spec\.ts/,
    },
    {
      // The studio as static files on one origin, the engine on another.
      name: 'cross-origin',
      use: { ...devices['Desktop Chrome'], baseURL: STATIC_URL },
      testMatch: /deploy-.*\.spec\.ts/,
    },
  ],
  webServer: [
    {
      // The engine serves the built studio (dist/) at / and the API at /api/rest/v1, on one origin,
      // as in production; `npm run test:e2e` builds the studio first.
      command: 'node_modules/.bin/tsx engine/main.ts',
      // Without a key GET /me answers 401, which Playwright counts as "up" (2xx–403 all do).
      url: `${BASE_URL}/api/rest/v1/me`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
      env: {
        LEO_ENGINE_HOST: HOST,
        LEO_ENGINE_PORT: String(PORT),
        LEO_ENGINE_DATA: engineDataDir,
        LEO_ENGINE_KEYS: 'e2e-alice-key,e2e-bob-key',
        LEO_ENGINE_STUDIO_DIR: process.env.E2E_STUDIO_DIR ?? 'dist',
      },
    },
    {
      command: 'node_modules/.bin/tsx engine/main.ts',
      url: `${RELAY_URL}/studio/capabilities`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
      env: {
        LEO_ENGINE_HOST: HOST,
        LEO_ENGINE_PORT: String(RELAY_PORT),
        LEO_ENGINE_DATA: relayDataDir,
        LEO_ENGINE_KEYS: 'e2e-relay-engine-key',
        LEO_ENGINE_STUDIO_DIR: process.env.E2E_STUDIO_DIR ?? 'dist',
        LEO_ENGINE_RELAY: '1',
        LEO_ENGINE_RELAY_TARGET: BASE_URL,
      },
    },
    {
      command: `node_modules/.bin/tsx scripts/serve-static.ts ${process.env.E2E_STUDIO_DIR ?? 'dist'} --base ${STATIC_BASE} --port ${STATIC_PORT} --host ${HOST}`,
      url: `${STATIC_URL}${STATIC_BASE}`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
