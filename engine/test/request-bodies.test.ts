import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, API, startEngine, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startEngine();
});
afterAll(async () => {
  await h.app.engine.jobs.idle();
  await h.close();
});

const json = { 'content-type': 'application/json' };
const unknown = '00000000-0000-4000-8000-000000000000';

describe('JSON bodies as Leonardo’s SDK sends them', () => {
  it.each(['/generations', '/init-image', '/models-3d', '/generations-texture'])(
    'DELETE %s/{id} with Content-Type: application/json and no body is not a 400',
    async (path) => {
      const res = await h.app.inject({
        method: 'DELETE',
        url: `${API}${path}/${unknown}`,
        headers: { ...h.as(ALICE), ...json },
        payload: '',
      });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'not-found', path: '$' });
    },
  );

  it('POST /models-3d/upload with no body at all answers an upload form', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: `${API}/models-3d/upload`,
      headers: { ...h.as(ALICE), ...json },
      payload: '',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().uploadModelAsset.modelKey).toMatch(/^models\/.+\.obj$/);
  });

  it('a POST whose body is required still refuses an empty one', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: `${API}/generations`,
      headers: { ...h.as(ALICE), ...json },
      payload: '',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'bad-request', path: '$' });
  });

  it('fields the renderer does not use are kept with the generation’s request', async () => {
    const request = {
      prompt: 'a knight',
      width: 64,
      height: 64,
      num_images: 1,
      elements: [{ akUUID: unknown, weight: 0.5 }],
      imagePrompts: [unknown],
      controlNet: true,
      controlNetType: 'POSE',
      weighting: 0.3,
    };
    const res = await h.app.inject({
      method: 'POST',
      url: `${API}/generations`,
      headers: h.as(ALICE),
      payload: request,
    });
    expect(res.statusCode).toBe(200);
    const id = res.json().sdGenerationJob.generationId;
    const row = h.db.prepare('SELECT params FROM generations WHERE id = ?').get(id) as {
      params: string;
    };
    expect(JSON.parse(row.params).request).toEqual(request);
  });
});
