import { afterEach, describe, expect, it } from 'vitest';
import { ALICE, API, BOB, startEngine, type Harness } from './harness.ts';

let h: Harness;
afterEach(() => h.close());

const create = (key = ALICE) =>
  h.app.inject({
    method: 'POST',
    url: `${API}/generations`,
    headers: h.as(key),
    payload: { prompt: 'limit', width: 64, height: 64, num_images: 1 },
  });

describe("Leonardo's limits", () => {
  it('answers 429 with Retry-After past the requests-a-minute limit, per user', async () => {
    h = await startEngine({ limits: { generationsPerMinute: 2 } });
    expect((await create()).statusCode).toBe(200);
    expect((await create()).statusCode).toBe(200);
    const refused = await create();
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'rate-limit-exceeded', path: '$' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await create(BOB)).statusCode).toBe(200);
    await h.app.engine.jobs.idle();
  });

  it('answers 429 past the running-jobs limit and creates nothing', async () => {
    h = await startEngine({ limits: { concurrentJobs: 1 } });
    const userId = await h.userId(ALICE);
    expect((await create()).statusCode).toBe(200);
    const refused = await create();
    expect(refused.statusCode).toBe(429);
    const listed = await h.app.inject({
      method: 'GET',
      url: `${API}/generations/user/${userId}`,
      headers: h.as(ALICE),
    });
    expect(listed.json().generations).toHaveLength(1);
    await h.app.engine.jobs.idle();
    expect((await create()).statusCode).toBe(200);
    await h.app.engine.jobs.idle();
  });
});
