import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, API, startEngine, waitForJob, type Harness } from '../harness.ts';
import { imageDataUrl } from '../images.ts';
import { holdWriteLock, sleep } from './fault-kit.ts';

/** Another program holds SQLite's write lock (`BEGIN IMMEDIATE` on a second connection). */
let h: Harness;
let aliceId: string;
beforeAll(async () => {
  h = await startEngine();
  aliceId = await h.userId(ALICE);
});
afterAll(() => h.close());

const dbFile = () => join(h.dataDir, 'engine.sqlite');
const get = (url: string) =>
  h.app.inject({ method: 'GET', url: `${API}${url}`, headers: h.as(ALICE) });
const post = (url: string, payload: object) =>
  h.app.inject({ method: 'POST', url: `${API}${url}`, headers: h.as(ALICE), payload });
const balance = async () => (await get('/me')).json().user_details[0].apiSubscriptionTokens;

describe('a database locked by another program', () => {
  it('answers writes at once with a 503 and Retry-After, keeps serving reads, and charges nothing', async () => {
    const before = await balance();
    const release = holdWriteLock(dbFile());
    try {
      const started = performance.now();
      const refused = await post('/generations', { prompt: 'locked out', width: 64, height: 64 });
      const waited = performance.now() - started;
      expect(refused.statusCode).toBe(503);
      expect(refused.json()).toEqual({
        error: expect.any(String),
        path: '$',
        code: 'database-busy',
      });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      // The server thread waits SQLite's short busy timeout, not seconds.
      expect(waited).toBeLessThan(1000);
      const sketch = await imageDataUrl(512, 512);
      const lcm = await post('/generations-lcm', { imageDataUrl: sketch, prompt: 'locked' });
      expect(lcm.statusCode).toBe(503);
      expect((await get(`/generations/user/${aliceId}`)).statusCode).toBe(200);
      expect((await get('/me')).statusCode).toBe(200);
    } finally {
      release();
    }
    expect(await balance()).toBe(before);
    expect(
      (await post('/generations', { prompt: 'unlocked', width: 64, height: 64 })).statusCode,
    ).toBe(200);
    await h.app.engine.jobs.idle();
  });

  it('stores a job that finishes while the lock is held once it is released', async () => {
    const res = await post('/generations', {
      prompt: 'finishes under a lock',
      width: 1024,
      height: 1024,
      num_images: 2,
    });
    const id = res.json().sdGenerationJob.generationId;
    const release = holdWriteLock(dbFile());
    try {
      // Long enough for the render to end and its COMPLETE write to meet the lock.
      const deadline = Date.now() + 20_000;
      while (h.app.engine.jobs.waitingOutcomes === 0 && Date.now() < deadline) await sleep(50);
      expect(h.app.engine.jobs.waitingOutcomes).toBe(1);
      expect((await get('/me')).statusCode).toBe(200);
    } finally {
      release();
    }
    const done = await waitForJob(
      async () => (await get(`/generations/${id}`)).json().generations_by_pk,
      (g) => g.status,
    );
    expect(done.status).toBe('COMPLETE');
    expect(done.generated_images).toHaveLength(2);
  });
});
