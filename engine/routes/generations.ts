import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { randomUUID } from 'node:crypto';
import Type from 'typebox';
import { IdParams, Pagination, Uuid } from '../../contract/common.ts';
import {
  CreateGenerationBody,
  CreateGenerationResponse,
  DeleteGenerationResponse,
  GetGenerationResponse,
  ListGenerationsResponse,
} from '../../contract/generations.ts';
import type { EngineContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { JsonBody, acceptsGzip } from '../storage/json-body.ts';
import { VersionedCache } from '../storage/versioned-cache.ts';
import { admitGeneration, randomSeed, type AdmissionDeps } from '../jobs/admission.ts';
import type { GenerationJob } from '../jobs/job-runner.ts';
import { planGeneration } from '../jobs/plan-generation.ts';
import { planInitImage } from '../jobs/plan-init-image.ts';
import { acceptEmptyJsonBodies, errorResponses, mergeJsonBodyIntoQuery } from './route-kit.ts';

type Deps = AdmissionDeps &
  Pick<EngineContext, 'assets' | 'files' | 'fileUrl' | 'generationsWindow'>;

export const generationRoutes =
  (ctx: Deps): FastifyPluginAsyncTypebox =>
  async (app) => {
    acceptEmptyJsonBodies(app);
    const pages = new VersionedCache<JsonBody>(256);

    app.post(
      '/generations',
      {
        schema: {
          body: CreateGenerationBody,
          response: { 200: CreateGenerationResponse, ...errorResponses },
        },
      },
      async (request) => {
        const userId = request.user.id;
        const plan = planGeneration(request.body, randomSeed());
        const { initStrength, ...images } = planInitImage(request.body, {
          uploaded: (imageId) => ctx.assets.getInitImage(userId, imageId)?.file,
          generated: (imageId) => ctx.generations.findImage(userId, imageId)?.file ?? null,
        });
        const job: GenerationJob = { ...plan.job, ...images } as GenerationJob;
        const cost = plan.tokenCost;
        const id = randomUUID();
        admitGeneration(ctx, {
          record: {
            ...plan.record,
            id,
            userId,
            initStrength,
            costAmount: String(cost),
            // The whole request is kept, also what the renderer does not use (elements, ...).
            params: { ...job, request: request.body },
          },
          job,
          window: ctx.generationsWindow,
        });
        return {
          sdGenerationJob: {
            generationId: id,
            apiCreditCost: cost,
            cost: { amount: String(cost), unit: 'CREDITS' as const },
          },
        };
      },
    );

    app.get(
      '/generations/:id',
      { schema: { params: IdParams, response: { 200: GetGenerationResponse, ...errorResponses } } },
      async (request) => {
        const generation = ctx.generations.get(request.user.id, request.params.id, ctx.fileUrl);
        if (!generation) throw notFound('Generation');
        return { generations_by_pk: generation };
      },
    );

    app.delete(
      '/generations/:id',
      {
        schema: {
          params: IdParams,
          response: { 200: DeleteGenerationResponse, ...errorResponses },
        },
      },
      async (request) => {
        const files = ctx.generations.delete(request.user.id, request.params.id);
        if (!files) throw notFound('Generation');
        await ctx.files.remove(files);
        return { delete_generations_by_pk: { id: request.params.id } };
      },
    );

    app.get(
      '/generations/user/:userId',
      {
        preValidation: mergeJsonBodyIntoQuery,
        schema: {
          params: Type.Object({ userId: Uuid }),
          querystring: Pagination,
          response: { 200: ListGenerationsResponse, ...errorResponses },
        },
      },
      async (request, reply) => {
        // Another user's id answers exactly like an unknown one.
        if (request.params.userId !== request.user.id) throw notFound('User');
        const { offset = 0, limit = 10 } = request.query;
        // History is read far more often than written: serve the serialized page until a write.
        const key = `${request.user.id} ${offset} ${limit}`;
        let page = pages.get(key, ctx.generations.version);
        if (page === undefined) {
          const generations = ctx.generations.list(request.user.id, offset, limit, ctx.fileUrl);
          page = new JsonBody(Buffer.from(String(reply.serialize({ generations }))));
          pages.set(key, ctx.generations.version, page);
        }
        // Bytes are sent as they are: no serializing or encoding on a cache hit. A page of 50 is
        // about 40 KB of JSON and a sixth of that gzipped, compressed once per version of the data.
        reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
        const gzipped = acceptsGzip(request.headers['accept-encoding']) ? page.gzip() : null;
        if (gzipped) return reply.header('content-encoding', 'gzip').send(gzipped as never);
        return reply.send(page.raw as never);
      },
    );
  };
