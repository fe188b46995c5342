import {
  startPoolMember,
  type Isolation,
  type PoolMember,
  type ResultMessage,
} from './pool-member.ts';
import type { Task, TaskValue } from './task-types.ts';

/** A task failed because its input was bad (a 400), not because the engine broke. */
export class TaskInputError extends Error {
  constructor(
    message: string,
    readonly inputPath: string,
  ) {
    super(message);
  }
}

interface Pending {
  id: number;
  task: Task;
  resolve: (value: TaskValue) => void;
  reject: (error: Error) => void;
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
    size: number,
    private readonly name: string,
    private readonly options: WorkerPoolOptions = {},
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  run(task: Task): Promise<TaskValue> {
    if (this.closed) return Promise.reject(new Error(`${this.name} pool is closed`));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.pump();
    });
  }

  get busy(): number {
    return this.slots.filter((s) => s.current).length + this.queue.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    const stopping = new Error('engine stopping');
    for (const pending of this.queue.splice(0)) pending.reject(stopping);
    for (const slot of this.slots) {
      slot.current?.reject(stopping);
      slot.current = null;
    }
    await Promise.all(this.slots.map((s) => s.member.terminate()));
  }

  private spawn(): Slot {
    const { isolation = 'thread', niceness = 0 } = this.options;
    const member = startPoolMember(isolation, this.name, niceness);
    const slot: Slot = { member, current: null, alive: true };
    member.onResult(({ id, result }: ResultMessage) => {
      const pending = slot.current;
      if (!pending || pending.id !== id) return;
      slot.current = null;
      this.crashes = 0;
      if (result.ok) pending.resolve(result.value);
      else if (result.error.inputPath !== null) {
        pending.reject(new TaskInputError(result.error.message, result.error.inputPath));
      } else pending.reject(new Error(result.error.message));
      this.pump();
    });
    member.onFailure((error) => {
      if (!slot.alive || this.closed) return;
      slot.alive = false;
      slot.current?.reject(error);
      slot.current = null;
      this.crashes++;
      // Workers that keep dying before finishing anything cannot serve the queue: fail it.
      if (this.crashes >= 3) for (const pending of this.queue.splice(0)) pending.reject(error);
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
      const next = this.queue.shift();
      if (!next) return;
      slot.current = next;
      slot.member.send({ id: next.id, task: next.task });
    }
  }
}
