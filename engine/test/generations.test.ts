import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, API, BOB, startEngine, waitForJob, type Harness } from './harness.ts';
import { decode } from './images.ts';

let h: Harness;
let aliceId: string;
beforeAll(async () => {
  h = await startEngine();
  aliceId = await h.userId(ALICE);
});
afterAll(() => h.close());

const create = (payload: object, key = ALICE) =>
  h.app.inject({ method: 'POST', url: `${API}/generations`, headers: h.as(key), payload });
const read = (id: string, key = ALICE) =>
  h.app.inject({ method: 'GET', url: `${API}/generations/${id}`, headers: h.as(key) });
const list = (key = ALICE, query = '') =>
  h.app.inject({
    method: 'GET',
    url: `${API}/generations/user/${aliceId}${query}`,
    headers: h.as(key),
  });
const finished = (id: string) =>
  waitForJob(
    async () => (await read(id)).json().generations_by_pk,
    (g) => g.status,
  );
const fileBytes = async (url: string) => {
  const res = await h.app.inject({ method: 'GET', url: new URL(url).pathname });
  return res;
};

describe('POST /generations', () => {
  it('answers the job id at once, then completes with real images of the asked size', async () => {
    const res = await create({
      prompt: 'a lighthouse at sunset',
      width: 512,
      height: 384,
      num_images: 2,
      seed: 42,
    });
    expect(res.statusCode).toBe(200);
    const job = res.json().sdGenerationJob;
    expect(job.generationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(job.cost).toEqual({ amount: expect.any(String), unit: 'CREDITS' });

    const generation = await finished(job.generationId);
    expect(generation).toMatchObject({
      id: job.generationId,
      status: 'COMPLETE',
      prompt: 'a lighthouse at sunset',
      imageWidth: 512,
      imageHeight: 384,
      seed: 42,
    });
    expect(generation.generated_images).toHaveLength(2);
    const [first, second] = generation.generated_images;
    expect(first.url).toMatch(/^http:\/\/[^/]+\/files\/generations\/.+\.jpg$/);
    const file = await fileBytes(first.url);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/jpeg');
    expect(file.headers['cache-control']).toContain('immutable');
    const pixels = await decode(file.rawPayload);
    expect([pixels.width, pixels.height]).toEqual([512, 384]);
    expect((await fileBytes(second.url)).rawPayload.equals(file.rawPayload)).toBe(false);
  });

  it('renders the same bytes for the same prompt and seed', async () => {
    const body = { prompt: 'forest in fog', width: 256, height: 256, num_images: 1, seed: 7 };
    const a = await finished((await create(body)).json().sdGenerationJob.generationId);
    const b = await finished((await create(body)).json().sdGenerationJob.generationId);
    const bytesA = (await fileBytes(a.generated_images[0].url)).rawPayload;
    const bytesB = (await fileBytes(b.generated_images[0].url)).rawPayload;
    expect(bytesA.equals(bytesB)).toBe(true);
  });

  it.each([
    [{ prompt: 'x', width: 1001 }, '$.width', 'multiple of 8'],
    [{ prompt: 'x', width: 1544 }, '$.width', 'at most 1536'],
    [{ prompt: 'x', height: 24 }, '$.height', 'at least 32'],
    [{ prompt: 'x', num_images: 9 }, '$.num_images', 'at most 8'],
    [{ prompt: 'x', width: 1024, height: 512, num_images: 5 }, '$.num_images', 'at most 4'],
    [{ width: 512 }, '$.prompt', 'required'],
    [{ prompt: '' }, '$.prompt', 'empty'],
    [{ prompt: 'x', width: '512' }, '$.width', 'integer'],
    [{ prompt: 'x', guidance_scale: 25 }, '$.guidance_scale', 'at most 20'],
    [{ prompt: 'x', presetStyle: 'WATERCOLOR' }, '$.presetStyle', 'one of'],
    [{ prompt: 'x', modelId: '00000000-0000-4000-8000-000000000000' }, '$.modelId', 'not a model'],
    [{ prompt: 'x', photoReal: true, alchemy: false }, '$.alchemy', 'alchemy'],
  ])('refuses %j with a 400 naming %s', async (payload, path, message) => {
    const before = (await list()).json().generations.length;
    const res = await create(payload);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ path, code: 'validation-failed' });
    expect(res.json().error).toContain(message);
    expect((await list()).json().generations.length).toBe(before);
  });

  it('refuses an unknown field as a bad request', async () => {
    const res = await create({ prompt: 'x', colour: 'red' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: 'unknown field "colour"',
      path: '$.colour',
      code: 'bad-request',
    });
  });

  it('refuses malformed JSON in the error shape', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: `${API}/generations`,
      headers: { ...h.as(ALICE), 'content-type': 'application/json' },
      payload: '{"prompt": "x",',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ path: '$', code: 'bad-request' });
  });

  it('answers 413 above the body limit', async () => {
    const res = await create({ prompt: 'x'.repeat(17 * 1024 * 1024) });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('payload-too-large');
  });
});

