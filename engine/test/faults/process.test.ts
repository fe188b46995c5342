import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALICE, API } from '../harness.ts';
import { imageDataUrl } from '../images.ts';
import {
  eventually,
  killGroup,
  listFiles,
  mountTinyDisk,
  sleep,
  startEngineProcess,
  type EngineProcess,
} from './fault-kit.ts';

/** The engine as `npm run engine` runs it, killed and stopped for real. */
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'leo-engine-process-'));
  dirs.push(dir);
  return dir;
};

const api = async (engine: EngineProcess, path: string, body?: object) => {
  const res = await fetch(`${engine.base}${API}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Bearer ${ALICE}`, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, json: (await res.json()) as Record<string, any> };
};
const balance = async (engine: EngineProcess) =>
  (await api(engine, '/me')).json.user_details[0].apiSubscriptionTokens as number;
const statusOf = async (engine: EngineProcess, id: string) =>
  (await api(engine, `/generations/${id}`)).json.generations_by_pk.status as string;
const env = (dir: string, extra: Record<string, string> = {}) => ({
  LEO_ENGINE_DATA: dir,
  LEO_ENGINE_KEYS: ALICE,
  ...extra,
});
/** Waits until the job's runs so far, as stored, reach `runs` (read as another program would). */
const runsCounted = (dir: string, id: string, runs: number) =>
  eventually(
    () => {
      const db = new Database(join(dir, 'engine.sqlite'), { readonly: true });
      try {
        const row = db.prepare('SELECT attempts FROM generations WHERE id = ?').get(id) as {
          attempts: number;
        };
        return row.attempts >= runs ? true : undefined;
      } finally {
        db.close();
      }
    },
    30_000,
    `run ${runs} starting`,
  );
const bigJob = { prompt: 'crashing', width: 1024, height: 1024, num_images: 4, seed: 5 };

describe('the engine process', () => {
  it('fails a job and refunds it when the whole engine dies twice while it runs, and clears leftovers', async () => {
    const dir = dataDir();
    let engine = await startEngineProcess(env(dir));
    const before = await balance(engine);
    const id = (await api(engine, '/generations', bigJob)).json.sdGenerationJob.generationId;
    // Killed while it renders (its run counted as it reached the job process), twice.
    await runsCounted(dir, id, 1);
    await killGroup(engine, 'SIGKILL');
    engine = await startEngineProcess(env(dir));
    expect(engine.output()).toContain('Resuming 1 unfinished job');
    await runsCounted(dir, id, 2);
    await killGroup(engine, 'SIGKILL');
    // What a crash can leave: a half-written image and an unreferenced one in the job's folder.
    const folder = join(dir, 'files', 'generations', id);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `.${randomUUID()}.jpg.${randomUUID()}.part`), 'half');
    writeFileSync(join(folder, `${randomUUID()}.jpg`), 'orphan');
    engine = await startEngineProcess(env(dir));
    try {
      expect(
        await eventually(async () => {
          const status = await statusOf(engine, id);
          return status === 'PENDING' ? undefined : status;
        }),
      ).toBe('FAILED');
      expect(await balance(engine)).toBe(before);
      expect(listFiles(join(dir, 'files')).filter((f) => !f.startsWith('warm-up'))).toEqual([]);
    } finally {
      await killGroup(engine, 'SIGTERM');
    }
  }, 120_000);

  it('does not count a job cut short by a SIGTERM to the whole process group (a Ctrl+C) as a death', async () => {
    const dir = dataDir();
    let engine = await startEngineProcess(env(dir));
    const id = (await api(engine, '/generations', bigJob)).json.sdGenerationJob.generationId;
    await runsCounted(dir, id, 1);
    const stopped = performance.now();
    await killGroup(engine, 'SIGTERM');
    expect(await engine.exited).toBe(0);
    expect(performance.now() - stopped).toBeLessThan(10_000);
    const db = new Database(join(dir, 'engine.sqlite'), { readonly: true });
    expect(db.prepare('SELECT status, attempts FROM generations WHERE id = ?').get(id)).toEqual({
      status: 'PENDING',
      attempts: 0,
    });
    db.close();
    engine = await startEngineProcess(env(dir));
    try {
      expect(
        await eventually(async () => {
          const status = await statusOf(engine, id);
          return status === 'PENDING' ? undefined : status;
        }),
      ).toBe('COMPLETE');
    } finally {
      await killGroup(engine, 'SIGTERM');
    }
  }, 120_000);

  it('answers a request in flight on SIGTERM, then stops within 10 s', async () => {
    const dir = dataDir();
    const engine = await startEngineProcess(env(dir, { LEO_ENGINE_LCM_DELAY_MS: '2500' }));
    const sketch = await imageDataUrl(512, 512);
    const inFlight = api(engine, '/generations-lcm', { imageDataUrl: sketch, prompt: 'last' });
    await sleep(500);
    const stopped = performance.now();
    process.kill(engine.child.pid!, 'SIGTERM');
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.json.lcmGenerationJob.imageDataUrl[0]).toMatch(/^data:image\/jpeg;base64,/);
    expect(await engine.exited).toBe(0);
    expect(performance.now() - stopped).toBeLessThan(10_000);
    await expect(fetch(`${engine.base}${API}/me`)).rejects.toThrow();
  }, 60_000);

  it('keeps serving when a job meets a full disk, and at every restart on it', async () => {
    const disk = mountTinyDisk(12 * 1024 * 1024);
    try {
      let engine = await startEngineProcess(env(disk.dir));
      const before = await balance(engine);
      const id = (await api(engine, '/generations', bigJob)).json.sdGenerationJob.generationId;
      disk.fill();
      await eventually(
        () => (engine.output().includes('outcome waits') ? true : undefined),
        30_000,
        'the job meeting the full disk',
      );
      expect((await api(engine, '/me')).status).toBe(200);
      await killGroup(engine, 'SIGKILL');
      disk.free(128 * 1024);
      for (let run = 0; run < 2; run++) {
        engine = await startEngineProcess(env(disk.dir));
        await sleep(1500);
        expect(engine.child.exitCode).toBeNull();
        expect((await api(engine, '/me')).status).toBe(200);
        await killGroup(engine, 'SIGKILL');
      }
      disk.freeAll();
      engine = await startEngineProcess(env(disk.dir));
      try {
        const status = await eventually(async () => {
          const s = await statusOf(engine, id);
          return s === 'PENDING' ? undefined : s;
        });
        if (status === 'FAILED') expect(await balance(engine)).toBe(before);
        else expect(status).toBe('COMPLETE');
      } finally {
        await killGroup(engine, 'SIGTERM');
      }
    } finally {
      disk.unmount();
    }
  }, 120_000);
});
