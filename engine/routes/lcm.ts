import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import {
  LcmBody,
  LcmInpaintingBody,
  LcmResponse,
  LcmUpscaleBody,
  LcmUpscaleResponse,
} from '../../contract/lcm.ts';
import type { EngineContext } from '../app.ts';
import { generationRecord } from '../db/generations.ts';
import { ApiHttpError } from '../errors.ts';
import { randomSeed } from '../jobs/admission.ts';
import { LCM_COST, LCM_UPSCALE_COST } from '../pricing/costs.ts';
import { errorResponses } from './route-kit.ts';

/** The realtime canvas: synchronous image-to-image answers as JPEG data URLs. */
export const lcmRoutes =
  (ctx: EngineContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const settings = (body: LcmBody) => ({
      prompt: body.prompt,
      style: body.style ?? null,
      strength: body.strength ?? 0.65,
      guidance: body.guidance ?? 7,
      steps: body.steps ?? 8,
      seed: body.seed ?? randomSeed(),
      width: body.width ?? 512,
      height: body.height ?? 512,
    });
    const charge = (userId: string, amount: number) => {
      if (!ctx.users.charge(userId, amount)) {
        throw new ApiHttpError(402, 'not-enough-tokens', 'not enough api tokens for this request');
      }
    };
    const answer = (imageDataUrl: string, body: LcmBody, cost: number) => ({
      lcmGenerationJob: {
        imageDataUrl: [imageDataUrl],
        requestTimestamp: body.requestTimestamp,
        apiCreditCost: cost,
        cost: { amount: String(cost), unit: 'CREDITS' as const },
      },
    });

    for (const [url, mode] of [
      ['/generations-lcm', 'generate'],
      ['/lcm-instant-refine', 'refine'],
    ] as const) {
      app.post(
        url,
        { schema: { body: LcmBody, response: { 200: LcmResponse, ...errorResponses } } },
        async (request) => {
          const body = request.body;
          const dataUrl = await ctx.realtime.run({
            type: 'lcm',
            mode,
            imageDataUrl: body.imageDataUrl,
            ...settings(body),
          });
          charge(request.user.id, LCM_COST);
          return answer(dataUrl!, body, LCM_COST);
        },
      );
    }

    app.post(
      '/lcm-inpainting',
      { schema: { body: LcmInpaintingBody, response: { 200: LcmResponse, ...errorResponses } } },
      async (request) => {
        const body = request.body;
        const dataUrl = await ctx.realtime.run({
          type: 'inpaint',
          imageDataUrl: body.imageDataUrl,
          maskDataUrl: body.maskDataUrl,
          ...settings(body),
        });
        charge(request.user.id, LCM_COST);
        return answer(dataUrl!, body, LCM_COST);
      },
    );

    app.post(
      '/lcm-upscale',
      {
        schema: { body: LcmUpscaleBody, response: { 200: LcmUpscaleResponse, ...errorResponses } },
      },
      async (request) => {
        const body = request.body;
        const s = settings(body);
        const generationId = randomUUID();
        const imageId = randomUUID();
        const variationId = randomUUID();
        const file = `generations/${generationId}/${imageId}.jpg`;
        const dataUrl = await ctx.realtime.run({
          type: 'upscale',
          imageDataUrl: body.imageDataUrl,
          width: body.width ?? null,
          height: body.height ?? null,
          refineStrength: body.refineStrength ?? null,
          creative: body.refineCreative ?? null,
          seed: s.seed,
          outFile: ctx.files.resolve(file),
        });
        if (!ctx.users.charge(request.user.id, LCM_UPSCALE_COST)) {
          await ctx.files.remove([file]);
          throw new ApiHttpError(
            402,
            'not-enough-tokens',
            'not enough api tokens for this request',
          );
        }
        const size = await imageSize(dataUrl!);
        ctx.generations.insert(
          generationRecord({
            id: generationId,
            userId: request.user.id,
            kind: 'UPSCALE',
            status: 'COMPLETE',
            prompt: body.prompt,
            width: size.width,
            height: size.height,
            seed: s.seed,
            guidanceScale: s.guidance,
            inferenceSteps: s.steps,
            initStrength: s.strength,
            params: { upscale: true, refineStrength: body.refineStrength ?? null },
            costAmount: String(LCM_UPSCALE_COST),
          }),
          [
            {
              id: imageId,
              position: 0,
              file,
              variation: { id: variationId, type: 'UPSCALE', file },
            },
          ],
        );
        return {
          lcmGenerationJob: {
            imageDataUrl: [dataUrl!],
            generationId: [generationId],
            variationId: [variationId],
            generatedImageId: imageId,
            requestTimestamp: body.requestTimestamp,
            apiCreditCost: LCM_UPSCALE_COST,
            cost: { amount: String(LCM_UPSCALE_COST), unit: 'CREDITS' as const },
          },
        };
      },
    );
  };

/** sharp reads only the header here, off the event loop. */
async function imageSize(dataUrl: string): Promise<{ width: number; height: number }> {
  const meta = await sharp(
    Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'),
  ).metadata();
  return { width: meta.width ?? 0, height: meta.height ?? 0 };
}
