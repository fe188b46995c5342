import {
  startPoolMember,
  type Isolation,
  type PoolMember,
  type ResultMessage,
} from './pool-member.ts';
import {
  TaskDroppedError,
  TaskFailedError,
  TaskInputError,
  WorkerDiedError,
} from './pool-errors.ts';
import type { Task, TaskValue } from './task-types.ts';

export {
  TaskDroppedError,
  TaskFailedError,
  TaskInputError,
  WorkerDiedError,
} from './pool-errors.ts';

export interface RunOptions {
  /** Aborting it while the task still waits for a worker drops the task: it is never run. */
  signal?: AbortSignal;
  /**
   * Called as a worker takes the task, before it is sent: answering false drops it (its job was
   * deleted meanwhile), throwing rejects it with that error. Nothing has run yet either way.
   */
  onStart?: () => boolean;
}

interface Pending {
  id: number;
  task: Task;
  options: RunOptions;
  resolve: (value: TaskValue) => void;
  reject: (error: Error) => void;
  unlisten: () => void;
}

interface Slot {
  member: PoolMember;
  current: Pending | null;
  alive: boolean;
}

export interface WorkerPoolOptions {
  /**
   * How much nicer than the server the pool's threads run (0 = the same; 19 = only spare CPU,
   * the most Linux allows; the nice value is capped at 19). Background jobs
   * run niced so the HTTP event loop is never starved by the image work on a small machine.
   */
  niceness?: number;
  /** Worker threads (the default: quick to start, cheap to message) or child processes. */
  isolation?: Isolation;
  /** Heap cap of each worker thread, in MB. */
  maxHeapMb?: number;
}

/** A fixed set of workers fed from one FIFO queue; a crashed worker is replaced. */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  /** Crashes in a row: a worker that cannot even start must not respawn in a tight loop. */
  private crashes = 0;

  constructor(
    readonly size: number,
    private readonly name: string,
    private readonly options: WorkerPoolOptions = {},
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  run(task: Task, options: RunOptions = {}): Promise<TaskValue> {
    if (this.closed) return Promise.reject(new Error(`${this.name} pool is closed`));
    if (options.signal?.aborted) return Promise.reject(new TaskDroppedError('cancelled'));
    return new Promise((resolve, reject) => {
      const pending: Pending = {
        id: this.nextId++,
        task,
        options,
        resolve,
        reject,
        unlisten: () => {},
      };
      const signal = options.signal;
      if (signal) {
        const onAbort = () => {
          const index = this.queue.indexOf(pending);
          if (index < 0) return;
          this.queue.splice(index, 1);
          reject(new TaskDroppedError('cancelled before it started'));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        pending.unlisten = () => signal.removeEventListener('abort', onAbort);
      }
      this.queue.push(pending);
      this.pump();
    });
  }

  /** Tasks running or waiting. */
  get busy(): number {
    return this.slots.filter((s) => s.current).length + this.queue.length;
  }

  /** Process ids of a process pool's members (for fault tests and diagnostics). */
  get pids(): number[] {
    return this.slots.flatMap((s) => (s.alive && s.member.pid !== null ? [s.member.pid] : []));
  }

  async close(): Promise<void> {
    this.closed = true;
    const stopping = new Error('engine stopping');
    for (const pending of this.queue.splice(0)) this.settle(pending, stopping);
    for (const slot of this.slots) {
      if (slot.current) this.settle(slot.current, stopping);
      slot.current = null;
    }
    await Promise.all(this.slots.map((s) => s.member.terminate()));
  }

  private settle(pending: Pending, outcome: Error | { value: TaskValue }): void {
    pending.unlisten();
    if (outcome instanceof Error) pending.reject(outcome);
    else pending.resolve(outcome.value);
  }

  private spawn(): Slot {
    const { isolation = 'thread', niceness = 0, maxHeapMb } = this.options;
    const member = startPoolMember(isolation, this.name, { niceness, maxHeapMb });
    const slot: Slot = { member, current: null, alive: true };
    member.onResult(({ id, result }: ResultMessage) => {
      const pending = slot.current;
      if (!pending || pending.id !== id) return;
      slot.current = null;
      this.crashes = 0;
      if (result.ok) this.settle(pending, { value: result.value });
      else if (result.error.inputPath !== null) {
        this.settle(pending, new TaskInputError(result.error.message, result.error.inputPath));
      } else {
        this.settle(pending, new TaskFailedError(result.error.message, result.error.code ?? null));
      }
      this.pump();
    });
    member.onFailure((error) => {
      if (!slot.alive || this.closed) return;
      slot.alive = false;
      if (slot.current) this.settle(slot.current, new WorkerDiedError(error.message));
      slot.current = null;
      this.crashes++;
      // Workers that keep dying before finishing anything cannot serve the queue: fail it.
      if (this.crashes >= 3) {
        const broken = new Error(`${this.name} workers keep stopping: ${error.message}`);
        for (const pending of this.queue.splice(0)) this.settle(pending, broken);
      }
      const respawn = () => {
        const index = this.slots.indexOf(slot);
        if (this.closed || index < 0) return;
        this.slots[index] = this.spawn();
        this.pump();
      };
      setTimeout(respawn, Math.min(5000, 50 * 2 ** Math.min(this.crashes, 7))).unref();
    });
    return slot;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.current || !slot.alive) continue;
      let next: Pending | undefined;
      while ((next = this.queue.shift()) && !this.starts(next));
      if (!next) return;
      slot.current = next;
      slot.member.send({ id: next.id, task: next.task });
    }
  }

  /** Runs a task's start hook; a task it refuses or that throws is settled here. */
  private starts(pending: Pending): boolean {
    try {
      if (pending.options.onStart && !pending.options.onStart()) {
        this.settle(pending, new TaskDroppedError('dropped as it was about to start'));
        return false;
      }
      return true;
    } catch (error) {
      this.settle(pending, error as Error);
      return false;
    }
  }
}
