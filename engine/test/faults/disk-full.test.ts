import { afterEach, describe, expect, it } from 'vitest';
import { ALICE, API, startEngine, type Harness } from '../harness.ts';
import { imageDataUrl } from '../images.ts';
import { eventually, listFiles, mountTinyDisk, type TinyDisk } from './fault-kit.ts';

/**
 * A real full disk (a small tmpfs holding the whole data directory): SQLite answers
 * SQLITE_FULL and file writes ENOSPC, as on a machine whose disk has filled up.
 */
let disk: TinyDisk;
let h: Harness;
afterEach(async () => {
  await h?.close({ keepData: true });
  disk?.unmount();
});

const start = async () => {
  disk = mountTinyDisk(12 * 1024 * 1024);
  h = await startEngine({ dataDir: disk.dir });
};
const balance = async () =>
  (await h.app.inject({ method: 'GET', url: `${API}/me`, headers: h.as(ALICE) })).json()
    .user_details[0].apiSubscriptionTokens as number;
const post = (url: string, payload: object) =>
  h.app.inject({ method: 'POST', url: `${API}${url}`, headers: h.as(ALICE), payload });
const stored = () => listFiles(h.app.engine.files.root);

describe('a full disk', () => {
  it('fails a job whose files do not fit, with the reason, refunded, leaving no files', async () => {
    await start();
    const before = await balance();
    disk.fill();
    // Room for the job's row, not for its four 1024² images.
    disk.free(96 * 1024);
    const res = await post('/generations', {
      prompt: 'too big for the disk',
      width: 1024,
      height: 1024,
      num_images: 4,
    });
    expect(res.statusCode).toBe(200);
    const id = res.json().sdGenerationJob.generationId;
    await h.app.engine.jobs.idle();
    const read = await h.app.inject({
      method: 'GET',
      url: `${API}/generations/${id}`,
      headers: h.as(ALICE),
    });
    expect(read.json().generations_by_pk.status).toBe('FAILED');
    const row = h.db.prepare('SELECT error FROM generations WHERE id = ?').get(id) as {
      error: string;
    };
    expect(row.error).toMatch(/disk is full/);
    expect(await balance()).toBe(before);
    expect(stored()).toEqual([]);
  });

  it('answers 507 when the job cannot even be stored, and charges nothing', async () => {
    await start();
    const before = await balance();
    disk.fill();
    const res = await post('/generations', { prompt: 'no room', width: 64, height: 64 });
    expect(res.statusCode).toBe(507);
    expect(res.json()).toEqual({ error: expect.any(String), path: '$', code: 'storage-full' });
    disk.freeAll();
    expect(await balance()).toBe(before);
    expect(h.db.prepare('SELECT count(*) AS n FROM generations').get()).toEqual({ n: 0 });
  });

  it('answers an upscale whose file does not fit with a 507 and charges nothing', async () => {
    await start();
    const before = await balance();
    const sketch = await imageDataUrl(512, 512);
    disk.fill();
    disk.free(48 * 1024);
    const res = await post('/lcm-upscale', { imageDataUrl: sketch, prompt: 'no room' });
    expect(res.statusCode).toBe(507);
    expect(res.json().code).toBe('storage-full');
    disk.freeAll();
    expect(await balance()).toBe(before);
    expect(stored()).toEqual([]);
  });

  it('answers an upload that does not fit with a 507, leaves no part file, and the form works later', async () => {
    await start();
    const base = await h.app.listen({ host: '127.0.0.1', port: 0 });
    const presign = await post('/init-image', { extension: 'png' });
    const { url, fields } = presign.json().uploadInitImage;
    const png = Buffer.from((await imageDataUrl(600, 600, 'png')).split(',')[1]!, 'base64');
    const upload = () => {
      const form = new FormData();
      for (const [k, v] of Object.entries(JSON.parse(fields) as Record<string, string>)) {
        form.append(k, v);
      }
      form.append('file', new Blob([png], { type: 'image/png' }), 'init.png');
      return fetch(url.replace(/^http:\/\/[^/]+/, base), { method: 'POST', body: form });
    };
    disk.fill();
    disk.free(16 * 1024);
    const refused = await upload();
    expect(refused.status).toBe(507);
    expect((await refused.json()).code).toBe('storage-full');
    expect(stored()).toEqual([]);
    disk.freeAll();
    expect((await upload()).status).toBe(204);
    expect(stored()).toHaveLength(1);
  });

  it('survives a job failing on a full disk that cannot even record it, and twice more at restart', async () => {
    await start();
    const before = await balance();
    const res = await post('/generations', {
      prompt: 'the disk fills up meanwhile',
      width: 1024,
      height: 1024,
      num_images: 4,
    });
    const id = res.json().sdGenerationJob.generationId;
    // The disk fills while the job renders: its files fail, and so does marking it FAILED.
    disk.fill();
    const me = () => h.app.inject({ method: 'GET', url: `${API}/me`, headers: h.as(ALICE) });
    await eventually(
      () => (h.app.engine.jobs.waitingOutcomes > 0 ? true : undefined),
      30_000,
      'the FAILED write waiting for room',
    );
    expect((await me()).statusCode).toBe(200);
    const status = () =>
      (h.db.prepare('SELECT status FROM generations WHERE id = ?').get(id) as { status: string })
        .status;
    expect(status()).toBe('PENDING');
    // Two more starts on the same nearly full disk: each resumes the job and keeps serving.
    await h.close({ keepData: true });
    disk.free(128 * 1024);
    for (let run = 0; run < 2; run++) {
      h = await startEngine({ dataDir: disk.dir, recover: true });
      expect((await me()).statusCode).toBe(200);
      await h.close({ keepData: true });
    }
    disk.freeAll();
    h = await startEngine({ dataDir: disk.dir, recover: true });
    await eventually(() => (status() === 'PENDING' ? undefined : true), 30_000, 'the job ending');
    await h.app.engine.jobs.idle();
    // It failed on the full disk and was refunded, or it ran again with room and completed.
    if (status() === 'FAILED') expect(await balance()).toBe(before);
    else expect(status()).toBe('COMPLETE');
    const files = stored();
    expect(files.filter((f) => f.includes('.part'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('generations/'))).toHaveLength(
      status() === 'COMPLETE' ? 4 : 0,
    );
  });
});
