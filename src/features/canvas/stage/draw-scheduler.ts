/** Anything with a synchronous draw (a Konva layer). */
export interface Drawable {
  draw(): unknown;
}

/**
 * Redraws the stage's layers at most once per animation frame, only those that changed. `flush`
 * draws what is pending at once (the benchmark measures a pointer move up to the pixels it paints).
 */
export class DrawScheduler<K extends string> {
  private readonly pending = new Set<K>();
  private frame: number | null = null;

  constructor(private readonly layers: () => Partial<Record<K, Drawable | null>>) {}

  request(keys: Iterable<K>): void {
    for (const key of keys) this.pending.add(key);
    if (this.frame === null && this.pending.size > 0) {
      this.frame = requestAnimationFrame(() => {
        this.frame = null;
        this.flush();
      });
    }
  }

  flush(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
    const layers = this.layers();
    // "all" stands for every layer (the layers themselves changed).
    const keys = this.pending.has('all' as K) ? (Object.keys(layers) as K[]) : this.pending;
    for (const key of keys) layers[key]?.draw();
    this.pending.clear();
  }

  dispose(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
    this.pending.clear();
  }
}
