/** What an undo step must tell the history: its memory cost, so old steps can be dropped. */
export interface HistoryEntry {
  /** May change when a step is applied (it then holds its other side). */
  bytes: number;
}

export interface HistoryLimits {
  /** Most steps kept, undone ones included. */
  maxEntries: number;
  /** Most bytes kept across all steps; the oldest go first. The newest step is always kept. */
  maxBytes: number;
}

/** The last hundred steps, as in most drawing programs, and never more than 200 MB of them. */
export const DEFAULT_HISTORY_LIMITS: HistoryLimits = {
  maxEntries: 100,
  maxBytes: 200 * 1024 * 1024,
};

/**
 * A linear undo history of opaque steps. It only orders them and drops the oldest past its
 * limits; applying a step (putting pixels back) is the document's job, so this stays pure and is
 * tested without a canvas.
 */
export class UndoHistory<E extends HistoryEntry> {
  private done: E[] = [];
  private undone: E[] = [];

  constructor(private readonly limits: HistoryLimits = DEFAULT_HISTORY_LIMITS) {}

  /**
   * Records a new step; whatever was undone can no longer be redone. Returns the steps that are
   * gone for good (the redo side and the oldest past the limits), for their storage to be freed.
   */
  push(entry: E): E[] {
    const dropped = this.undone;
    this.undone = [];
    this.done.push(entry);
    return [...dropped, ...this.trim()];
  }

  /** The step to revert, now moved to the redo side; undefined when there is nothing to undo. */
  undo(): E | undefined {
    const entry = this.done.pop();
    if (entry) this.undone.push(entry);
    return entry;
  }

  /** The step to apply again; undefined when there is nothing to redo. */
  redo(): E | undefined {
    const entry = this.undone.pop();
    if (entry) this.done.push(entry);
    return entry;
  }

  /** The newest step that can be undone. */
  peek(): E | undefined {
    return this.done.at(-1);
  }

  clear(): E[] {
    const all = [...this.done, ...this.undone];
    this.done = [];
    this.undone = [];
    return all;
  }

  /** Puts back a stored history (oldest first on both sides), within the limits. */
  load(done: E[], undone: E[]): E[] {
    this.done = [...done];
    this.undone = [...undone];
    return this.trim();
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  get undoDepth(): number {
    return this.done.length;
  }

  get redoDepth(): number {
    return this.undone.length;
  }

  /** Both sides, oldest first: what undo walks back through, and what redo walks forward. */
  get entries(): { done: readonly E[]; undone: readonly E[] } {
    return { done: this.done, undone: this.undone };
  }

  /** Bytes held by both sides. */
  get bytes(): number {
    let sum = 0;
    for (const entry of this.done) sum += entry.bytes;
    for (const entry of this.undone) sum += entry.bytes;
    return sum;
  }

  private trim(): E[] {
    const dropped: E[] = [];
    let bytes = this.bytes;
    while (
      this.done.length > 1 &&
      (this.done.length + this.undone.length > this.limits.maxEntries ||
        bytes > this.limits.maxBytes)
    ) {
      const oldest = this.done.shift()!;
      bytes -= oldest.bytes;
      dropped.push(oldest);
    }
    return dropped;
  }
}
