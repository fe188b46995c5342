/**
 * The engine's own bounds, beyond Leonardo's documented limits (contract/limits.ts): what keeps
 * one caller from taking the engine over. The README's engine section lists each of them.
 */

/** Realtime lane (`/generations-lcm`, `/lcm-inpainting`, `/lcm-instant-refine`, `/lcm-upscale`). */
export const REALTIME = {
  /** Largest side of an input image (and mask); larger ones are refused with a 400. */
  maxInputSide: 2048,
  /** Requests one user may have waiting or rendering; beyond it a 429. */
  perUserQueue: 4,
  /** Requests waiting for a worker across all users; beyond it a 503. */
  totalQueue: 32,
  /** Heap cap of a realtime worker thread. */
  workerHeapMb: 768,
} as const;

/** OBJ uploads: counted off the event loop before the file is kept. */
export const OBJ = { maxVertices: 1_000_000, maxFaces: 2_000_000 } as const;

/** A JSON body on a GET (Leonardo lets GETs carry their query that way) is small. */
export const GET_BODY_LIMIT_BYTES = 64 * 1024;

/** Connection timeouts: slow or idle clients are dropped, never left holding a socket. */
export const TIMEOUTS = {
  /** All request headers must arrive within this. */
  headersMs: 10_000,
  /** The whole request (headers and body, up to a 50 MB upload) must arrive within this. */
  requestMs: 60_000,
  /** An idle keep-alive connection is closed after this. */
  keepAliveMs: 5_000,
  /** How often the server looks for connections past those timeouts. */
  checkEveryMs: 1_000,
  /** After SIGTERM, in-flight requests get this long to finish before the engine exits. */
  shutdownMs: 8_000,
} as const;

/** A job whose worker dies is run again once; the second death fails it and refunds its tokens. */
export const MAX_JOB_ATTEMPTS = 2;
