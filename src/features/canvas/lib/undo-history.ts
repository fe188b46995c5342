/** What an undo step must tell the history: its memory cost, so old steps can be dropped. */
export interface HistoryEntry {
  readonly bytes: number;
}

export interface HistoryLimits {
  /** Most steps kept. */
  maxEntries: number;
  /** Most bytes kept across all steps; the oldest go first. The newest step is always kept. */
  maxBytes: number;
}

/** A hundred steps, as in most drawing programs; the byte cap keeps 1024² whole-layer steps in check. */
export const DEFAULT_HISTORY_LIMITS: HistoryLimits = {
  maxEntries: 100,
  maxBytes: 128 * 1024 * 1024,
};

/**
 * A linear undo history of opaque steps. It only orders them; applying a step (putting pixels
 * back) is the document's job, so this stays pure and is tested without a canvas.
 */
export class UndoHistory<E extends HistoryEntry> {
  private done: E[] = [];
  private undone: E[] = [];
  private doneBytes = 0;

  constructor(private readonly limits: HistoryLimits = DEFAULT_HISTORY_LIMITS) {}

  /** Records a new step; whatever was undone can no longer be redone. */
  push(entry: E): void {
    this.done.push(entry);
    this.doneBytes += entry.bytes;
    this.undone = [];
    this.trim();
  }

  /** The step to revert, now moved to the redo side; undefined when there is nothing to undo. */
  undo(): E | undefined {
    const entry = this.done.pop();
    if (!entry) return undefined;
    this.doneBytes -= entry.bytes;
    this.undone.push(entry);
    return entry;
  }

  /** The step to apply again; undefined when there is nothing to redo. */
  redo(): E | undefined {
    const entry = this.undone.pop();
    if (!entry) return undefined;
    this.done.push(entry);
    this.doneBytes += entry.bytes;
    this.trim();
    return entry;
  }

  clear(): void {
    this.done = [];
    this.undone = [];
    this.doneBytes = 0;
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

  /** Bytes held by both sides. */
  get bytes(): number {
    return this.doneBytes + this.undone.reduce((sum, entry) => sum + entry.bytes, 0);
  }

  private trim(): void {
    while (
      this.done.length > 1 &&
      (this.done.length > this.limits.maxEntries || this.doneBytes > this.limits.maxBytes)
    ) {
      const dropped = this.done.shift()!;
      this.doneBytes -= dropped.bytes;
    }
  }
}
