import type { PricingCalculatorRequestBody } from '@leonardo-ai/sdk/sdk/models/operations/index.js';
import { PricingCalculatorServices } from '@leonardo-ai/sdk/sdk/models/shared/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageDataUrl } from '../images.ts';
import { CUBE_OBJ } from '../meshes.ts';
import { generatedImageId } from './fixtures.ts';
import {
  ALICE,
  expectApiError,
  expectNoUnknownFields,
  finishedGeneration,
  startSdkHarness,
  uploadToPresignedForm,
  type SdkHarness,
} from './sdk-harness.ts';

let h: SdkHarness;
beforeAll(async () => {
  h = await startSdkHarness({ limits: { concurrentJobs: 100, generationsPerMinute: 1000 } });
});
afterAll(() => h.close());

const estimate = async (request: PricingCalculatorRequestBody) => {
  const answer = await h.sdk.pricingCalculator.pricingCalculator(request);
  return answer.object!.calculateProductionApiServiceCost!.cost!;
};
const tokensLeft = async () =>
  (await h.sdk.user.getUserSelf()).object!.userDetails![0]!.apiSubscriptionTokens!;

describe('pricingCalculator through the SDK: the estimate is what the request is charged', () => {
  it.each([
    ['the defaults', {}, {}],
    [
      '512×512, one image, no Alchemy',
      { imageWidth: 512, imageHeight: 512, numImages: 1, alchemyMode: false },
      { width: 512, height: 512, numImages: 1, alchemy: false },
    ],
    [
      '1536×1536, four images, Alchemy',
      { imageWidth: 1536, imageHeight: 1536, numImages: 4, alchemyMode: true },
      { width: 1536, height: 1536, numImages: 4, alchemy: true },
    ],
    [
      '768×768, eight images, PhotoReal',
      { imageWidth: 768, imageHeight: 768, numImages: 8, alchemyMode: true, photoRealMode: true },
      { width: 768, height: 768, numImages: 8, photoReal: true, modelId: null },
    ],
    [
      '64×64, two images, Ultra',
      { imageWidth: 64, imageHeight: 64, numImages: 2, alchemyMode: false, isUltra: true },
      { width: 64, height: 64, numImages: 2, alchemy: false, ultra: true },
    ],
  ])('IMAGE_GENERATION, %s', async (_n, params, request) => {
    const cost = await estimate({
      service: PricingCalculatorServices.ImageGeneration,
      serviceParams: { imageGeneration: params },
    });
    expect(cost).toBeGreaterThan(0);
    const before = await tokensLeft();
    const created = await h.sdk.image.createGeneration({ prompt: 'priced', ...request });
    const job = created.object!.sdGenerationJob!;
    expect(job.apiCreditCost).toBe(cost);
    expect(job.cost).toEqual({ amount: String(cost), unit: 'CREDITS' });
    expect(before - (await tokensLeft())).toBe(cost);
    await finishedGeneration(h.sdk, job.generationId!);
  });

  it('LCM_GENERATION: a realtime call, an instant refine, and the Alchemy upscale (refine)', async () => {
    const sketch = await imageDataUrl(512, 512);
    const lcm = await h.sdk.realtimeCanvas.createLCMGeneration({
      imageDataUrl: sketch,
      prompt: 'x',
    });
    expect(
      await estimate({
        service: PricingCalculatorServices.LcmGeneration,
        serviceParams: { lcmGeneration: { width: 512, height: 512 } },
      }),
    ).toBe(lcm.object!.lcmGenerationJob!.apiCreditCost);
    const refine = await h.sdk.realtimeCanvas.performInstantRefine({
      imageDataUrl: sketch,
      prompt: 'x',
    });
    expect(
      await estimate({
        service: PricingCalculatorServices.LcmGeneration,
        serviceParams: { lcmGeneration: { instantRefine: true } },
      }),
    ).toBe(refine.object!.lcmGenerationJob!.apiCreditCost);
    const upscale = await h.sdk.realtimeCanvas.performAlchemyUpscaleLCM({
      imageDataUrl: sketch,
      prompt: 'x',
    });
    expect(
      await estimate({
        service: PricingCalculatorServices.LcmGeneration,
        serviceParams: { lcmGeneration: { refine: true } },
      }),
    ).toBe(upscale.object!.lcmGenerationJob!.apiCreditCost);
  });

  it('MOTION_SVD_GENERATION and TEXTURE_GENERATION', async () => {
    const motion = await h.sdk.motion.createSVDMotionGeneration({
      imageId: await generatedImageId(h.sdk, { prompt: 'still', width: 64, height: 64 }),
    });
    expect(
      await estimate({
        service: PricingCalculatorServices.MotionSvdGeneration,
        serviceParams: { motionSvdGeneration: {} },
      }),
    ).toBe(motion.object!.motionSvdGenerationJob!.apiCreditCost);
    await finishedGeneration(h.sdk, motion.object!.motionSvdGenerationJob!.generationId!);

    // The SDK has no texture operation: the texture itself is asked for over plain HTTP.
    const form = (await h.sdk.threeDModelAssets.uploadModelAsset()).object!.uploadModelAsset!;
    await uploadToPresignedForm(
      form.modelUrl!,
      form.modelFields!,
      Buffer.from(CUBE_OBJ),
      'c.obj',
      'text/plain',
    );
    const texture = await fetch(`${h.origin}/api/rest/v1/generations-texture`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ALICE}`, 'content-type': 'application/json' },
      body: JSON.stringify({ modelAssetId: form.modelId, prompt: 'brick' }),
    });
    const charged = (await texture.json()).textureGenerationJob.apiCreditCost;
    for (const preview of [true, false]) {
      expect(
        await estimate({
          service: PricingCalculatorServices.TextureGeneration,
          serviceParams: { textureGeneration: { preview } },
        }),
      ).toBe(charged);
    }
  });

  it.each([
    PricingCalculatorServices.FantasyAvatarGeneration,
    PricingCalculatorServices.MotionVideoGeneration,
    PricingCalculatorServices.Veo3MotionVideoGeneration,
    PricingCalculatorServices.ModelTraining,
    PricingCalculatorServices.UniversalUpscaler,
    PricingCalculatorServices.UniversalUpscalerUltra,
  ])('%s, which the engine does not offer, is a clear 400', async (service) => {
    const body = await expectApiError(
      h.sdk.pricingCalculator.pricingCalculator({ service }),
      400,
      `the local engine does not offer ${service}`,
      '$.service',
    );
    expect(body.code).toBe('validation-failed');
  });

  it('takes every IMAGE_GENERATION parameter the SDK has', async () => {
    const cost = await estimate({
      service: PricingCalculatorServices.ImageGeneration,
      serviceParams: {
        imageGeneration: {
          imageWidth: 512,
          imageHeight: 512,
          numImages: 2,
          inferenceSteps: 30,
          alchemyMode: true,
          highResolution: false,
          controlnetsCost: 0,
          loraCount: 0,
          isModelCustom: false,
          isSDXL: true,
          isSDXLLightning: false,
          isPhoenix: false,
          isFluxDev: false,
          isFluxSchnell: false,
          isFluxKontext: false,
          isUltra: false,
          photoRealMode: false,
          photoRealStrength: 0.5,
          photoRealVersion: 'v2',
          promptMagic: true,
          promptMagicStrength: 0.5,
          promptMagicVersion: 'v3',
        },
      },
    });
    expect(cost).toBe(
      await estimate({
        service: PricingCalculatorServices.ImageGeneration,
        serviceParams: { imageGeneration: { imageWidth: 512, imageHeight: 512, numImages: 2 } },
      }),
    );
  });

  it('no service at all is a 400 naming the field', async () => {
    await expectApiError(
      h.sdk.pricingCalculator.pricingCalculator({}),
      400,
      'service is required',
      '$.service',
    );
  });

  it('sent only fields the SDK’s schemas know', () => expectNoUnknownFields(h));
});
