/** Codes the studio itself assigns when the server gave no Leonardo error body. */
export const NETWORK_ERROR = 'network-error';
export const HTTP_ERROR = 'http-error';
export const INVALID_RESPONSE = 'invalid-response';

export interface ApiErrorInit {
  status: number;
  code: string;
  message: string;
  /** Leonardo's `path`: the JSON path of the offending field, `$` for the whole request. */
  path: string;
  /** The request's method and endpoint (never the URL with a key: keys only travel in headers). */
  endpoint?: string;
  retryAfterMs?: number;
  cause?: unknown;
}

/**
 * The one error the fetch layer throws. Components decide what to show; `message` is the API's own
 * `error` text where there was one, because Leonardo's docs say to show it as it is.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly path: string;
  readonly endpoint: string | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.path = init.path;
    this.endpoint = init.endpoint;
    this.retryAfterMs = init.retryAfterMs;
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }

  get isRateLimited(): boolean {
    return this.status === 429;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/**
 * Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). Returns milliseconds,
 * or undefined when the header is missing or unreadable.
 */
export function parseRetryAfter(
  value: string | null,
  now: number = Date.now(),
): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

function stringField(body: unknown, field: string): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const value = (body as Record<string, unknown>)[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function fallbackMessage(status: number, statusText: string): string {
  const reason = statusText ? ` ${statusText}` : '';
  return `The server answered HTTP ${status}${reason}.`;
}

export interface ErrorResponseInit {
  status: number;
  statusText: string;
  retryAfter: string | null;
  bodyText: string;
  endpoint?: string;
}

/**
 * Builds an ApiError from a non-2xx answer. Leonardo answers `{"error","path","code"}`; anything
 * else (an HTML proxy page, a framework's own error JSON, an empty body) still yields a readable
 * message rather than a parse failure.
 */
export function apiErrorFromResponse(init: ErrorResponseInit): ApiError {
  let body: unknown;
  try {
    body = init.bodyText === '' ? undefined : JSON.parse(init.bodyText);
  } catch {
    body = undefined;
  }
  const leonardoMessage = stringField(body, 'error');
  const code = stringField(body, 'code');
  const path = stringField(body, 'path');
  // Frameworks (Fastify, for one) put a generic reason in `error` and the detail in `message`.
  const isLeonardoShape =
    leonardoMessage !== undefined && (code !== undefined || path !== undefined);
  const message = isLeonardoShape
    ? leonardoMessage
    : (stringField(body, 'message') ??
      leonardoMessage ??
      fallbackMessage(init.status, init.statusText));
  return new ApiError({
    status: init.status,
    code: code ?? HTTP_ERROR,
    message,
    path: path ?? '$',
    ...(init.endpoint === undefined ? {} : { endpoint: init.endpoint }),
    // Sent with 429 (and sometimes 503): how long the server wants us to wait.
    retryAfterMs: parseRetryAfter(init.retryAfter),
  });
}

/** fetch() itself rejected: the server is down, the name does not resolve, or CORS refused us. */
export function networkError(endpoint: string, cause: unknown): ApiError {
  return new ApiError({
    status: 0,
    code: NETWORK_ERROR,
    message: 'Could not reach the server. Check the address and that it is running.',
    path: '$',
    endpoint,
    cause,
  });
}
