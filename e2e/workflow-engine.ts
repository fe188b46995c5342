import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext } from '@playwright/test';
import { API_PREFIX, expect } from './fixtures.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface SpecEngine {
  /** `http://127.0.0.1:<port>`: the studio and its API on one origin. */
  origin: string;
  api: string;
  stop: () => Promise<void>;
}

/**
 * A second engine for a spec that needs limits of its own (two running jobs, a hundred
 * generations in a minute), on its own port from `E2E_PORTS`, with its own
 * temporary data directory. It serves the same built studio. Stop it in afterAll: its whole
 * process group goes.
 */
export async function startSpecEngine(
  port: number,
  keys: readonly string[],
  env: Record<string, string> = {},
): Promise<SpecEngine> {
  const dataDir = mkdtempSync(join(tmpdir(), 'leo-studio-e2e-spec-'));
  const child = spawn(`${ROOT}node_modules/.bin/tsx`, ['engine/main.ts'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      LEO_ENGINE_HOST: '127.0.0.1',
      LEO_ENGINE_PORT: String(port),
      LEO_ENGINE_DATA: dataDir,
      LEO_ENGINE_KEYS: keys.join(','),
      LEO_ENGINE_STUDIO_DIR: process.env.E2E_STUDIO_DIR ?? 'dist',
      ...env,
    },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = await new Promise<string>((resolve, reject) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready at (http:\/\/[\d.:]+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) =>
      reject(new Error(`The spec's engine exited (${code}): ${output}`)),
    );
  });
  return {
    origin,
    api: `${origin}${API_PREFIX}`,
    stop: async () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Starts a generation through the real API, as any client would; answers its id. */
export async function startGeneration(
  request: APIRequestContext,
  api: string,
  key: string,
  prompt: string,
): Promise<string> {
  const created = await request.post(`${api}/generations`, {
    headers: { Authorization: `Bearer ${key}` },
    data: { prompt, width: 256, height: 256, num_images: 1 },
  });
  expect(created.status(), await created.text()).toBe(200);
  return ((await created.json()) as { sdGenerationJob: { generationId: string } }).sdGenerationJob
    .generationId;
}

/** Waits until the engine has finished a generation. */
export async function waitForGeneration(
  request: APIRequestContext,
  api: string,
  key: string,
  id: string,
): Promise<void> {
  await expect
    .poll(
      async () => {
        const answer = await request.get(`${api}/generations/${id}`, {
          headers: { Authorization: `Bearer ${key}` },
        });
        return ((await answer.json()) as { generations_by_pk: { status: string } })
          .generations_by_pk.status;
      },
      { timeout: 60_000 },
    )
    .toBe('COMPLETE');
}
