import { FairQueue } from './fair-queue.ts';
import type { Task, TaskValue } from './task-types.ts';
import type { WorkerPool } from './worker-pool.ts';

interface Waiting {
  task: Task;
  resolve: (value: TaskValue) => void;
  reject: (error: Error) => void;
}

/**
 * A worker pool shared fairly: each user has their own queue, served round-robin, and may hold
 * at most all the pool's workers but one, so one user's long task (or flood of them) always
 * leaves a worker for everybody else.
 */
export class FairLane {
  private readonly queue = new FairQueue<Waiting>();
  private readonly renderingBy = new Map<string, number>();
  private rendering = 0;
  private started = 0;

  constructor(
    readonly pool: WorkerPool,
    private readonly dropped: () => Error,
  ) {}

  /** Workers one user may hold at once. */
  get perUserWorkers(): number {
    return Math.max(1, this.pool.size - 1);
  }

  get waiting(): number {
    return this.queue.length;
  }

  /** Tasks handed to a worker so far. */
  get dispatched(): number {
    return this.started;
  }

  /** A user's tasks waiting or running here. */
  count(userId: string): number {
    return this.queue.count(userId) + (this.renderingBy.get(userId) ?? 0);
  }

  /** Runs a task in the user's turn; aborting the signal while it waits drops it unrun. */
  run(userId: string, task: Task, signal: AbortSignal): Promise<TaskValue> {
    return new Promise((resolve, reject) => {
      const waiting: Waiting = { task, resolve, reject };
      const onAbort = () => {
        if (this.queue.remove(userId, waiting)) reject(this.dropped());
      };
      signal.addEventListener('abort', onAbort, { once: true });
      waiting.resolve = (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      };
      waiting.reject = (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      };
      this.queue.push(userId, waiting);
      this.pump();
    });
  }

  private pump(): void {
    while (this.rendering < this.pool.size) {
      const next = this.queue.shift(
        (key) => (this.renderingBy.get(key) ?? 0) < this.perUserWorkers,
      );
      if (!next) return;
      const { key, item } = next;
      this.rendering++;
      this.started++;
      this.renderingBy.set(key, (this.renderingBy.get(key) ?? 0) + 1);
      this.pool
        .run(item.task)
        .then(item.resolve, item.reject)
        .finally(() => {
          this.rendering--;
          const left = (this.renderingBy.get(key) ?? 1) - 1;
          if (left > 0) this.renderingBy.set(key, left);
          else this.renderingBy.delete(key);
          this.pump();
        });
    }
  }
}
