import { randomInt } from 'node:crypto';
import type { EngineContext } from '../context.ts';
import type { NewGeneration } from '../db/generations.ts';
import type { NewTexture } from '../db/textures.ts';
import { notEnoughTokens, tooMany } from '../errors.ts';
import type { GenerationJob, TextureJob } from './job-runner.ts';
import type { MinuteWindow } from './rate-limiter.ts';

export const randomSeed = () => randomInt(0, 2 ** 31 - 1);

/** What admitting a job needs from the engine. */
export type AdmissionDeps = Pick<
  EngineContext,
  'db' | 'users' | 'generations' | 'textures' | 'jobs' | 'limits'
>;

/**
 * Lets a job in under Leonardo's limits (running jobs per user, requests a minute), charges its
 * tokens and stores it PENDING, all in one synchronous transaction: nothing can slip in between
 * the count and the insert, and a refusal (or a failed insert) leaves nothing behind. The job
 * is handed to the runner at once. Throws the API's answer when refused.
 */
function admit(
  deps: AdmissionDeps,
  userId: string,
  cost: number,
  window: MinuteWindow | null,
  insert: () => void,
): void {
  let hit = false;
  try {
    deps.db.transaction(() => {
      const running =
        deps.generations.countPending(userId) +
        deps.textures.countPending(userId) +
        deps.jobs.detachedRenders(userId);
      if (running >= deps.limits.concurrentJobs) {
        throw tooMany(
          429,
          `Too many jobs running: at most ${deps.limits.concurrentJobs} at once. Try again when one finishes.`,
          2,
        );
      }
      if (window && !(hit = window.tryHit(userId))) {
        const seconds = Math.max(1, Math.ceil(window.retryAfterMs(userId) / 1000));
        throw tooMany(
          429,
          `Rate limit reached: at most ${deps.limits.generationsPerMinute} requests a minute. Try again in ${seconds} s.`,
          seconds,
        );
      }
      if (!deps.users.charge(userId, cost)) throw notEnoughTokens();
      insert();
    })();
  } catch (error) {
    if (hit) window!.undo(userId);
    throw error;
  }
}

/** Admits an image or motion generation and starts it. */
export function admitGeneration(
  deps: AdmissionDeps,
  {
    record,
    job,
    window,
  }: { record: NewGeneration; job: GenerationJob; window: MinuteWindow | null },
): void {
  admit(deps, record.userId, Number(record.costAmount), window, () =>
    deps.generations.insert(record),
  );
  deps.jobs.runGeneration(record.id, record.userId, job);
}

/** Admits a texture generation and starts it. */
export function admitTexture(
  deps: AdmissionDeps,
  { record, job, window }: { record: NewTexture; job: TextureJob; window: MinuteWindow | null },
): void {
  admit(deps, record.userId, Number(record.costAmount), window, () => deps.textures.insert(record));
  deps.jobs.runTexture(record.id, record.userId, job);
}
