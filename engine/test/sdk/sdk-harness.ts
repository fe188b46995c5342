import { Leonardo } from '@leonardo-ai/sdk';
import { HTTPClient } from '@leonardo-ai/sdk/lib/http.js';
import { SDKError } from '@leonardo-ai/sdk/sdk/models/errors/index.js';
import { expect } from 'vitest';
import { ALICE, API, BOB, startEngine, waitForJob, type Harness } from '../harness.ts';
import { responseSchemaFor } from './response-schemas.ts';
import { unknownFields } from './unknown-fields.ts';

export { ALICE, BOB };

/** One HTTP exchange the SDK made, as it went over the wire. */
export interface Exchange {
  method: string;
  path: string;
  requestHeaders: Headers;
  requestBody: string;
  status: number;
  responseBody: string;
}

export interface SdkHarness {
  engine: Harness;
  /** `http://127.0.0.1:<port>`, the engine listening for real. */
  origin: string;
  /** Leonardo's official SDK pointed at the engine, signed in as Alice. */
  sdk: Leonardo;
  /** The SDK as another key's user. */
  as: (key: string) => Leonardo;
  userId: (key?: string) => Promise<string>;
  /** Every exchange so far, oldest first. */
  exchanges: Exchange[];
  close: () => Promise<void>;
}

/**
 * A real engine on a temporary data directory, listening on a free port, and the SDK pointed at
 * it with `serverURL`. Every answer the SDK receives is also checked for fields its schema does
 * not know (the SDK itself silently drops them): see `expectNoUnknownFields`.
 */
export async function startSdkHarness(
  options: Parameters<typeof startEngine>[0] = {},
): Promise<SdkHarness> {
  const engine = await startEngine(options);
  const origin = (await engine.app.listen({ host: '127.0.0.1', port: 0 })).replace(
    'localhost',
    '127.0.0.1',
  );
  const exchanges: Exchange[] = [];
  const client = (key: string) => {
    const httpClient = new HTTPClient();
    // A request's body can be read only before it is sent.
    const sentBodies = new WeakMap<Request, string>();
    httpClient.addHook('beforeRequest', async (req) => {
      sentBodies.set(req, await req.clone().text());
    });
    httpClient.addHook('response', async (res, req) => {
      const url = new URL(req.url);
      exchanges.push({
        method: req.method,
        path: url.pathname.slice(API.length),
        requestHeaders: req.headers,
        requestBody: sentBodies.get(req) ?? '',
        status: res.status,
        responseBody: await res.clone().text(),
      });
    });
    return new Leonardo({
      bearerAuth: key,
      serverURL: `${origin}${API}`,
      httpClient,
      retryConfig: { strategy: 'none' },
    });
  };
  const sdk = client(ALICE);
  return {
    engine,
    origin,
    sdk,
    as: client,
    exchanges,
    userId: async (key = ALICE) => {
      const me = await client(key).user.getUserSelf();
      return me.object!.userDetails![0]!.user!.id!;
    },
    close: () => engine.close(),
  };
}

/** Every successful answer so far carries only fields the SDK's schema for it knows. */
export function expectNoUnknownFields(h: SdkHarness): void {
  const found: string[] = [];
  for (const x of h.exchanges) {
    if (x.status !== 200) continue;
    const known = responseSchemaFor(x.method, x.path);
    expect(known, `a response schema for ${x.method} ${x.path}`).toBeDefined();
    for (const field of unknownFields(known!.schema, JSON.parse(x.responseBody))) {
      if (!known!.allowed?.includes(field)) found.push(`${x.method} ${x.path}: ${field}`);
    }
  }
  expect(found).toEqual([]);
}

/**
 * The call fails as the SDK's own error, carrying the API's status and Leonardo's error shape
 * with the engine's message.
 */
export async function expectApiError(
  call: Promise<unknown>,
  status: number,
  message: string | RegExp,
  path?: string,
): Promise<{ error: string; path: string; code: string }> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the call fails').toBeInstanceOf(SDKError);
  const sdkError = error as SDKError;
  expect(sdkError.statusCode).toBe(status);
  const body = JSON.parse(sdkError.body) as { error: string; path: string; code: string };
  expect(Object.keys(body).sort()).toEqual(['code', 'error', 'path']);
  if (typeof message === 'string') expect(body.error).toContain(message);
  else expect(body.error).toMatch(message);
  if (path) expect(body.path).toBe(path);
  // The SDK's message quotes the API's answer, so it reaches whoever logs the error.
  expect(sdkError.message).toContain(sdkError.body);
  return body;
}

/** POSTs a file to a presigned form (`url` and the JSON `fields`) as a browser or S3 client does. */
export async function uploadToPresignedForm(
  url: string,
  fields: string,
  file: Uint8Array,
  name: string,
  type: string,
): Promise<number> {
  const form = new FormData();
  for (const [k, v] of Object.entries(JSON.parse(fields) as Record<string, string>)) {
    form.append(k, v);
  }
  form.append('file', new Blob([new Uint8Array(file)], { type }), name);
  return (await fetch(url, { method: 'POST', body: form })).status;
}

/**
 * Polls `getGenerationById` through the SDK until the generation leaves PENDING. Jobs queue on one
 * low-priority process: on a busy machine a large one can take many seconds, hence the margin.
 */
export async function finishedGeneration(sdk: Leonardo, id: string) {
  const answer = await waitForJob(
    async () => (await sdk.image.getGenerationById(id)).object?.generationsByPk,
    (g) => g?.status,
    50_000,
  );
  expect(answer, `generation ${id}`).toBeTruthy();
  return answer!;
}
