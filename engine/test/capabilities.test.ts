import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp, type EngineApp } from '../app.ts';
import { openDatabase } from '../db/database.ts';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
} from '../plugins/content-security-policy.ts';

const opened: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const close of opened) await close();
});

/** A real engine on a temporary SQLite file, with the relay on or off. */
async function engine(relay: boolean): Promise<EngineApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'leo-capabilities-'));
  const db = openDatabase(join(dataDir, 'engine.sqlite'));
  const app = await buildApp({
    db,
    config: {
      dataDir,
      keys: ['capabilities-key'],
      limits: { concurrentJobs: 10, generationsPerMinute: 100 },
      jobWorkers: 1,
      studioDir: join(dataDir, 'no-studio'),
      relay: { enabled: relay, target: 'http://127.0.0.1:9' },
    },
  });
  await app.ready();
  opened.push(async () => {
    await app.close();
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return app;
}

describe('GET /studio/capabilities', () => {
  it('tells the studio, without a key, that this is an engine and where its relay is', async () => {
    const app = await engine(true);
    const res = await app.inject({
      method: 'GET',
      url: '/studio/capabilities',
      headers: { origin: 'http://static.example:8080' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      engine: 'leonardo-studio-engine',
      api: '/api/rest/v1',
      relay: '/relay/api/rest/v1',
    });
    // A studio served from another origin may ask it too.
    expect(res.headers['access-control-allow-origin']).toBe('http://static.example:8080');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('says there is no relay when it is off', async () => {
    const app = await engine(false);
    const res = await app.inject({ method: 'GET', url: '/studio/capabilities' });
    expect(res.json()).toMatchObject({ relay: null });
  });

  it('answers other methods in Leonardo’s error shape', async () => {
    const app = await engine(false);
    const res = await app.inject({ method: 'POST', url: '/studio/capabilities', payload: {} });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: 'No route for POST /studio/capabilities',
      path: '$',
      code: 'not-found',
    });
  });
});

describe('the studio’s Content-Security-Policy', () => {
  it('is the same in the meta tag as in the header, less what a meta tag cannot carry', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", '')).toBe(
      META_CONTENT_SECURITY_POLICY,
    );
    expect(META_CONTENT_SECURITY_POLICY).toContain("connect-src 'self' https: http:");
    expect(META_CONTENT_SECURITY_POLICY).toContain("img-src 'self' data: blob: https: http:");
  });
});
