import Database from 'better-sqlite3';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  appendFileSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EngineApp } from '../../app.ts';
import type { WorkerPool } from '../../jobs/worker-pool.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * A real small disk: a tmpfs mounted for the test, which answers ENOSPC and SQLITE_FULL as a
 * full disk does. Mounting needs root (or CAP_SYS_ADMIN); without it the test says so.
 */
export interface TinyDisk {
  dir: string;
  /** Fills every free byte with a filler file. */
  fill: () => void;
  /** Frees this many bytes of the filler (the disk then has about that much room). */
  free: (bytes: number) => void;
  /** Removes the filler. */
  freeAll: () => void;
  unmount: () => void;
}

export function mountTinyDisk(sizeBytes: number): TinyDisk {
  const dir = mkdtempSync(join(tmpdir(), 'leo-tiny-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeBytes}`, 'tmpfs', dir], {
      stdio: 'pipe',
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `The disk-full tests mount a small tmpfs and could not (${(error as Error).message.trim()}): run them as root or with CAP_SYS_ADMIN.`,
    );
  }
  const filler = join(dir, 'filler');
  const chunk = Buffer.alloc(64 * 1024, 1);
  return {
    dir,
    fill: () => {
      writeFileSync(filler, '');
      for (;;) {
        try {
          appendFileSync(filler, chunk);
        } catch {
          // The last chunk did not fit: fill what is left byte-wise in smaller steps.
          for (let size = 4096; size >= 1; size = Math.floor(size / 2)) {
            try {
              for (;;) appendFileSync(filler, chunk.subarray(0, size));
            } catch {
              // Next smaller size.
            }
          }
          return;
        }
      }
    },
    free: (bytes) => truncateSync(filler, Math.max(0, statSync(filler).size - bytes)),
    freeAll: () => rmSync(filler, { force: true }),
    unmount: () => {
      execFileSync('umount', ['-l', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Another program holding SQLite's write lock on the engine's database (`BEGIN IMMEDIATE`). */
export function holdWriteLock(dbFile: string): () => void {
  const other = new Database(dbFile);
  other.exec('BEGIN IMMEDIATE');
  return () => {
    other.exec('ROLLBACK');
    other.close();
  };
}

/** Every file under a directory, as paths relative to it. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

export interface EngineProcess {
  child: ChildProcess;
  base: string;
  output: () => string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | string | null>;
}

/** `npm run engine`'s entry point as its own process group, so a kill reaches all of it. */
export function startEngineProcess(env: Record<string, string>): Promise<EngineProcess> {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['engine/main.ts'], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, LEO_ENGINE_PORT: '0', ...env },
  });
  let output = '';
  const exited = new Promise<number | string | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready at (http:\/\/[\d.:]+)/.exec(output);
      if (match) resolve({ child, base: match[1]!, output: () => output, exited });
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`engine exited (${code}): ${output}`)));
  });
}

/** Kills a process group and waits for its leader to be gone. */
export async function killGroup(engine: EngineProcess, signal: NodeJS.Signals): Promise<void> {
  try {
    process.kill(-engine.child.pid!, signal);
  } catch {
    // Already gone.
  }
  await engine.exited;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `check` answers a value, or fails after the timeout. */
export async function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 30_000,
  what = 'the condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not hold within ${timeoutMs} ms`);
    await sleep(50);
  }
}

/**
 * Keeps the job workers from taking any job until the returned function is called: a burst of
 * requests then meets jobs that are all still running, however slowly the machine answers
 * them (a fast render would otherwise finish, and free its slot, before the burst ends).
 */
export function holdJobWorkers(app: EngineApp): () => void {
  // The runner keeps its pool private; tests reach it rather than widen the engine's API.
  const pool = (app.engine.jobs as unknown as { deps: { pool: WorkerPool } }).deps.pool;
  const run = pool.run.bind(pool);
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  pool.run = (async (...args: Parameters<WorkerPool['run']>) => {
    await gate;
    return run(...args);
  }) as WorkerPool['run'];
  return () => {
    pool.run = run;
    release();
  };
}
