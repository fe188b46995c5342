import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { MotionBody, MotionResponse } from '../../contract/motion.ts';
import type { EngineContext } from '../context.ts';
import { generationRecord } from '../db/generations.ts';
import { notFound } from '../errors.ts';
import { admitGeneration, randomSeed, type AdmissionDeps } from '../jobs/admission.ts';
import type { GenerationJob } from '../jobs/job-runner.ts';
import { MOTION_SVD_COST } from '../pricing/costs.ts';
import { errorResponses } from './route-kit.ts';

/** Finds the still to animate: a generated image, a variation, or an uploaded init image. */
type Deps = AdmissionDeps & Pick<EngineContext, 'assets' | 'files'>;

function findSource(ctx: Deps, userId: string, body: MotionBody) {
  if (body.isInitImage) {
    const image = ctx.assets.getInitImage(userId, body.imageId);
    return image?.file ? { file: image.file, prompt: '' } : null;
  }
  const found = body.isVariation
    ? ctx.generations.findVariation(userId, body.imageId)
    : ctx.generations.findImage(userId, body.imageId);
  return found ? { file: found.file, prompt: found.prompt } : null;
}

export const motionRoutes =
  (ctx: Deps): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.post(
      '/generations-motion-svd',
      { schema: { body: MotionBody, response: { 200: MotionResponse, ...errorResponses } } },
      async (request) => {
        const body = request.body;
        const userId = request.user.id;
        const source = findSource(ctx, userId, body);
        if (!source) throw notFound('Image');
        // Read before admission: nothing may wait between the limit check and the insert.
        const size = await sharp(ctx.files.resolve(source.file)).metadata();
        const cost = MOTION_SVD_COST;
        const id = randomUUID();
        const motionStrength = body.motionStrength ?? 5;
        const job: GenerationJob = {
          kind: 'MOTION',
          sourceFile: source.file,
          motionStrength,
          seed: randomSeed(),
        };
        admitGeneration(ctx, {
          record: generationRecord({
            id,
            userId,
            kind: 'MOTION',
            status: 'PENDING',
            prompt: source.prompt,
            width: size.width ?? 0,
            height: size.height ?? 0,
            seed: job.seed,
            public: body.isPublic ?? false,
            params: job,
            costAmount: String(cost),
          }),
          job,
          window: null,
        });
        const answer = {
          generationId: id,
          apiCreditCost: cost,
          cost: { amount: String(cost), unit: 'CREDITS' as const },
        };
        return { motionSvdGenerationJob: answer, sdGenerationJob: answer };
      },
    );
  };
