import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, API, startEngine, waitForJob, type Harness } from '../harness.ts';
import { holdJobWorkers, listFiles } from './fault-kit.ts';

/** Many requests at the same instant, over real HTTP: the running-jobs limit holds exactly. */
const LIMIT = 10;
let h: Harness;
let base: string;
let imageId: string;
let modelId: string;

const call = async (method: string, path: string, body?: object) => {
  const res = await fetch(`${base}${API}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${ALICE}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, json: (await res.json()) as Record<string, any> };
};
const balance = async () => (await call('GET', '/me')).json.user_details[0].apiSubscriptionTokens;

const KINDS = {
  image: () =>
    call('POST', '/generations', { prompt: 'race', width: 64, height: 64, num_images: 1 }),
  motion: () => call('POST', '/generations-motion-svd', { imageId, motionStrength: 2 }),
  texture: () => call('POST', '/generations-texture', { modelAssetId: modelId, prompt: 'rust' }),
};

beforeAll(async () => {
  h = await startEngine({ limits: { concurrentJobs: LIMIT, generationsPerMinute: 100_000 } });
  base = await h.app.listen({ host: '127.0.0.1', port: 0 });
  const source = await KINDS.image();
  const generation = await waitForJob(
    async () =>
      (await call('GET', `/generations/${source.json.sdGenerationJob.generationId}`)).json
        .generations_by_pk,
    (g) => g.status,
  );
  imageId = generation.generated_images[0].id;
  const upload = (await call('POST', '/models-3d/upload', { modelExtension: 'obj' })).json
    .uploadModelAsset;
  const form = new FormData();
  form.append('key', upload.modelKey);
  form.append('file', new Blob(['v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n']), 'tri.obj');
  expect((await fetch(upload.modelUrl, { method: 'POST', body: form })).status).toBe(204);
  modelId = upload.modelId;
});
afterAll(() => h.close());

/** Fires `count` requests at once and answers how many were admitted, after checking the rest. */
async function fire(requests: (() => Promise<{ status: number; json: any }>)[]) {
  const before = await balance();
  const release = holdJobWorkers(h.app);
  const answers = await Promise.all(requests.map((r) => r())).finally(release);
  const admitted = answers.filter((a) => a.status === 200);
  const refused = answers.filter((a) => a.status !== 200);
  for (const answer of refused) {
    expect(answer.status).toBe(429);
    expect(answer.json.code).toBe('rate-limit-exceeded');
  }
  const charged = admitted.reduce((sum, a) => {
    const job = a.json.sdGenerationJob ?? a.json.textureGenerationJob;
    return sum + job.apiCreditCost;
  }, 0);
  expect(await balance()).toBe(before - charged);
  await h.app.engine.jobs.idle();
  return admitted.length;
}

describe('the running-jobs limit under 50 simultaneous requests', () => {
  it.each(Object.keys(KINDS) as (keyof typeof KINDS)[])(
    'admits exactly the limit of %s jobs',
    async (kind) => {
      expect(await fire(Array.from({ length: 50 }, () => KINDS[kind]))).toBe(LIMIT);
    },
  );

  it('admits exactly the limit across every kind at once', async () => {
    const kinds = Object.values(KINDS);
    expect(await fire(Array.from({ length: 51 }, (_, i) => kinds[i % kinds.length]!))).toBe(LIMIT);
  });
});

describe('deleting a PENDING job', () => {
  const big = { prompt: 'deleted', width: 1024, height: 1024, num_images: 4 };

  it('keeps the slot of a job still rendering until its render ends, then leaves no files', async () => {
    await h.close();
    h = await startEngine({ limits: { concurrentJobs: 1 } });
    base = await h.app.listen({ host: '127.0.0.1', port: 0 });
    const id = (await call('POST', '/generations', big)).json.sdGenerationJob.generationId;
    expect((await call('DELETE', `/generations/${id}`)).status).toBe(200);
    const refused = await call('POST', '/generations', big);
    expect(refused.status).toBe(429);
    await h.app.engine.jobs.idle();
    expect(listFiles(h.app.engine.files.root).filter((f) => !f.startsWith('warm-up'))).toEqual([]);
    expect((await call('POST', '/generations', { ...big, num_images: 1 })).status).toBe(200);
    await h.app.engine.jobs.idle();
  });

  it('drops a job still waiting for a worker at once, never rendered, and refunds it', async () => {
    await h.close();
    h = await startEngine({ limits: { concurrentJobs: 2 } });
    base = await h.app.listen({ host: '127.0.0.1', port: 0 });
    const before = await balance();
    const first = (await call('POST', '/generations', big)).json.sdGenerationJob;
    const queued = (await call('POST', '/generations', big)).json.sdGenerationJob;
    expect((await call('DELETE', `/generations/${queued.generationId}`)).status).toBe(200);
    expect(await balance()).toBe(before - first.apiCreditCost);
    expect((await call('POST', '/generations', { ...big, num_images: 1 })).status).toBe(200);
    await h.app.engine.jobs.idle();
    const attempts = h.db
      .prepare('SELECT count(*) AS n FROM generations WHERE id = ?')
      .get(queued.generationId);
    expect(attempts).toEqual({ n: 0 });
  });
});
