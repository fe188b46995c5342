import { storageFault } from './storage/faults.ts';

/** An error the API answers in Leonardo's shape `{ error, path, code }`. */
export class ApiHttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly path = '$',
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ApiHttpError(404, 'not-found', `${what} not found`);
export const validationFailed = (message: string, path: string) =>
  new ApiHttpError(400, 'validation-failed', message, path);
export const notEnoughTokens = () =>
  new ApiHttpError(402, 'not-enough-tokens', 'not enough api tokens for this request');

/** A 429 (this caller is over a limit) or 503 (the engine is), with when to come back. */
export const tooMany = (status: 429 | 503, message: string, retryAfterSeconds: number) =>
  new ApiHttpError(status, status === 429 ? 'rate-limit-exceeded' : 'server-busy', message, '$', {
    'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))),
  });

/** The answer for a write that failed underneath (disk full, database locked…), or null. */
export function storageError(error: unknown): ApiHttpError | null {
  switch (storageFault(error)) {
    case 'full':
      return new ApiHttpError(
        507,
        'storage-full',
        "The engine's disk is full: nothing was saved. Free some disk space and try again.",
      );
    case 'busy':
      return new ApiHttpError(
        503,
        'database-busy',
        'The database is locked by another program; nothing was saved. Try again in a moment.',
        '$',
        { 'Retry-After': '1' },
      );
    case 'read-only':
      return new ApiHttpError(
        503,
        'storage-read-only',
        "The engine's data directory is read-only: nothing was saved.",
        '$',
        { 'Retry-After': '30' },
      );
    case null:
      return null;
  }
}
