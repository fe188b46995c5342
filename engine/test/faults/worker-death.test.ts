import { afterEach, describe, expect, it } from 'vitest';
import { ALICE, API, startEngine, waitForJob, type Harness } from '../harness.ts';
import { eventually, listFiles } from './fault-kit.ts';

/** kill -9 of the job process while it renders: one policy, retried once, then failed and refunded. */
let h: Harness;
afterEach(() => h.close());

const get = (url: string) =>
  h.app.inject({ method: 'GET', url: `${API}${url}`, headers: h.as(ALICE) });
const balance = async () => (await get('/me')).json().user_details[0].apiSubscriptionTokens;
const attempts = (id: string) =>
  (h.db.prepare('SELECT attempts FROM generations WHERE id = ?').get(id) as { attempts: number })
    .attempts;

/** Kills the job process once the job's `run`-th run has started on it. */
async function killDuringRun(id: string, run: number, previous: number | null): Promise<number> {
  const pid = await eventually(
    () => {
      const [current] = h.app.engine.jobs.processIds;
      return attempts(id) === run && current !== undefined && current !== previous
        ? current
        : undefined;
    },
    30_000,
    `run ${run} starting on a job process`,
  );
  process.kill(pid, 'SIGKILL');
  return pid;
}

const bigJob = { prompt: 'killed while rendering', width: 1024, height: 1024, num_images: 4 };
const postBigJob = () =>
  h.app.inject({
    method: 'POST',
    url: `${API}/generations`,
    headers: h.as(ALICE),
    payload: bigJob,
  });

describe('a job process killed while rendering', () => {
  it('runs the job once more and completes it, charged once', async () => {
    h = await startEngine();
    const before = await balance();
    const res = await postBigJob();
    const { generationId: id, apiCreditCost: cost } = res.json().sdGenerationJob;
    await killDuringRun(id, 1, null);
    const done = await waitForJob(
      async () => (await get(`/generations/${id}`)).json().generations_by_pk,
      (g) => g.status,
      60_000,
    );
    expect(done.status).toBe('COMPLETE');
    expect(done.generated_images).toHaveLength(4);
    expect(attempts(id)).toBe(2);
    expect(await balance()).toBe(before - cost);
    // Only the images of the run that completed are kept.
    expect(listFiles(h.app.engine.files.root)).toHaveLength(4);
  });

  it('fails the job and refunds it when the process dies on the second run too', async () => {
    h = await startEngine();
    const before = await balance();
    const res = await postBigJob();
    const id = res.json().sdGenerationJob.generationId;
    const first = await killDuringRun(id, 1, null);
    await killDuringRun(id, 2, first);
    const done = await waitForJob(
      async () => (await get(`/generations/${id}`)).json().generations_by_pk,
      (g) => g.status,
      60_000,
    );
    expect(done.status).toBe('FAILED');
    expect(await balance()).toBe(before);
    expect(listFiles(h.app.engine.files.root)).toEqual([]);
    // The engine and a fresh job process still serve.
    const next = await h.app.inject({
      method: 'POST',
      url: `${API}/generations`,
      headers: h.as(ALICE),
      payload: { prompt: 'after the crashes', width: 64, height: 64, num_images: 1 },
    });
    const after = await waitForJob(
      async () =>
        (await get(`/generations/${next.json().sdGenerationJob.generationId}`)).json()
          .generations_by_pk,
      (g) => g.status,
      60_000,
    );
    expect(after.status).toBe('COMPLETE');
  });
});
