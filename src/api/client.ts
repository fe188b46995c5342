import { ApiError, INVALID_RESPONSE, apiErrorFromResponse, networkError } from './api-error.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  method?: HttpMethod;
  query?: QueryParams;
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal | undefined;
}

export type ReadOptions = Pick<RequestOptions, 'query' | 'signal'>;

export interface ApiClient {
  /** Without a trailing slash, e.g. `https://cloud.leonardo.ai/api/rest/v1`. */
  readonly baseUrl: string;
  request<T>(path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, options?: ReadOptions): Promise<T>;
  post<T>(path: string, body?: unknown, options?: ReadOptions): Promise<T>;
  delete<T>(path: string, options?: ReadOptions): Promise<T>;
}

export interface ApiClientOptions {
  baseUrl: string;
  /** Read on every request, so signing in or out never needs a new client. */
  getKey: () => string | null | undefined;
}

export function normalizeBaseUrl(baseUrl: string): string {
  return baseUrl.trim().replace(/\/+$/, '');
}

export function buildUrl(baseUrl: string, path: string, query?: QueryParams): string {
  const url = `${baseUrl}${path.startsWith('/') ? path : `/${path}`}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.append(name, String(value));
  }
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}

/** A server that echoes the Authorization header back must not put the key into our UI or logs. */
function redact(error: ApiError, key: string): ApiError {
  if (key.length < 4 || !error.message.includes(key)) return error;
  return new ApiError({
    status: error.status,
    code: error.code,
    message: error.message.split(key).join('[API key]'),
    path: error.path,
    ...(error.endpoint === undefined ? {} : { endpoint: error.endpoint }),
    ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
  });
}

async function readJson<T>(response: Response, endpoint: string): Promise<T> {
  const text = await response.text();
  if (text === '') return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch (cause) {
    throw new ApiError({
      status: response.status,
      code: INVALID_RESPONSE,
      message: 'The server answered with something that is not JSON.',
      path: '$',
      endpoint,
      cause,
    });
  }
}

/**
 * A small typed fetch layer for Leonardo's REST API (and the local engine, which speaks the same).
 * It returns parsed JSON or throws ApiError; aborts are rethrown untouched so callers (react-query)
 * can tell a cancellation from a failure.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = normalizeBaseUrl(options.baseUrl);

  async function request<T>(path: string, init: RequestOptions = {}): Promise<T> {
    const method = init.method ?? 'GET';
    const endpoint = `${method} ${path}`;
    const key = options.getKey();
    if (!key) {
      throw new ApiError({
        status: 401,
        code: 'no-api-key',
        message: 'No API key is set.',
        path: '$',
        endpoint,
      });
    }
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: `Bearer ${key}`,
    };
    const hasBody = init.body !== undefined;
    if (hasBody) headers['Content-Type'] = 'application/json';

    let response: Response;
    try {
      // Looked up per call (not captured at creation) so tests can stub globalThis.fetch.
      response = await globalThis.fetch(buildUrl(baseUrl, path, init.query), {
        method,
        headers,
        ...(hasBody ? { body: JSON.stringify(init.body) } : {}),
        ...(init.signal ? { signal: init.signal } : {}),
        // The key travels in a header; no cookies are involved, so none are sent cross-origin.
        credentials: 'omit',
      });
    } catch (cause) {
      if (init.signal?.aborted) throw cause;
      throw networkError(endpoint, cause);
    }

    if (!response.ok) {
      const bodyText = await response.text().catch(() => '');
      const error = apiErrorFromResponse({
        status: response.status,
        statusText: response.statusText,
        retryAfter: response.headers.get('Retry-After'),
        bodyText,
        endpoint,
      });
      throw redact(error, key);
    }
    return readJson<T>(response, endpoint);
  }

  return {
    baseUrl,
    request,
    get: <T>(path: string, opts?: ReadOptions) => request<T>(path, { ...opts, method: 'GET' }),
    post: <T>(path: string, body?: unknown, opts?: ReadOptions) =>
      request<T>(path, { ...opts, method: 'POST', body }),
    delete: <T>(path: string, opts?: ReadOptions) =>
      request<T>(path, { ...opts, method: 'DELETE' }),
  };
}
