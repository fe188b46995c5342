import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type EngineApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { openDatabase, type Db } from '../db/database.ts';
import { relayConfig } from '../relay/relay-config.ts';
import { fakeServer, raw, type FakeAnswer, type FakeServer } from './http-fakes.ts';

const KEY = 'cloud-key-that-must-stay-secret-123';

let cloud: FakeServer;
let evil: FakeServer;
let app: EngineApp;
let db: Db;
let dataDir: string;
let engine: string;
const logLines: string[] = [];

/** An engine configured as `npm run engine` configures it: from LEO_ENGINE_* variables. */
async function startRelayEngine(target: string, enabled = true) {
  const dir = mkdtempSync(join(tmpdir(), 'leo-relay-test-'));
  const config = loadConfig({
    LEO_ENGINE_DATA: dir,
    LEO_ENGINE_KEYS: 'engine-key',
    LEO_ENGINE_STUDIO_DIR: join(dir, 'no-studio'),
    LEO_ENGINE_RELAY: enabled ? '1' : '0',
    LEO_ENGINE_RELAY_TARGET: target,
  });
  const database = openDatabase(join(dir, 'engine.sqlite'));
  const instance = await buildApp({
    db: database,
    config,
    // Every line the engine logs, at its most verbose, to check that no key is in any of them.
    logger: { level: 'trace', stream: { write: (line: string) => logLines.push(line) } } as never,
  });
  const origin = await instance.listen({ host: '127.0.0.1', port: 0 });
  return { instance, database, dir, origin };
}

beforeAll(async () => {
  cloud = await fakeServer((url, body): FakeAnswer => {
    if (url.startsWith('/api/rest/v1/me'))
      return { status: 200, body: JSON.stringify({ user_details: [{ user: { id: 'u1' } }] }) };
    if (url === '/api/rest/v1/generations')
      return {
        status: 200,
        body: ['{"sdGenerationJob":', `{"generationId":"g1","echo":${body}}}`],
      };
    if (url === '/api/rest/v1/moved')
      return { status: 302, headers: { location: `${evil.origin}/api/rest/v1/me` }, body: '' };
    if (url === '/api/rest/v1/busy')
      return {
        status: 429,
        headers: { 'retry-after': '7', 'set-cookie': 'a=b' },
        body: '{"error":"Rate limit reached","path":"$","code":"rate-limit-exceeded"}',
      };
    return { status: 401, body: '{"error":"Invalid API key","path":"$","code":"unexpected"}' };
  });
  evil = await fakeServer(() => ({ status: 200, body: '{"owned":true}' }));
  const started = await startRelayEngine(cloud.origin);
  ({ instance: app, database: db, dir: dataDir, origin: engine } = started);
});
afterAll(async () => {
  await app.close();
  db.close();
  rmSync(dataDir, { recursive: true, force: true });
  await cloud.close();
  await evil.close();
});

const auth = { authorization: `Bearer ${KEY}` };

