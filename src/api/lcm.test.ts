import { afterEach, describe, expect, it, vi } from 'vitest';
import { ALICE_KEY, jsonResponse, stubFetch } from '../test/fetch-stub.ts';
import { ApiError } from './api-error.ts';
import { createApiClient } from './client.ts';
import { LCM_PATHS, firstLcmImage, generateLcm, inpaintLcm, refineLcm, upscaleLcm } from './lcm.ts';

const BASE = 'http://127.0.0.1:8787/api/rest/v1';
const client = createApiClient({ baseUrl: BASE, getKey: () => ALICE_KEY });
const IMAGE = 'data:image/jpeg;base64,/9j/AA==';
const body = { imageDataUrl: IMAGE, prompt: 'a boat', width: 512 as const, height: 512 as const };
const answer = (extra = {}) => ({
  lcmGenerationJob: {
    imageDataUrl: [IMAGE],
    requestTimestamp: '17',
    apiCreditCost: 1,
    cost: { amount: '1', unit: 'CREDITS' },
    ...extra,
  },
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('LCM endpoints', () => {
  it.each([
    ['generate', () => generateLcm(client, body)],
    ['refine', () => refineLcm(client, body)],
    ['inpaint', () => inpaintLcm(client, { ...body, maskDataUrl: IMAGE })],
    ['upscale', () => upscaleLcm(client, { ...body, refineStrength: 0.6 })],
  ] as const)('%s posts JSON to its path with the key', async (name, call) => {
    const { requests } = stubFetch(() => jsonResponse(answer()));
    const result = await call();
    expect(firstLcmImage(result, LCM_PATHS[name])).toBe(IMAGE);
    expect(requests[0]).toMatchObject({ method: 'POST', url: `${BASE}${LCM_PATHS[name]}` });
    expect(requests[0]?.headers.get('Authorization')).toBe(`Bearer ${ALICE_KEY}`);
    expect(JSON.parse(requests[0]?.body ?? '{}')).toMatchObject({ prompt: 'a boat' });
  });

  it('passes the abort signal through', async () => {
    stubFetch(() => jsonResponse(answer()));
    const controller = new AbortController();
    controller.abort();
    const error = await generateLcm(client, body, controller.signal).catch((e: unknown) => e);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('throws the API’s own message on an error', async () => {
    stubFetch(() =>
      jsonResponse(
        { error: 'expected one of 512, 640, 1024', path: '$.width', code: 'validation-failed' },
        { status: 400 },
      ),
    );
    await expect(generateLcm(client, body)).rejects.toMatchObject({
      status: 400,
      message: 'expected one of 512, 640, 1024',
      path: '$.width',
    });
  });

  it('reports an answer without an image as an invalid response', () => {
    expect(() => firstLcmImage(answer({ imageDataUrl: [] }), LCM_PATHS.refine)).toThrow(ApiError);
    expect(() => firstLcmImage({ lcmGenerationJob: { imageDataUrl: ['x'] } }, '/x')).toThrow(
      'The server answered without an image.',
    );
    expect(() => firstLcmImage(undefined, '/x')).toThrow(ApiError);
  });
});
