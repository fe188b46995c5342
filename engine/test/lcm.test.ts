import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, API, startEngine, type Harness } from './harness.ts';
import { decode, imageDataUrl, maskDataUrl, meanDiff } from './images.ts';

let h: Harness;
let sketch: string;
beforeAll(async () => {
  h = await startEngine();
  sketch = await imageDataUrl(512, 512);
});
afterAll(() => h.close());

const post = (url: string, payload: object) =>
  h.app.inject({ method: 'POST', url: `${API}${url}`, headers: h.as(ALICE), payload });

describe('POST /generations-lcm', () => {
  it('answers a JPEG data URL at the asked size and echoes requestTimestamp', async () => {
    const res = await post('/generations-lcm', {
      imageDataUrl: sketch,
      prompt: 'a red planet',
      width: 640,
      height: 512,
      seed: 1,
      requestTimestamp: '1700000000123',
    });
    expect(res.statusCode).toBe(200);
    const job = res.json().lcmGenerationJob;
    expect(job.requestTimestamp).toBe('1700000000123');
    expect(job.imageDataUrl).toHaveLength(1);
    expect(job.imageDataUrl[0]).toMatch(/^data:image\/jpeg;base64,/);
    const out = await decode(job.imageDataUrl[0]);
    expect([out.width, out.height]).toEqual([640, 512]);
  });

  it('keeps the input at low strength and follows the prompt at high strength', async () => {
    const input = await decode(sketch);
    const run = async (strength: number) =>
      decode(
        (
          await post('/generations-lcm', {
            imageDataUrl: sketch,
            prompt: 'ocean waves',
            strength,
            seed: 3,
          })
        ).json().lcmGenerationJob.imageDataUrl[0],
      );
    const low = meanDiff(input.data, (await run(0.1)).data, 512);
    const high = meanDiff(input.data, (await run(1)).data, 512);
    expect(low).toBeLessThan(15);
    expect(high).toBeGreaterThan(low * 2);
  });

  it('is deterministic for the same request and seed', async () => {
    const body = { imageDataUrl: sketch, prompt: 'castle', seed: 9, strength: 0.5 };
    const a = (await post('/generations-lcm', body)).json().lcmGenerationJob.imageDataUrl[0];
    const b = (await post('/generations-lcm', body)).json().lcmGenerationJob.imageDataUrl[0];
    expect(a).toBe(b);
  });

  it.each(['png', 'webp'] as const)('accepts %s data URLs', async (format) => {
    const res = await post('/lcm-instant-refine', {
      imageDataUrl: await imageDataUrl(512, 512, format),
      prompt: 'refine me',
    });
    expect(res.statusCode).toBe(200);
  });

  it.each([
    [{ width: 500 }, '$.width'],
    [{ height: 768 }, '$.height'],
    [{ steps: 3 }, '$.steps'],
    [{ steps: 17 }, '$.steps'],
    [{ guidance: 0.4 }, '$.guidance'],
    [{ strength: 0.05 }, '$.strength'],
    [{ style: 'WATERCOLOR' }, '$.style'],
    [{ imageDataUrl: 'data:text/plain;base64,aGVsbG8=' }, '$.imageDataUrl'],
    [{ imageDataUrl: 'data:image/jpeg;base64,bm90IGFuIGltYWdl' }, '$.imageDataUrl'],
    [{ imageDataUrl: 'not a data url' }, '$.imageDataUrl'],
  ])('refuses %j with a 400 naming %s', async (override, path) => {
    const res = await post('/generations-lcm', { imageDataUrl: sketch, prompt: 'x', ...override });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ path, code: 'validation-failed' });
  });
});

describe('POST /lcm-inpainting', () => {
  const rect = { x: 192, y: 192, w: 128, h: 128 };
  const inside = (x: number, y: number) =>
    x >= rect.x && x < rect.x + rect.w && y >= rect.y && y < rect.y + rect.h;
  // JPEG works in 8×8 blocks (16×16 with chroma subsampling): compare away from the mask's blocks.
  const farOutside = (x: number, y: number) =>
    x < rect.x - 24 || x >= rect.x + rect.w + 24 || y < rect.y - 24 || y >= rect.y + rect.h + 24;

  it('changes the masked area only', async () => {
    const image = await imageDataUrl(512, 512, 'png');
    const res = await post('/lcm-inpainting', {
      imageDataUrl: image,
      maskDataUrl: await maskDataUrl(512, 512, rect),
      prompt: 'a golden coin',
      strength: 0.9,
      seed: 5,
    });
    expect(res.statusCode).toBe(200);
    const input = await decode(image);
    const out = await decode(res.json().lcmGenerationJob.imageDataUrl[0]);
    expect(meanDiff(input.data, out.data, 512, farOutside)).toBeLessThan(2.5);
    expect(meanDiff(input.data, out.data, 512, inside)).toBeGreaterThan(10);
  });

  it('refuses a mask of another size than the image', async () => {
    const res = await post('/lcm-inpainting', {
      imageDataUrl: sketch,
      maskDataUrl: await maskDataUrl(256, 256, { x: 0, y: 0, w: 10, h: 10 }),
      prompt: 'x',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ path: '$.maskDataUrl', code: 'validation-failed' });
  });

  it('requires the mask', async () => {
    const res = await post('/lcm-inpainting', { imageDataUrl: sketch, prompt: 'x' });
    expect(res.json()).toMatchObject({ path: '$.maskDataUrl', code: 'validation-failed' });
  });
});

describe('POST /lcm-upscale', () => {
  it('doubles the size and saves the result into history', async () => {
    const res = await post('/lcm-upscale', {
      imageDataUrl: sketch,
      prompt: 'upscale',
      refineStrength: 0.6,
    });
    expect(res.statusCode).toBe(200);
    const job = res.json().lcmGenerationJob;
    const out = await decode(job.imageDataUrl[0]);
    expect([out.width, out.height]).toEqual([1024, 1024]);
    const saved = await h.app.inject({
      method: 'GET',
      url: `${API}/generations/${job.generationId[0]}`,
      headers: h.as(ALICE),
    });
    const generation = saved.json().generations_by_pk;
    expect(generation.status).toBe('COMPLETE');
    expect(generation.generated_images[0].id).toBe(job.generatedImageId);
    expect(generation.generated_images[0].generated_image_variation_generics[0]).toMatchObject({
      id: job.variationId[0],
      transformType: 'UPSCALE',
      status: 'COMPLETE',
    });
  });

  it('refuses refineStrength outside 0.5–0.9', async () => {
    const res = await post('/lcm-upscale', {
      imageDataUrl: sketch,
      prompt: 'x',
      refineStrength: 0.95,
    });
    expect(res.json()).toMatchObject({ path: '$.refineStrength' });
  });
});
