/**
 * Decides when the realtime canvas sends the sketch: at most one request every `intervalMs`, only
 * after something changed, one request in flight (a newer one aborts the older), answers older than
 * the newest one shown dropped, and back-off after failures until the server answers again.
 * Pure apart from the injected clock, timers and `send`, so every rule is unit-tested.
 */

export interface LiveRequest {
  signal: AbortSignal;
  /** Strictly increasing; sent as `requestTimestamp` and echoed by the API. */
  timestamp: number;
}

export interface LiveAnswer<R> {
  result: R;
  /** The `requestTimestamp` the server echoed, when it did. */
  echoedTimestamp?: number | undefined;
}

export interface RetryAdvice {
  retry: boolean;
  /** The server's own wait (Retry-After), if it gave one. */
  afterMs?: number | undefined;
}

export interface LiveSchedulerDeps<R> {
  send: (request: LiveRequest) => Promise<LiveAnswer<R>>;
  onResult: (result: R, info: { timestamp: number; roundTripMs: number }) => void;
  onError: (error: unknown, info: { retryInMs: number | null }) => void;
  /** 429, 5xx and network failures are worth retrying; a validation error is not. */
  classify: (error: unknown) => RetryAdvice;
  onSend?: (timestamp: number) => void;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface LiveSchedulerOptions {
  intervalMs: number;
  /**
   * A server slower than the interval would see every request aborted by the next one and the
   * user would see nothing while drawing. When nothing has been shown for this long, the request
   * in flight is allowed to finish and the newest change waits for it.
   */
  starvationMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
}

export const DEFAULT_LIVE_OPTIONS: LiveSchedulerOptions = {
  intervalMs: 130,
  starvationMs: 1_000,
  backoffBaseMs: 1_000,
  backoffMaxMs: 15_000,
};

interface InFlight {
  controller: AbortController;
  timestamp: number;
  sentAt: number;
}

export interface LiveStats {
  sent: number;
  aborted: number;
  dropped: number;
  shown: number;
  failed: number;
}

export class LiveScheduler<R> {
  private readonly options: LiveSchedulerOptions;
  private readonly now: () => number;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  private enabled = false;
  private dirty = false;
  private timer: unknown = null;
  private inFlight: InFlight | null = null;
  private lastSentAt = -Infinity;
  private lastTimestamp = 0;
  private newestShown = -Infinity;
  private lastShownAt = 0;
  private failures = 0;
  private backoffUntil = 0;
  readonly stats: LiveStats = { sent: 0, aborted: 0, dropped: 0, shown: 0, failed: 0 };

  constructor(
    private readonly deps: LiveSchedulerDeps<R>,
    options: Partial<LiveSchedulerOptions> = {},
  ) {
    this.options = { ...DEFAULT_LIVE_OPTIONS, ...options };
    this.now = deps.now ?? (() => Date.now());
    this.setTimer = deps.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer =
      deps.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  get isBusy(): boolean {
    return this.inFlight !== null;
  }

  /** Turns live mode on and sends the current state once. */
  start(): void {
    if (this.enabled) return;
    this.enabled = true;
    this.lastShownAt = this.now();
    this.failures = 0;
    this.backoffUntil = 0;
    this.change();
  }

  /** Turns live mode off: nothing pending is sent and the request in flight is aborted. */
  stop(): void {
    this.enabled = false;
    this.dirty = false;
    this.cancelTimer();
    if (this.inFlight) {
      this.inFlight.controller.abort();
      this.stats.aborted++;
      this.inFlight = null;
    }
  }

  /** The sketch or a setting changed. */
  change(): void {
    if (!this.enabled) return;
    this.dirty = true;
    this.schedule();
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  private starving(now: number): boolean {
    return this.inFlight !== null && now - this.lastShownAt >= this.options.starvationMs;
  }

  private schedule(): void {
    if (!this.enabled || !this.dirty || this.timer !== null) return;
    const now = this.now();
    // The request in flight will schedule the next one when it settles.
    if (this.starving(now)) return;
    const due = Math.max(now, this.lastSentAt + this.options.intervalMs, this.backoffUntil);
    this.timer = this.setTimer(() => {
      this.timer = null;
      this.fire();
    }, due - now);
  }

  private fire(): void {
    if (!this.enabled || !this.dirty) return;
    const now = this.now();
    if (this.starving(now)) return;
    if (this.inFlight) {
      this.inFlight.controller.abort();
      this.stats.aborted++;
    }
    this.dirty = false;
    const timestamp = Math.max(now, this.lastTimestamp + 1);
    this.lastTimestamp = timestamp;
    const request: InFlight = { controller: new AbortController(), timestamp, sentAt: now };
    this.inFlight = request;
    this.lastSentAt = now;
    this.stats.sent++;
    this.deps.onSend?.(timestamp);
    let answer: Promise<LiveAnswer<R>>;
    try {
      answer = this.deps.send({ signal: request.controller.signal, timestamp });
    } catch (error) {
      answer = Promise.reject(error);
    }
    answer.then(
      (value) => this.succeeded(request, value),
      (error: unknown) => this.failed(request, error),
    );
  }

  private settle(request: InFlight): void {
    if (this.inFlight === request) this.inFlight = null;
  }

  private succeeded(request: InFlight, answer: LiveAnswer<R>): void {
    this.settle(request);
    if (!this.enabled) return;
    const now = this.now();
    const timestamp = answer.echoedTimestamp ?? request.timestamp;
    if (timestamp <= this.newestShown) {
      this.stats.dropped++;
    } else {
      this.newestShown = timestamp;
      this.lastShownAt = now;
      this.failures = 0;
      this.backoffUntil = 0;
      this.stats.shown++;
      this.deps.onResult(answer.result, { timestamp, roundTripMs: now - request.sentAt });
    }
    this.schedule();
  }

  private failed(request: InFlight, error: unknown): void {
    const aborted = request.controller.signal.aborted;
    this.settle(request);
    if (aborted || !this.enabled) {
      this.schedule();
      return;
    }
    this.stats.failed++;
    this.failures++;
    const advice = this.deps.classify(error);
    if (advice.retry) {
      const backoff = Math.min(
        this.options.backoffMaxMs,
        this.options.backoffBaseMs * 2 ** (this.failures - 1),
      );
      const wait = advice.afterMs ?? backoff;
      this.backoffUntil = this.now() + wait;
      // The state that failed is sent again once the wait is over, changed or not.
      this.dirty = true;
      this.deps.onError(error, { retryInMs: wait });
    } else {
      this.deps.onError(error, { retryInMs: null });
    }
    this.schedule();
  }
}
