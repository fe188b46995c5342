import { randomInt } from 'node:crypto';
import type { EngineContext } from '../app.ts';
import { ApiHttpError } from '../errors.ts';
import type { MinuteWindow } from './rate-limiter.ts';

export const randomSeed = () => randomInt(0, 2 ** 31 - 1);

/**
 * Lets a job in under Leonardo's limits (running jobs per user, requests a minute) and charges
 * its tokens. Throws the API's answer when refused, before anything is created.
 */
export function admitJob(
  ctx: EngineContext,
  userId: string,
  tokenCost: number,
  window: MinuteWindow | null,
): number {
  const running = ctx.generations.countPending(userId) + ctx.textures.countPending(userId);
  if (running >= ctx.limits.concurrentJobs) {
    throw new ApiHttpError(
      429,
      'rate-limit-exceeded',
      `Too many jobs running: at most ${ctx.limits.concurrentJobs} at once. Try again when one finishes.`,
      '$',
      { 'Retry-After': '2' },
    );
  }
  if (window && !window.tryHit(userId)) {
    const seconds = Math.max(1, Math.ceil(window.retryAfterMs(userId) / 1000));
    throw new ApiHttpError(
      429,
      'rate-limit-exceeded',
      `Rate limit reached: at most ${ctx.limits.generationsPerMinute} requests a minute. Try again in ${seconds} s.`,
      '$',
      { 'Retry-After': String(seconds) },
    );
  }
  if (!ctx.users.charge(userId, tokenCost)) {
    window?.undo(userId);
    throw new ApiHttpError(402, 'not-enough-tokens', 'not enough api tokens for this request');
  }
  return tokenCost;
}
