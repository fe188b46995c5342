/** Counts requests per user in a sliding one-minute window. */
export class MinuteWindow {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a hit if the user is under the limit; answers whether it was allowed. */
  tryHit(userId: string): boolean {
    const cutoff = this.now() - 60_000;
    const recent = (this.hits.get(userId) ?? []).filter((t) => t > cutoff);
    if (recent.length >= this.perMinute) {
      this.hits.set(userId, recent);
      return false;
    }
    recent.push(this.now());
    this.hits.set(userId, recent);
    return true;
  }

  /** Takes back the last hit, for a request refused after it was counted. */
  undo(userId: string): void {
    this.hits.get(userId)?.pop();
  }

  /** Milliseconds until the oldest hit in the window expires. */
  retryAfterMs(userId: string): number {
    const oldest = this.hits.get(userId)?.[0];
    return oldest === undefined ? 0 : Math.max(0, oldest + 60_000 - this.now());
  }
}
