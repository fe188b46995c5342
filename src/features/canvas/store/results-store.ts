import { createExternalStore, type ExternalStore } from '../lib/external-store.ts';
import { NO_COST, type LiveCost } from '../lib/live-cost.ts';
import type { LivePhase } from '../lib/live-scheduler.ts';
import type { StagedResult } from '../lib/staging.ts';

export interface LiveResult {
  imageDataUrl: string;
  roundTripMs: number;
  receivedAt: number;
}

export interface LiveStatus {
  result: LiveResult | null;
  phase: LivePhase;
  /** The last answer's round trip, shown or dropped. */
  roundTripMs: number | null;
  /** Answers that came back older than one already shown. */
  dropped: number;
  /** The last failure, kept until the server answers again. */
  error: { message: string; retryInMs: number | null } | null;
  /** What the live answers have cost in this session. */
  cost: LiveCost;
}

export const INITIAL_LIVE: LiveStatus = {
  result: null,
  phase: 'off',
  roundTripMs: null,
  dropped: 0,
  error: null,
  cost: NO_COST,
};

/** A short message about the last import or hand-off (errors stay until dismissed or replaced). */
export interface Notice {
  tone: 'info' | 'error';
  message: string;
  /** A way to try again, shown as a button. */
  retry?: { label: string; run: () => void };
}

/** What the API answered (the newest live result, the staged results) and the last notice. */
export interface ResultStores {
  live: ExternalStore<LiveStatus>;
  staging: ExternalStore<StagedResult[]>;
  notice: ExternalStore<Notice | null>;
}

export const createResultStores = (): ResultStores => ({
  live: createExternalStore<LiveStatus>(INITIAL_LIVE),
  staging: createExternalStore<StagedResult[]>([]),
  notice: createExternalStore<Notice | null>(null),
});
