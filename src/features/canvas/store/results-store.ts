import { createExternalStore } from '../lib/external-store.ts';
import type { StagedResult } from '../lib/staging.ts';

export interface LiveResult {
  imageDataUrl: string;
  roundTripMs: number;
  receivedAt: number;
}

export interface LiveStatus {
  result: LiveResult | null;
  /** A request is on its way. */
  sending: boolean;
  /** The last failure, kept until the server answers again. */
  error: { message: string; retryInMs: number | null } | null;
}

/** What the API answered: the newest live result and the staged results. Not UI state. */
export const liveStore = createExternalStore<LiveStatus>({
  result: null,
  sending: false,
  error: null,
});
export const stagingStore = createExternalStore<StagedResult[]>([]);

/** A short message about the last import or hand-off (errors stay until dismissed or replaced). */
export interface Notice {
  tone: 'info' | 'error';
  message: string;
}

export const noticeStore = createExternalStore<Notice | null>(null);
