import { rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from '../db/database.ts';
import type { UserRepository } from '../db/users.ts';
import { ApiHttpError, notEnoughTokens, tooMany } from '../errors.ts';
import { LCM_SIZES } from '../../contract/limits.ts';
import { REALTIME } from '../limits.ts';
import { FairLane } from './fair-lane.ts';
import { dataUrlImageSize } from './image-header.ts';
import type { Task } from './task-types.ts';
import type { WorkerPool } from './worker-pool.ts';

export interface RealtimeRequest {
  userId: string;
  /** Tokens for the answer: the balance is checked before rendering, charged on delivery. */
  cost: number;
  task: Task;
  /** Aborts when the client has gone: a request still waiting is never rendered. */
  signal: AbortSignal;
  /**
   * Prepares what the answer stores (an upscale's history row) as a write, which runs in the
   * same transaction as the charge: both happen, or neither.
   */
  store?: (dataUrl: string) => Promise<() => void>;
}

export interface RealtimeLaneOptions {
  db: Db;
  users: Pick<UserRepository, 'charge' | 'get'>;
  /** Extra latency on every answer (a test aid), spent after the render so no worker waits. */
  delayMs?: number;
}

/** A live frame: LCM or instant refine from a sketch no larger than the largest LCM size. */
function isFrame(task: Task): boolean {
  if (task.type !== 'lcm') return false;
  const size = dataUrlImageSize(task.imageDataUrl);
  return size !== null && Math.max(size.width, size.height) <= Math.max(...LCM_SIZES);
}

/** The client went away before its answer: nothing to send, nothing charged. */
export const clientGone = () =>
  new ApiHttpError(499, 'client-closed-request', 'The client closed the request');

/**
 * The realtime canvas's lane. Live frames (`/generations-lcm`, `/lcm-instant-refine` from a
 * sketch of at most 1024²) run on worker threads at the server's priority; everything heavier
 * (larger sketches, inpainting, upscaling, checking uploads) runs in a child process at a lower
 * one, so while anybody draws, their frames get
 * the CPU first and the heavy work takes what is left. Each pool is shared fairly between users
 * (FairLane). Requests are bounded per user (429) and in all (503). The balance is checked before
 * rendering and the tokens taken only when the answer is ready to go: a failed render, a full
 * disk or a client that has gone (its request dropped unrendered, or its answer discarded)
 * costs nothing.
 */
export class RealtimeLane {
  private readonly frames: FairLane;
  private readonly heavy: FairLane;

  constructor(
    pools: { frames: WorkerPool; heavy: WorkerPool },
    private readonly options: RealtimeLaneOptions,
  ) {
    this.frames = new FairLane(pools.frames, clientGone);
    this.heavy = new FairLane(pools.heavy, clientGone);
  }

  /** Requests waiting for a worker (for tests and diagnostics). */
  get waiting(): number {
    return this.frames.waiting + this.heavy.waiting;
  }

  /** Renders handed to a worker so far (for tests and diagnostics). */
  get dispatched(): number {
    return this.frames.dispatched + this.heavy.dispatched;
  }

  async render({ userId, cost, task, signal, store }: RealtimeRequest): Promise<string> {
    if (signal.aborted) throw clientGone();
    if (this.frames.count(userId) + this.heavy.count(userId) >= REALTIME.perUserQueue) {
      throw tooMany(
        429,
        `Too many realtime requests at once: at most ${REALTIME.perUserQueue} per user. Send the next when one is answered.`,
        1,
      );
    }
    if (this.waiting >= REALTIME.totalQueue) {
      throw tooMany(503, 'The realtime lane is full. Try again in a moment.', 1);
    }
    if (cost > 0 && (this.options.users.get(userId)?.apiTokens ?? 0) < cost) {
      throw notEnoughTokens();
    }
    try {
      const lane = isFrame(task) ? this.frames : this.heavy;
      const dataUrl = (await lane.run(userId, task, signal)) as string;
      const delay = this.options.delayMs ?? 0;
      if (delay > 0) await sleep(delay, undefined, { signal }).catch(() => {});
      const write = store ? await store(dataUrl) : null;
      if (signal.aborted) throw clientGone();
      this.options.db.transaction(() => {
        if (cost > 0 && !this.options.users.charge(userId, cost)) throw notEnoughTokens();
        write?.();
      })();
      return dataUrl;
    } catch (error) {
      if (task.type === 'upscale') await rm(task.outFile, { force: true }).catch(() => {});
      throw error;
    }
  }

  /** Renders one small frame on every worker, so none pays for compiling the imaging code later. */
  async warmUp(task: Task): Promise<void> {
    const pools = [this.frames.pool, this.heavy.pool];
    await Promise.allSettled(
      pools.flatMap((pool) => Array.from({ length: pool.size }, () => pool.run(task))),
    );
  }
}
