import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, API, startEngine, type Harness } from './harness.ts';

let h: Harness;
let base: string;
beforeAll(async () => {
  h = await startEngine({ limits: { concurrentJobs: 1 } });
  base = await h.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await h.app.engine.jobs.idle();
  await h.close();
});

describe('cross-origin calls (a studio on another origin, `npm run dev`)', () => {
  it('can read Retry-After on a 429', async () => {
    const send = () =>
      fetch(`${base}${API}/generations`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${ALICE}`,
          'content-type': 'application/json',
          origin: 'http://127.0.0.1:5173',
        },
        body: JSON.stringify({ prompt: 'x', width: 512, height: 512, num_images: 4 }),
      });
    expect((await send()).status).toBe(200);
    const refused = await send();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect(refused.headers.get('access-control-expose-headers')).toBe('Retry-After');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
