import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { randomBytes, randomUUID } from 'node:crypto';
import Type from 'typebox';
import {
  DeleteInitImageResponse,
  DeleteModelResponse,
  GetInitImageResponse,
  GetModelResponse,
  InitImageUploadBody,
  InitImageUploadResponse,
  ListModelsResponse,
  ModelUploadBody,
  ModelUploadResponse,
} from '../../contract/assets.ts';
import { IdParams, Pagination, Uuid } from '../../contract/common.ts';
import type { EngineContext } from '../context.ts';
import type { UploadKind } from '../db/assets.ts';
import { notFound } from '../errors.ts';
import { acceptEmptyJsonBodies, errorResponses, mergeJsonBodyIntoQuery } from './route-kit.ts';

const UPLOAD_SLOT_TTL_MS = 60 * 60 * 1000;
export const initImageFile = (id: string, extension: string) => `init-images/${id}.${extension}`;
export const modelFile = (id: string) => `models/${id}.obj`;

type Deps = Pick<EngineContext, 'assets' | 'files' | 'fileUrl' | 'publicOrigin'>;

/**
 * Leonardo answers uploads with a presigned S3 form; the engine hands out the same shape, and the
 * form's URL is the engine's own one-shot upload endpoint.
 */
function presign(ctx: Deps, kind: UploadKind, id: string, key: string) {
  const token = randomBytes(24).toString('base64url');
  ctx.assets.createUploadSlot(token, kind, id, UPLOAD_SLOT_TTL_MS);
  return {
    url: `${ctx.publicOrigin()}/uploads/${token}`,
    fields: JSON.stringify({ key }),
    key,
  };
}

export const assetRoutes =
  (ctx: Deps): FastifyPluginAsyncTypebox =>
  async (app) => {
    acceptEmptyJsonBodies(app);
    app.post(
      '/init-image',
      {
        schema: {
          body: InitImageUploadBody,
          response: { 200: InitImageUploadResponse, ...errorResponses },
        },
      },
      async (request) => {
        const id = randomUUID();
        const extension = request.body.extension === 'jpeg' ? 'jpg' : request.body.extension;
        ctx.assets.createInitImage(id, request.user.id, extension);
        const form = presign(ctx, 'INIT_IMAGE', id, initImageFile(id, extension));
        return { uploadInitImage: { id, ...form } };
      },
    );

    app.get(
      '/init-image/:id',
      { schema: { params: IdParams, response: { 200: GetInitImageResponse, ...errorResponses } } },
      async (request) => {
        const image = ctx.assets.getInitImage(request.user.id, request.params.id);
        if (!image) throw notFound('Init image');
        const url = ctx.fileUrl(image.file ?? initImageFile(image.id, image.extension));
        return { init_images_by_pk: { id: image.id, createdAt: image.createdAt, url } };
      },
    );

    app.delete(
      '/init-image/:id',
      {
        schema: { params: IdParams, response: { 200: DeleteInitImageResponse, ...errorResponses } },
      },
      async (request) => {
        const deleted = ctx.assets.deleteInitImage(request.user.id, request.params.id);
        if (!deleted) throw notFound('Init image');
        if (deleted.file) await ctx.files.remove([deleted.file]);
        return { delete_init_images_by_pk: { id: request.params.id } };
      },
    );

    app.post(
      '/models-3d/upload',
      {
        config: { bodyOptional: true },
        schema: {
          body: ModelUploadBody,
          response: { 200: ModelUploadResponse, ...errorResponses },
        },
      },
      async (request) => {
        const id = randomUUID();
        ctx.assets.createModel(id, request.user.id, request.body.name ?? null);
        const form = presign(ctx, 'MODEL_3D', id, modelFile(id));
        return {
          uploadModelAsset: {
            modelId: id,
            modelUrl: form.url,
            modelFields: form.fields,
            modelKey: form.key,
          },
        };
      },
    );

    app.get(
      '/models-3d/user/:userId',
      {
        preValidation: mergeJsonBodyIntoQuery,
        schema: {
          params: Type.Object({ userId: Uuid }),
          querystring: Pagination,
          response: { 200: ListModelsResponse, ...errorResponses },
        },
      },
      async (request) => {
        if (request.params.userId !== request.user.id) throw notFound('User');
        const { offset = 0, limit = 10 } = request.query;
        return {
          model_assets: ctx.assets.listModels(request.user.id, offset, limit, ctx.fileUrl),
        };
      },
    );

    app.get(
      '/models-3d/:id',
      {
        preValidation: mergeJsonBodyIntoQuery,
        schema: { params: IdParams, response: { 200: GetModelResponse, ...errorResponses } },
      },
      async (request) => {
        const model = ctx.assets.getModel(request.user.id, request.params.id, ctx.fileUrl);
        if (!model) throw notFound('Model');
        return { model_assets_by_pk: model };
      },
    );

    app.delete(
      '/models-3d/:id',
      { schema: { params: IdParams, response: { 200: DeleteModelResponse, ...errorResponses } } },
      async (request) => {
        const files = ctx.assets.deleteModel(request.user.id, request.params.id);
        if (!files) throw notFound('Model');
        await ctx.files.remove(files);
        return { delete_model_assets_by_pk: { id: request.params.id } };
      },
    );
  };
