import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type EngineApp, type Timeouts } from '../app.ts';
import { openDatabase, type Db } from '../db/database.ts';
import type { EngineConfig } from '../config.ts';
import { recover } from '../jobs/recovery.ts';

export const ALICE = 'alice-test-key';
export const BOB = 'bob-test-key';
export const API = '/api/rest/v1';

export interface Harness {
  app: EngineApp;
  db: Db;
  dataDir: string;
  /** Authorization header for a key. */
  as: (key: string) => { authorization: string };
  userId: (key: string) => Promise<string>;
  /** Closes the app and database; `keepData` leaves the directory for a restart test. */
  close: (options?: { keepData?: boolean }) => Promise<void>;
}

/** A real engine on a temporary data directory and SQLite file: no mocks. */
export async function startEngine(
  options: {
    dataDir?: string;
    limits?: Partial<EngineConfig['limits']>;
    studioDir?: string;
    keys?: string[];
    realtimeWorkers?: number;
    lcmDelayMs?: number;
    publicUrl?: string;
    timeouts?: Partial<Timeouts>;
    /** Clear leftovers and resume PENDING jobs, as `main.ts` does at start. */
    recover?: boolean;
  } = {},
): Promise<Harness> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'leo-engine-test-'));
  const db = openDatabase(join(dataDir, 'engine.sqlite'));
  const app = await buildApp({
    db,
    config: {
      dataDir,
      keys: options.keys ?? [ALICE, BOB],
      limits: { concurrentJobs: 10, generationsPerMinute: 100, ...options.limits },
      jobWorkers: 1,
      studioDir: options.studioDir ?? join(dataDir, 'no-studio'),
      realtimeWorkers: options.realtimeWorkers ?? 2,
      lcmDelayMs: options.lcmDelayMs ?? 0,
      publicUrl: options.publicUrl ?? null,
    },
    timeouts: options.timeouts,
  });
  await app.ready();
  if (options.recover) await recover(app.engine, () => {});
  const as = (key: string) => ({ authorization: `Bearer ${key}` });
  return {
    app,
    db,
    dataDir,
    as,
    userId: async (key) => {
      const res = await app.inject({ method: 'GET', url: `${API}/me`, headers: as(key) });
      return res.json().user_details[0].user.id as string;
    },
    close: async ({ keepData = false } = {}) => {
      await app.close();
      db.close();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls a job's GET endpoint until it leaves PENDING. */
export async function waitForJob<T>(
  read: () => Promise<T>,
  status: (value: T) => string | undefined,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (status(value) !== 'PENDING') return value;
    if (Date.now() > deadline) throw new Error('job still PENDING after the timeout');
    await new Promise((r) => setTimeout(r, 50));
  }
}
