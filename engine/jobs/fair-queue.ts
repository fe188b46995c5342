/**
 * Waiting work kept per key (a user), taken round-robin: each key in turn gets its oldest item,
 * so one key with a hundred items waiting never delays another key's single one.
 */
export class FairQueue<T> {
  // A Map iterates in insertion order: a key moved to the back waits for every other key.
  private readonly queues = new Map<string, T[]>();
  private total = 0;

  get length(): number {
    return this.total;
  }

  count(key: string): number {
    return this.queues.get(key)?.length ?? 0;
  }

  push(key: string, item: T): void {
    const queue = this.queues.get(key);
    if (queue) queue.push(item);
    else this.queues.set(key, [item]);
    this.total++;
  }

  /** Takes an item out wherever it is; false if it was not waiting. */
  remove(key: string, item: T): boolean {
    const queue = this.queues.get(key);
    const index = queue?.indexOf(item) ?? -1;
    if (!queue || index < 0) return false;
    queue.splice(index, 1);
    if (queue.length === 0) this.queues.delete(key);
    this.total--;
    return true;
  }

  /** The oldest item of the first key in turn that `eligible` allows; that key goes to the back. */
  shift(eligible: (key: string) => boolean = () => true): { key: string; item: T } | undefined {
    for (const [key, queue] of this.queues) {
      if (!eligible(key)) continue;
      const item = queue.shift()!;
      this.queues.delete(key);
      if (queue.length > 0) this.queues.set(key, queue);
      this.total--;
      return { key, item };
    }
    return undefined;
  }
}
