import { describe, expect, it } from 'vitest';
import { ApiError, HTTP_ERROR, apiErrorFromResponse, parseRetryAfter } from './api-error.ts';

const base = { status: 400, statusText: 'Bad Request', retryAfter: null, endpoint: 'POST /x' };

describe('apiErrorFromResponse', () => {
  it("reads Leonardo's error body as it is", () => {
    const error = apiErrorFromResponse({
      ...base,
      bodyText: JSON.stringify({
        error: 'expected an integer',
        path: '$.width',
        code: 'validation-failed',
      }),
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation-failed',
      message: 'expected an integer',
      path: '$.width',
      endpoint: 'POST /x',
      retryAfterMs: undefined,
    });
  });

  it('prefers a framework error’s `message` over its generic `error`', () => {
    const error = apiErrorFromResponse({
      ...base,
      status: 404,
      statusText: 'Not Found',
      bodyText: JSON.stringify({
        statusCode: 404,
        error: 'Not Found',
        message: 'Route GET:/nope not found',
      }),
    });
    expect(error).toMatchObject({
      code: HTTP_ERROR,
      message: 'Route GET:/nope not found',
      path: '$',
    });
  });

  it('falls back to the status for non-JSON and empty bodies', () => {
    const html = apiErrorFromResponse({
      ...base,
      status: 502,
      statusText: 'Bad Gateway',
      bodyText: '<html>nginx</html>',
    });
    expect(html).toMatchObject({
      status: 502,
      code: HTTP_ERROR,
      message: 'The server answered HTTP 502 Bad Gateway.',
    });
    const empty = apiErrorFromResponse({ ...base, status: 500, statusText: '', bodyText: '' });
    expect(empty.message).toBe('The server answered HTTP 500.');
  });

  it('turns a 429’s Retry-After into milliseconds', () => {
    const error = apiErrorFromResponse({
      ...base,
      status: 429,
      retryAfter: '7',
      bodyText: JSON.stringify({ error: 'Too many requests', path: '$', code: 'rate-limited' }),
    });
    expect(error.retryAfterMs).toBe(7000);
    expect(error.isRateLimited).toBe(true);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores junk', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter(' 12 ', now)).toBe(12_000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
