import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { randomUUID } from 'node:crypto';
import Type from 'typebox';
import { IdParams, Pagination, Uuid } from '../../contract/common.ts';
import {
  CreateTextureBody,
  CreateTextureResponse,
  DeleteTextureResponse,
  GetTextureResponse,
  ListTexturesResponse,
} from '../../contract/textures.ts';
import type { EngineContext } from '../context.ts';
import { notFound } from '../errors.ts';
import { admitTexture, randomSeed, type AdmissionDeps } from '../jobs/admission.ts';
import type { TextureJob } from '../jobs/job-runner.ts';
import { TEXTURE_COST } from '../pricing/costs.ts';
import { acceptEmptyJsonBodies, errorResponses, mergeJsonBodyIntoQuery } from './route-kit.ts';

type Deps = AdmissionDeps & Pick<EngineContext, 'assets' | 'files' | 'fileUrl' | 'texturesWindow'>;

export const textureRoutes =
  (ctx: Deps): FastifyPluginAsyncTypebox =>
  async (app) => {
    acceptEmptyJsonBodies(app);
    app.post(
      '/generations-texture',
      {
        schema: {
          body: CreateTextureBody,
          response: { 200: CreateTextureResponse, ...errorResponses },
        },
      },
      async (request) => {
        const body = request.body;
        const userId = request.user.id;
        const model = ctx.assets.getModelRow(userId, body.modelAssetId);
        if (!model?.file) throw notFound('Model');
        const cost = TEXTURE_COST;
        const id = randomUUID();
        const job: TextureJob = {
          modelFile: model.file,
          prompt: body.prompt,
          negativePrompt: body.negative_prompt ?? null,
          seed: body.seed ?? randomSeed(),
        };
        admitTexture(ctx, {
          record: {
            id,
            userId,
            modelId: model.id,
            ...job,
            params: { ...job, request: body },
            costAmount: String(cost),
          },
          job,
          window: ctx.texturesWindow,
        });
        return {
          textureGenerationJob: {
            id,
            apiCreditCost: cost,
            cost: { amount: String(cost), unit: 'CREDITS' as const },
          },
        };
      },
    );

    app.get(
      '/generations-texture/:id',
      {
        preValidation: mergeJsonBodyIntoQuery,
        schema: {
          params: IdParams,
          querystring: Pagination,
          response: { 200: GetTextureResponse, ...errorResponses },
        },
      },
      async (request) => {
        const texture = ctx.textures.get(request.user.id, request.params.id, ctx.fileUrl);
        if (!texture) throw notFound('Texture generation');
        return { model_asset_texture_generations_by_pk: texture };
      },
    );

    app.delete(
      '/generations-texture/:id',
      { schema: { params: IdParams, response: { 200: DeleteTextureResponse, ...errorResponses } } },
      async (request) => {
        const files = ctx.textures.delete(request.user.id, request.params.id);
        if (!files) throw notFound('Texture generation');
        await ctx.files.remove(files);
        return { delete_model_asset_texture_generations_by_pk: { id: request.params.id } };
      },
    );

    app.get(
      '/generations-texture/model/:modelId',
      {
        preValidation: mergeJsonBodyIntoQuery,
        schema: {
          params: Type.Object({ modelId: Uuid }),
          querystring: Pagination,
          response: { 200: ListTexturesResponse, ...errorResponses },
        },
      },
      async (request) => {
        const userId = request.user.id;
        if (!ctx.assets.getModelRow(userId, request.params.modelId)) throw notFound('Model');
        const { offset = 0, limit = 10 } = request.query;
        return {
          model_asset_texture_generations: ctx.textures.listByModel(
            userId,
            request.params.modelId,
            offset,
            limit,
            ctx.fileUrl,
          ),
        };
      },
    );
  };
