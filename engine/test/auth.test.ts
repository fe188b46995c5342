import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, API, BOB, startEngine, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startEngine();
});
afterAll(() => h.close());

describe('authentication', () => {
  it.each([
    ['no header', {}],
    ['a wrong key', { authorization: 'Bearer not-a-key' }],
    ['a malformed header', { authorization: 'Basic abc' }],
  ])('answers 401 in Leonardo error shape for %s', async (_name, headers) => {
    const res = await h.app.inject({ method: 'GET', url: `${API}/me`, headers });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({
      error: expect.any(String),
      path: '$',
      code: 'access-denied',
    });
  });

  it('checks the key on every endpoint, not only /me', async () => {
    for (const [method, url] of [
      ['GET', `${API}/platformModels`],
      ['POST', `${API}/generations`],
      ['POST', `${API}/generations-lcm`],
      ['GET', `${API}/generations/8d5b1d55-3c43-4b8b-9a47-1e2f0f5d6a71`],
      ['DELETE', `${API}/generations-texture/8d5b1d55-3c43-4b8b-9a47-1e2f0f5d6a71`],
      ['POST', `${API}/models-3d/upload`],
    ] as const) {
      const res = await h.app.inject({ method, url, payload: method === 'POST' ? {} : undefined });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('gives each key its own user with a UUID, and the key is never echoed', async () => {
    const alice = await h.app.inject({ method: 'GET', url: `${API}/me`, headers: h.as(ALICE) });
    const bob = await h.app.inject({ method: 'GET', url: `${API}/me`, headers: h.as(BOB) });
    expect(alice.statusCode).toBe(200);
    const a = alice.json().user_details[0];
    const b = bob.json().user_details[0];
    expect(a.user.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(a.user.id).not.toBe(b.user.id);
    expect(a.apiSubscriptionTokens).toBeGreaterThan(0);
    expect(alice.body).not.toContain(ALICE);
  });

  it('answers CORS preflights so the dev server can call the API', async () => {
    const res = await h.app.inject({
      method: 'OPTIONS',
      url: `${API}/me`,
      headers: {
        origin: 'http://127.0.0.1:5173',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('http://127.0.0.1:5173');
    expect(String(res.headers['access-control-allow-headers'])).toMatch(/authorization/i);
  });

  it('lists the platform models the engine accepts', async () => {
    const res = await h.app.inject({
      method: 'GET',
      url: `${API}/platformModels`,
      headers: h.as(ALICE),
    });
    const models = res.json().custom_models;
    expect(models.length).toBeGreaterThanOrEqual(3);
    expect(models[0]).toMatchObject({ id: expect.any(String), name: expect.any(String) });
  });

  it('answers unknown API routes with a 404 in the error shape', async () => {
    const res = await h.app.inject({ method: 'GET', url: `${API}/nope`, headers: h.as(ALICE) });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not-found');
  });
});
