/**
 * Decides when the realtime canvas sends the sketch. It keeps up with the server instead of
 * racing it: never more than one request in flight; the next frame goes when the previous answer
 * is back or when the throttle allows, whichever is later, and only if something changed; answers
 * older than the newest one shown (by `requestTimestamp`) are dropped; after a failure it backs
 * off until the server answers again. So the result updates at the rate the server can sustain,
 * and nothing is cancelled but by turning live mode off.
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
  /** Anything the status line shows changed (a request left or came back, a change waits). */
  onStatus?: () => void;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface LiveSchedulerOptions {
  /** The shortest time between two requests, however fast the server answers. */
  intervalMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
}

export const DEFAULT_LIVE_OPTIONS: LiveSchedulerOptions = {
  intervalMs: 130,
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
  shown: number;
  /** Answers that came back older than one already shown. */
  dropped: number;
  failed: number;
  /** Requests aborted because live mode was turned off. */
  aborted: number;
}

/** "Rendering…" while a frame is out or one is waiting to go; "Up to date" once all are shown. */
export type LivePhase = 'off' | 'rendering' | 'up-to-date' | 'waiting';

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
  private failures = 0;
  private backoffUntil = 0;
  private lastRoundTrip: number | null = null;
  readonly stats: LiveStats = { sent: 0, shown: 0, dropped: 0, failed: 0, aborted: 0 };

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

  /** The last answer's time from sending to receiving; null before the first. */
  get roundTripMs(): number | null {
    return this.lastRoundTrip;
  }

  get phase(): LivePhase {
    if (!this.enabled) return 'off';
    if (this.inFlight || this.dirty)
      return this.backoffUntil > this.now() ? 'waiting' : 'rendering';
    return this.stats.shown > 0 ? 'up-to-date' : 'rendering';
  }

  /** Turns live mode on and sends the current state once. */
  start(): void {
    if (this.enabled) return;
    this.enabled = true;
    this.failures = 0;
    this.backoffUntil = 0;
    this.change();
  }

  /** Turns live mode off: nothing pending is sent and the request in flight is aborted. */
  stop(): void {
    if (!this.enabled && !this.inFlight) return;
    this.enabled = false;
    this.dirty = false;
    this.cancelTimer();
    if (this.inFlight) {
      this.inFlight.controller.abort();
      this.stats.aborted++;
      this.inFlight = null;
    }
    this.deps.onStatus?.();
  }

  /** The sketch or a setting changed. */
  change(): void {
    if (!this.enabled) return;
    const was = this.dirty;
    this.dirty = true;
    this.schedule();
    if (!was) this.deps.onStatus?.();
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    // The request in flight schedules the next one when it settles.
    if (!this.enabled || !this.dirty || this.timer !== null || this.inFlight) return;
    const now = this.now();
    const due = Math.max(now, this.lastSentAt + this.options.intervalMs, this.backoffUntil);
    this.timer = this.setTimer(() => {
      this.timer = null;
      this.fire();
    }, due - now);
  }

  private fire(): void {
    if (!this.enabled || !this.dirty || this.inFlight) return;
    const now = this.now();
    this.dirty = false;
    const timestamp = Math.max(now, this.lastTimestamp + 1);
    this.lastTimestamp = timestamp;
    const request: InFlight = { controller: new AbortController(), timestamp, sentAt: now };
    this.inFlight = request;
    this.lastSentAt = now;
    this.stats.sent++;
    this.deps.onStatus?.();
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

  /** Whether this request is still the one in flight (not one of a live mode turned off since). */
  private settle(request: InFlight): boolean {
    if (this.inFlight !== request) return false;
    this.inFlight = null;
    return true;
  }

  private succeeded(request: InFlight, answer: LiveAnswer<R>): void {
    if (!this.settle(request) || !this.enabled) return;
    const now = this.now();
    const timestamp = answer.echoedTimestamp ?? request.timestamp;
    this.lastRoundTrip = now - request.sentAt;
    if (timestamp <= this.newestShown) {
      this.stats.dropped++;
    } else {
      this.newestShown = timestamp;
      this.failures = 0;
      this.backoffUntil = 0;
      this.stats.shown++;
      this.deps.onResult(answer.result, { timestamp, roundTripMs: this.lastRoundTrip });
    }
    this.schedule();
    this.deps.onStatus?.();
  }

  private failed(request: InFlight, error: unknown): void {
    if (!this.settle(request) || !this.enabled) return;
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
    this.deps.onStatus?.();
  }
}
