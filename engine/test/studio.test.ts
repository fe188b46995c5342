import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngine, type Harness } from './harness.ts';

let h: Harness;
const studio = mkdtempSync(join(tmpdir(), 'leo-studio-'));
beforeAll(async () => {
  mkdirSync(join(studio, 'assets'));
  writeFileSync(join(studio, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(studio, 'assets', 'app-1234.js'), 'console.log(1)');
  h = await startEngine({ studioDir: studio });
});
afterAll(async () => {
  await h.close();
  rmSync(studio, { recursive: true, force: true });
});

describe('serving the studio and files', () => {
  it('serves the studio at / with a strict Content-Security-Policy', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('answers page paths with the app shell and caches hashed assets for good', async () => {
    const page = await h.app.inject({
      method: 'GET',
      url: '/history',
      headers: { accept: 'text/html' },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('id="root"');
    const asset = await h.app.inject({ method: 'GET', url: '/assets/app-1234.js' });
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('serves the studio’s files to a page opened a folder deeper, as its relative URLs ask', async () => {
    const slash = await h.app.inject({
      method: 'GET',
      url: '/history/?open=1',
      headers: { accept: 'text/html' },
    });
    expect(slash.statusCode).toBe(301);
    expect(slash.headers.location).toBe('/history?open=1');
    const page = await h.app.inject({
      method: 'GET',
      url: '/no/such/page',
      headers: { accept: 'text/html' },
    });
    expect(page.body).toContain('id="root"');
    const asset = await h.app.inject({ method: 'GET', url: '/no/such/assets/app-1234.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('console.log(1)');
    expect(asset.headers['cache-control']).toContain('immutable');
    for (const url of ['/history/assets/missing.js', '/history/assets/..', '/a/engine.sqlite']) {
      const res = await h.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json()).toMatchObject({ code: 'not-found' });
    }
  });

  it('never serves a path outside the file store', async () => {
    for (const url of [
      '/files/../engine.sqlite',
      '/files/%2e%2e/engine.sqlite',
      '/files/..%2fapi-key',
    ]) {
      const res = await h.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(res.body).not.toContain('SQLite');
    }
  });
});
