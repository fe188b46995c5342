import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { JsonBody, acceptsGzip } from './json-body.ts';

describe('acceptsGzip', () => {
  it('reads what browsers and tools send', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8, *;q=0.1')).toBe(true);
    expect(acceptsGzip('x-gzip')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('br, deflate')).toBe(false);
  });

  it('honours a refusal with q=0', () => {
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('*, gzip;q=0')).toBe(false);
    expect(acceptsGzip('*;q=0')).toBe(false);
    expect(acceptsGzip('gzip;q=nonsense')).toBe(false);
  });
});

describe('JsonBody', () => {
  it('compresses once, to bytes that decompress to the answer', () => {
    const raw = Buffer.from(JSON.stringify({ items: Array.from({ length: 1000 }, (_, i) => i) }));
    const body = new JsonBody(raw);
    const gzipped = body.gzip();
    expect(gzipped).not.toBeNull();
    expect(gzipped!.length).toBeLessThan(raw.length);
    expect(gunzipSync(gzipped!).equals(raw)).toBe(true);
    expect(body.gzip()).toBe(gzipped);
  });

  it('leaves a small answer as it is', () => {
    expect(new JsonBody(Buffer.from('{"generations":[]}')).gzip()).toBeNull();
  });
});