describe('reading, listing and deleting', () => {
  it('lists newest first with offset and limit, in the query or a JSON body', async () => {
    const ids: string[] = [];
    for (const prompt of ['one', 'two', 'three']) {
      ids.push(
        (await create({ prompt, width: 64, height: 64, num_images: 1 })).json().sdGenerationJob
          .generationId,
      );
    }
    await h.app.engine.jobs.idle();
    const page = (await list(ALICE, '?offset=0&limit=2')).json().generations;
    expect(page.map((g: { id: string }) => g.id)).toEqual([ids[2], ids[1]]);
    const next = (await list(ALICE, '?offset=2&limit=1')).json().generations;
    expect(next[0].id).toBe(ids[0]);
    const viaBody = await h.app.inject({
      method: 'GET',
      url: `${API}/generations/user/${aliceId}`,
      headers: { ...h.as(ALICE), 'content-type': 'application/json' },
      payload: JSON.stringify({ offset: 1, limit: 1 }),
    });
    expect(viaBody.json().generations[0].id).toBe(ids[1]);
  });

  it('sends a history page gzipped to a client that accepts it, and the same JSON otherwise', async () => {
    for (const prompt of ['a', 'b', 'c'])
      await create({ prompt, width: 64, height: 64, num_images: 1 });
    await h.app.engine.jobs.idle();
    const url = `${API}/generations/user/${aliceId}?offset=0&limit=50`;
    const plain = await h.app.inject({ method: 'GET', url, headers: h.as(ALICE) });
    const gzipped = await h.app.inject({
      method: 'GET',
      url,
      headers: { ...h.as(ALICE), 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toMatch(/accept-encoding/i);
    expect(gzipped.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(JSON.parse(gunzipSync(gzipped.rawPayload).toString())).toEqual(plain.json());
    expect(plain.json().generations.length).toBeGreaterThanOrEqual(3);
  });

  it("never shows one user another user's generations", async () => {
    const id = (await create({ prompt: 'private', width: 64, height: 64, num_images: 1 })).json()
      .sdGenerationJob.generationId;
    const unknown = await read('5f0c3a57-6a49-4d5e-9a43-0f5b5c1e9d10', BOB);
    const other = await read(id, BOB);
    expect(other.statusCode).toBe(404);
    expect(other.json()).toEqual(unknown.json());
    expect((await list(BOB)).statusCode).toBe(404);
    const del = await h.app.inject({
      method: 'DELETE',
      url: `${API}/generations/${id}`,
      headers: h.as(BOB),
    });
    expect(del.statusCode).toBe(404);
    expect((await read(id)).statusCode).toBe(200);
  });

  it('deletes a generation and its files', async () => {
    const id = (await create({ prompt: 'to delete', width: 64, height: 64, num_images: 1 })).json()
      .sdGenerationJob.generationId;
    const generation = await finished(id);
    const del = await h.app.inject({
      method: 'DELETE',
      url: `${API}/generations/${id}`,
      headers: h.as(ALICE),
    });
    expect(del.json()).toEqual({ delete_generations_by_pk: { id } });
    expect((await read(id)).statusCode).toBe(404);
    expect((await fileBytes(generation.generated_images[0].url)).statusCode).toBe(404);
  });

  it('answers 400 for an id that is not a UUID', async () => {
    const res = await read('not-a-uuid');
    expect(res.statusCode).toBe(400);
    expect(res.json().path).toBe('$.id');
  });
});
