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
import type { EngineContext } from '../context.ts';
import { generationRecord } from '../db/generations.ts';
import { randomSeed } from '../jobs/admission.ts';
import { LCM_COST, LCM_UPSCALE_COST } from '../pricing/costs.ts';
import { clientSignal } from '../plugins/client-signal.ts';
import { errorResponses } from './route-kit.ts';

/** The realtime canvas: synchronous image-to-image answers as JPEG data URLs. */
export const lcmRoutes =
  (ctx: Pick<EngineContext, 'realtime' | 'generations' | 'files'>): FastifyPluginAsyncTypebox =>
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
        async (request, reply) => {
          const body = request.body;
          const dataUrl = await ctx.realtime.render({
            userId: request.user.id,
            cost: LCM_COST,
            signal: clientSignal(reply),
            task: { type: 'lcm', mode, imageDataUrl: body.imageDataUrl, ...settings(body) },
          });
          return answer(dataUrl, body, LCM_COST);
        },
      );
    }

    app.post(
      '/lcm-inpainting',
      { schema: { body: LcmInpaintingBody, response: { 200: LcmResponse, ...errorResponses } } },
      async (request, reply) => {
        const body = request.body;
        const dataUrl = await ctx.realtime.render({
          userId: request.user.id,
          cost: LCM_COST,
          signal: clientSignal(reply),
          task: {
            type: 'inpaint',
            imageDataUrl: body.imageDataUrl,
            maskDataUrl: body.maskDataUrl,
            ...settings(body),
          },
        });
        return answer(dataUrl, body, LCM_COST);
      },
    );

    app.post(
      '/lcm-upscale',
      {
        schema: { body: LcmUpscaleBody, response: { 200: LcmUpscaleResponse, ...errorResponses } },
      },
      async (request, reply) => {
        const body = request.body;
        const s = settings(body);
        const generationId = randomUUID();
        const imageId = randomUUID();
        const variationId = randomUUID();
        const file = `generations/${generationId}/${imageId}.jpg`;
        const dataUrl = await ctx.realtime.render({
          userId: request.user.id,
          cost: LCM_UPSCALE_COST,
          signal: clientSignal(reply),
          task: {
            type: 'upscale',
            imageDataUrl: body.imageDataUrl,
            width: body.width ?? null,
            height: body.height ?? null,
            refineStrength: body.refineStrength ?? null,
            creative: body.refineCreative ?? null,
            seed: s.seed,
            outFile: ctx.files.resolve(file),
          },
          // Saved to history with the charge, in one transaction, before the answer goes.
          store: async (dataUrl) => {
            const size = await imageSize(dataUrl);
            return () =>
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
          },
        });
        return {
          lcmGenerationJob: {
            imageDataUrl: [dataUrl],
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
