import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ALICE, API, startEngine, waitForJob } from './harness.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Starts `npm run engine`'s entry point as its own process group, so a kill reaches all of it. */
function startProcess(dataDir: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['engine/main.ts'], {
    cwd: ROOT,
    detached: true,
    env: {
      ...process.env,
      LEO_ENGINE_PORT: '0',
      LEO_ENGINE_DATA: dataDir,
      LEO_ENGINE_KEYS: ALICE,
    },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready at (http:\/\/[\d.:]+)/.exec(output);
      if (match) resolve({ child, base: match[1]! });
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`engine exited (${code}): ${output}`)));
  });
}

const api = (base: string, path: string, init: RequestInit = {}) =>
  fetch(`${base}${API}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${ALICE}`, 'content-type': 'application/json' },
  }).then((r) => r.json() as Promise<Record<string, any>>);

describe('durable storage', () => {
  it('keeps generations and their files across a restart', async () => {
    const first = await startEngine();
    const created = await first.app.inject({
      method: 'POST',
      url: `${API}/generations`,
      headers: first.as(ALICE),
      payload: { prompt: 'kept', width: 64, height: 64, num_images: 1 },
    });
    const id = created.json().sdGenerationJob.generationId;
    await first.app.engine.jobs.idle();
    await first.close({ keepData: true });

    const second = await startEngine({ dataDir: first.dataDir });
    dirs.push(first.dataDir);
    const read = await second.app.inject({
      method: 'GET',
      url: `${API}/generations/${id}`,
      headers: second.as(ALICE),
    });
    const generation = read.json().generations_by_pk;
    expect(generation.status).toBe('COMPLETE');
    const file = await second.app.inject({
      method: 'GET',
      url: new URL(generation.generated_images[0].url).pathname,
    });
    expect(file.statusCode).toBe(200);
    await second.close({ keepData: true });
  });

  it('resumes a job interrupted by kill -9 instead of leaving it PENDING', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'leo-engine-crash-'));
    dirs.push(dataDir);
    const one = await startProcess(dataDir);
    const created = await api(one.base, '/generations', {
      method: 'POST',
      body: JSON.stringify({
        prompt: 'interrupted',
        width: 1024,
        height: 1024,
        num_images: 4,
        seed: 11,
      }),
    });
    const id = created.sdGenerationJob.generationId as string;
    process.kill(-one.child.pid!, 'SIGKILL');
    await new Promise((r) => one.child.once('exit', r));

    const two = await startProcess(dataDir);
    try {
      const generation = await waitForJob(
        async () => (await api(two.base, `/generations/${id}`)).generations_by_pk,
        (g) => g.status,
        60_000,
      );
      expect(generation.status).toBe('COMPLETE');
      expect(generation.generated_images).toHaveLength(4);
    } finally {
      process.kill(-two.child.pid!, 'SIGTERM');
      await new Promise((r) => two.child.once('exit', r));
    }
  }, 120_000);
});
