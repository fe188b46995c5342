/** A set of listeners to call with one value; `add` returns the way to remove the listener. */
export class Listeners<T = void> {
  private readonly set = new Set<(value: T) => void>();

  add(listener: (value: T) => void): () => void {
    this.set.add(listener);
    return () => this.set.delete(listener);
  }

  /** Calls each listener present now (one may remove itself or another while called). */
  emit(value: T): void {
    for (const listener of [...this.set]) listener(value);
  }
}
