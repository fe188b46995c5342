import { Leonardo } from '@leonardo-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_MODELS } from '../../platform-models.ts';
import {
  BOB,
  expectApiError,
  expectNoUnknownFields,
  startSdkHarness,
  type SdkHarness,
} from './sdk-harness.ts';

let h: SdkHarness;
beforeAll(async () => {
  h = await startSdkHarness();
});
afterAll(() => h.close());

describe('user and platform models through the SDK', () => {
  it('getUserSelf parses and names the key’s own user', async () => {
    const me = await h.sdk.user.getUserSelf();
    expect(me.statusCode).toBe(200);
    const details = me.object!.userDetails![0]!;
    expect(details.user!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(details.apiSubscriptionTokens).toBeGreaterThan(0);
    expect(details.apiConcurrencySlots).toBe(10);
    const bob = await h.as(BOB).user.getUserSelf();
    expect(bob.object!.userDetails![0]!.user!.id).not.toBe(details.user!.id);
  });

  it('listPlatformModels parses and lists the engine’s catalogue', async () => {
    const models = await h.sdk.models.listPlatformModels();
    expect(models.object!.customModels!.map((m) => m.id)).toEqual(PLATFORM_MODELS.map((m) => m.id));
    expect(models.object!.customModels![0]).toMatchObject({ featured: true, nsfw: false });
  });

  it('a wrong key is the SDK’s error with the API’s 401 and message', async () => {
    const stranger = new Leonardo({
      bearerAuth: 'not-a-key-of-this-engine',
      serverURL: `${h.origin}/api/rest/v1`,
      retryConfig: { strategy: 'none' },
    });
    const body = await expectApiError(stranger.user.getUserSelf(), 401, 'Invalid API key', '$');
    expect(body.code).toBe('access-denied');
  });

  it('sent only fields the SDK’s schemas know', () => expectNoUnknownFields(h));
});
