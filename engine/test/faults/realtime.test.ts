import { afterEach, describe, expect, it } from 'vitest';
import { REALTIME } from '../../limits.ts';
import { ALICE, API, BOB, startEngine, type Harness } from '../harness.ts';
import { imageDataUrl, maskDataUrl } from '../images.ts';
import { eventually, sleep } from './fault-kit.ts';

/** The realtime lane over real HTTP: bounded, fair between users, and cancellable. */
let h: Harness;
let base: string;
afterEach(() => h.close());

const start = async (options: Parameters<typeof startEngine>[0] = {}) => {
  h = await startEngine(options);
  base = await h.app.listen({ host: '127.0.0.1', port: 0 });
};
const post = async (key: string, path: string, body: object, signal?: AbortSignal) => {
  const res = await fetch(`${base}${API}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
  return {
    status: res.status,
    headers: res.headers,
    json: (await res.json()) as Record<string, any>,
  };
};
const balance = async (key: string) => {
  const res = await fetch(`${base}${API}/me`, { headers: { authorization: `Bearer ${key}` } });
  return ((await res.json()) as any).user_details[0].apiSubscriptionTokens as number;
};

/** Times `count` sequential 512² live frames from one user, as the canvas sends them. */
async function frames(key: string, sketch: string, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const res = await post(key, '/generations-lcm', {
      imageDataUrl: sketch,
      prompt: 'frame',
      seed: i,
    });
    expect(res.status).toBe(200);
    times.push(performance.now() - started);
  }
  return times;
}

describe('the realtime lane', () => {
  it('refuses an input larger than the lane takes, before rendering it', async () => {
    await start();
    const res = await post(ALICE, '/lcm-inpainting', {
      imageDataUrl: await imageDataUrl(4096, 4096),
      maskDataUrl: await maskDataUrl(4096, 4096, { x: 0, y: 0, w: 8, h: 8 }),
      prompt: 'too big',
    });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ path: '$.imageDataUrl', code: 'validation-failed' });
    expect(res.json.error).toContain(String(REALTIME.maxInputSide));
  });

  it("bounds each user's queue with a 429, and charges only what it answers", async () => {
    await start();
    const sketch = await imageDataUrl(1024, 1024);
    const before = await balance(ALICE);
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        post(ALICE, '/generations-lcm', { imageDataUrl: sketch, prompt: 'flood', seed: i }),
      ),
    );
    const ok = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status !== 200);
    expect(refused.length).toBeGreaterThanOrEqual(12 - REALTIME.perUserQueue);
    for (const answer of refused) {
      expect(answer.status).toBe(429);
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(await balance(ALICE)).toBe(before - ok.length);
  });

  it('bounds the whole queue with a 503 and Retry-After', async () => {
    const keys = Array.from({ length: 14 }, (_, i) => `realtime-user-${i}`);
    await start({ keys });
    const sketch = await imageDataUrl(1024, 1024);
    const answers = await Promise.all(
      keys.flatMap((key) =>
        Array.from({ length: REALTIME.perUserQueue }, (_, i) =>
          post(key, '/generations-lcm', { imageDataUrl: sketch, prompt: 'crowd', seed: i }),
        ),
      ),
    );
    const full = answers.filter((a) => a.status === 503);
    expect(full.length).toBeGreaterThan(0);
    for (const answer of full) {
      expect(answer.json.code).toBe('server-busy');
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(answers.every((a) => a.status === 200 || a.status === 503)).toBe(true);
  }, 60_000);

  it('drops a waiting request whose client has gone: never rendered, never charged', async () => {
    await start();
    const large = await imageDataUrl(2048, 2048);
    const sketch = await imageDataUrl(512, 512);
    const mask = await maskDataUrl(512, 512, { x: 0, y: 0, w: 256, h: 256 });
    const lane = h.app.engine.realtime;
    const before = { alice: await balance(ALICE), dispatched: lane.dispatched };
    // Bob's 2048² upscale holds the lane's one heavy worker for seconds.
    const busy = post(BOB, '/lcm-upscale', { imageDataUrl: large, prompt: 'busy' });
    await eventually(() => (lane.dispatched > before.dispatched ? true : undefined));
    const abort = new AbortController();
    const gone = post(
      ALICE,
      '/lcm-inpainting',
      { imageDataUrl: sketch, maskDataUrl: mask, prompt: 'gone' },
      abort.signal,
    );
    await eventually(() => (lane.waiting === 1 ? true : undefined));
    abort.abort();
    await expect(gone).rejects.toThrow();
    await eventually(() => (lane.waiting === 0 ? true : undefined));
    expect((await busy).status).toBe(200);
    // Bob's upscale ran; Alice's inpainting never did, and cost nothing.
    expect(lane.dispatched - before.dispatched).toBe(1);
    expect(await balance(ALICE)).toBe(before.alice);
  }, 60_000);

  it('does not charge a render whose client left while it was drawn', async () => {
    await start();
    const large = await imageDataUrl(2048, 2048);
    const before = await balance(ALICE);
    const dispatched = h.app.engine.realtime.dispatched;
    const abort = new AbortController();
    const gone = post(ALICE, '/lcm-upscale', { imageDataUrl: large, prompt: 'gone' }, abort.signal);
    await eventually(() => (h.app.engine.realtime.dispatched > dispatched ? true : undefined));
    abort.abort();
    await expect(gone).rejects.toThrow();
    // The render finishes on its worker; its answer and file are thrown away.
    await eventually(async () => {
      const res = await post(ALICE, '/generations-lcm', {
        imageDataUrl: await imageDataUrl(64, 64),
        prompt: 'after',
      });
      return res.status === 200 ? true : undefined;
    });
    expect(await balance(ALICE)).toBe(before - 1);
    expect(
      h.db.prepare("SELECT count(*) AS n FROM generations WHERE kind = 'UPSCALE'").get(),
    ).toEqual({
      n: 0,
    });
  }, 60_000);

  it('checks the balance before rendering', async () => {
    await start();
    h.db.prepare('UPDATE users SET api_tokens = 0').run();
    const dispatched = h.app.engine.realtime.dispatched;
    const res = await post(ALICE, '/generations-lcm', {
      imageDataUrl: await imageDataUrl(512, 512),
      prompt: 'broke',
    });
    expect(res.status).toBe(402);
    expect(res.json.code).toBe('not-enough-tokens');
    expect(h.app.engine.realtime.dispatched).toBe(dispatched);
  });

  it("adds LEO_ENGINE_LCM_DELAY_MS to each answer without holding up other users'", async () => {
    await start({ lcmDelayMs: 1500 });
    const sketch = await imageDataUrl(512, 512);
    await frames(BOB, sketch, 1);
    const started = performance.now();
    const slow = post(ALICE, '/generations-lcm', { imageDataUrl: sketch, prompt: 'slow' });
    await sleep(200);
    const other = performance.now();
    expect(
      (await post(BOB, '/generations-lcm', { imageDataUrl: sketch, prompt: 'other' })).status,
    ).toBe(200);
    expect((await slow).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(1500);
    // Bob's answer carries the same delay, but does not wait for Alice's.
    expect(performance.now() - other).toBeLessThan(1500 + 1500);
  });
});