describe('the relay to Leonardo’s cloud', () => {
  it('forwards method, path, query and body with Authorization and Content-Type only', async () => {
    const res = await raw(
      engine,
      'POST',
      '/relay/api/rest/v1/generations',
      {
        ...auth,
        'content-type': 'application/json',
        cookie: 'session=1',
        'x-forwarded-for': '10.0.0.1',
        'x-custom': 'no',
      },
      '{"prompt":"a cat"}',
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({
      sdGenerationJob: { generationId: 'g1', echo: { prompt: 'a cat' } },
    });
    const call = cloud.calls.at(-1)!;
    expect(call).toMatchObject({
      method: 'POST',
      url: '/api/rest/v1/generations',
      body: '{"prompt":"a cat"}',
    });
    expect(call.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(call.headers['content-type']).toBe('application/json');
    for (const name of ['cookie', 'x-forwarded-for', 'x-custom'])
      expect(call.headers[name]).toBeUndefined();

    const me = await raw(engine, 'GET', '/relay/api/rest/v1/me?limit=5&offset=0', auth);
    expect(me.status).toBe(200);
    expect(cloud.calls.at(-1)).toMatchObject({
      method: 'GET',
      url: '/api/rest/v1/me?limit=5&offset=0',
    });

    await raw(engine, 'DELETE', '/relay/api/rest/v1/models-3d/abc', {
      ...auth,
      'content-type': 'application/json',
    });
    expect(cloud.calls.at(-1)).toMatchObject({
      method: 'DELETE',
      url: '/api/rest/v1/models-3d/abc',
      body: '',
    });
  });

  it('passes errors back unchanged, with Retry-After, readable cross-origin', async () => {
    const busy = await raw(engine, 'GET', '/relay/api/rest/v1/busy', {
      ...auth,
      origin: 'http://studio.example',
    });
    expect(busy.status).toBe(429);
    expect(busy.body).toBe(
      '{"error":"Rate limit reached","path":"$","code":"rate-limit-exceeded"}',
    );
    expect(busy.headers['retry-after']).toBe('7');
    expect(busy.headers['set-cookie']).toBeUndefined();
    expect(busy.headers['access-control-allow-origin']).toBe('http://studio.example');
    expect(busy.headers['access-control-expose-headers']).toBe('Retry-After');

    const denied = await raw(engine, 'GET', '/relay/api/rest/v1/generations/x', {
      authorization: 'Bearer wrong',
    });
    expect(denied.status).toBe(401);
    expect(JSON.parse(denied.body)).toEqual({
      error: 'Invalid API key',
      path: '$',
      code: 'unexpected',
    });
  });

  it('does not follow a redirect, nor pass it on', async () => {
    const res = await raw(engine, 'GET', '/relay/api/rest/v1/moved', auth);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBeUndefined();
    expect(evil.calls).toEqual([]);
  });

  it('answers a browser’s preflight', async () => {
    const res = await raw(engine, 'OPTIONS', '/relay/api/rest/v1/generations', {
      origin: 'http://studio.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,content-type',
    });
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-headers']).toMatch(/Authorization/);
  });

  it.each([
    '/relay/api/rest/v1/../../evil',
    '/relay/api/rest/v1/me/../../../x',
    '/relay/api/rest/v1//evil.example/api',
    '/relay/api/rest/v1/%2e%2e/%2e%2e/x',
    '/relay/api/rest/v1/%2F%2Fevil.example',
    '/relay/api/rest/v1/..%2F..%2Fx',
    '/relay/api/rest/v1/me%5C..%5Cx',
    '/relay/api/rest/v1/me\\..\\x',
    '/relay/api/rest/v1/@127.0.0.1:1/x',
    '/relay/api/rest/v1/http://127.0.0.1:1/x',
    '/relay/api/rest/v1/.',
    '/relay/api/rest/v1/',
  ])('refuses %s, reaching no host', async (path) => {
    const before = cloud.calls.length;
    const res = await raw(
      engine,
      'GET',
      path.replace('127.0.0.1:1', new URL(evil.origin).host),
      auth,
    );
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ path: '$', code: 'bad-request' });
    expect(cloud.calls.length).toBe(before);
    expect(evil.calls).toEqual([]);
  });

  it('refuses an absolute URL as the request target', async () => {
    const before = cloud.calls.length;
    const res = await raw(engine, 'GET', `${evil.origin}/relay/api/rest/v1/me`, auth);
    expect(res.status).toBe(400);
    expect(evil.calls).toEqual([]);
    expect(cloud.calls.length).toBe(before);
  });

  it('never logs the key', () => {
    expect(logLines.length).toBeGreaterThan(5);
    expect(logLines.join('\n')).not.toContain(KEY);
  });
});

describe('the relay’s failures and its switch', () => {
  it('an unreachable target is a 502 in Leonardo’s error shape, and the key is not logged', async () => {
    const closed = await fakeServer(() => ({ status: 200, body: '{}' }));
    await closed.close();
    const down = await startRelayEngine(closed.origin);
    try {
      const res = await raw(down.origin, 'GET', '/relay/api/rest/v1/me', auth);
      expect(res.status).toBe(502);
      expect(JSON.parse(res.body)).toEqual({
        error: `The relay could not reach ${closed.origin}: the connection failed`,
        path: '$',
        code: 'bad-gateway',
      });
      expect(logLines.join('\n')).not.toContain(KEY);
    } finally {
      await down.instance.close();
      down.database.close();
      rmSync(down.dir, { recursive: true, force: true });
    }
  });

  it('is off unless switched on', async () => {
    const off = await startRelayEngine(cloud.origin, false);
    try {
      const before = cloud.calls.length;
      const res = await raw(off.origin, 'GET', '/relay/api/rest/v1/me', {
        ...auth,
        accept: 'application/json',
      });
      expect(res.status).toBe(404);
      expect(cloud.calls.length).toBe(before);
    } finally {
      await off.instance.close();
      off.database.close();
      rmSync(off.dir, { recursive: true, force: true });
    }
  });

  it('is on with --serve-studio (npm start) or LEO_ENGINE_RELAY=1, off with =0; the target is an origin', () => {
    expect(relayConfig({}, ['node', 'main.ts'])).toEqual({
      enabled: false,
      target: 'https://cloud.leonardo.ai',
    });
    expect(relayConfig({}, ['main.ts', '--serve-studio']).enabled).toBe(true);
    expect(relayConfig({ LEO_ENGINE_RELAY: '0' }, ['main.ts', '--serve-studio']).enabled).toBe(
      false,
    );
    expect(relayConfig({ LEO_ENGINE_RELAY: '1' }, []).enabled).toBe(true);
    expect(relayConfig({ LEO_ENGINE_RELAY_TARGET: 'http://127.0.0.1:9999' }, []).target).toBe(
      'http://127.0.0.1:9999',
    );
    expect(() => relayConfig({ LEO_ENGINE_RELAY_TARGET: 'https://x.example/api' }, [])).toThrow(
      /no path/,
    );
    expect(() => relayConfig({ LEO_ENGINE_RELAY_TARGET: 'ftp://x.example' }, [])).toThrow(/origin/);
    expect(() => relayConfig({ LEO_ENGINE_RELAY: 'yes' }, [])).toThrow(/1 or 0/);
  });
});
