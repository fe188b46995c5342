/**
 * Every port an e2e run listens on, in one table so that no two servers ever meet: the suite's
 * engine at E2E_PORT (8790 by default) and each other server a fixed step above it. Moving
 * E2E_PORT moves them all (a second run beside the first: E2E_PORT=8800).
 */
const MAIN = Number(process.env.E2E_PORT ?? 8790);
const at = (variable: string, offset: number) => Number(process.env[variable] ?? MAIN + offset);

export const E2E_PORTS = {
  /** The engine serving the built studio and its API on one origin. */
  main: MAIN,
  /** A plain static server with dist/ under a sub-path (the cross-origin project). */
  static: at('E2E_STATIC_PORT', 1),
  /** An engine with the relay on, relaying to the main engine. */
  relay: at('E2E_RELAY_PORT', 2),
  /** canvas-live-slow.spec.ts: LCM answers delayed. */
  slow: at('E2E_SLOW_PORT', 3),
  /** jobs-queue.spec.ts: two running jobs per user. */
  queue: at('E2E_QUEUE_PORT', 4),
  /** history-search.spec.ts: limits that let its setup make 120 generations at once. */
  search: at('E2E_SEARCH_PORT', 5),
} as const;
