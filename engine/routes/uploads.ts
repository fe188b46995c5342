import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import sharp from 'sharp';
import Type from 'typebox';
import { UPLOAD_LIMIT_BYTES } from '../../contract/limits.ts';
import type { EngineContext } from '../app.ts';
import { ApiHttpError, notFound, validationFailed } from '../errors.ts';
import { parseObj } from '../imaging/index.ts';
import { initImageFile, modelFile } from './assets.ts';

const IMAGE_FORMATS = new Set(['jpeg', 'png', 'webp']);

/**
 * The target of the presigned forms: like S3, the token in the URL is the permission (no bearer
 * key), it works once, and the file is the form's `file` field after the policy fields.
 */
export const uploadRoutes =
  (ctx: EngineContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    await app.register(multipart, {
      limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 1, fields: 20 },
    });

    app.post(
      '/uploads/:token',
      { schema: { params: Type.Object({ token: Type.String({ minLength: 16, maxLength: 64 }) }) } },
      async (request, reply) => {
        const slot = ctx.assets.getUploadSlot(request.params.token);
        if (!slot) throw notFound('Upload slot');
        const part = await request.file();
        if (!part) throw validationFailed('the form has no file field', '$.file');
        const bytes = await part.toBuffer().catch(() => {
          throw new ApiHttpError(
            413,
            'payload-too-large',
            `The file is larger than ${UPLOAD_LIMIT_BYTES / 1024 / 1024} MB`,
          );
        });
        if (slot.kind === 'INIT_IMAGE') {
          const format = await sharp(bytes)
            .metadata()
            .then(
              (m) => m.format,
              () => undefined,
            );
          if (!format || !IMAGE_FORMATS.has(format)) {
            throw validationFailed('the file is not a PNG, JPEG or WebP image', '$.file');
          }
          const image = ctx.assets.getInitImageById(slot.targetId);
          if (!image) throw notFound('Init image');
          const file = initImageFile(image.id, image.extension);
          await ctx.files.write(file, bytes);
          ctx.assets.setInitImageFile(image.id, file);
        } else {
          try {
            parseObj(bytes.toString('utf8'));
          } catch (error) {
            throw validationFailed((error as Error).message, '$.file');
          }
          const file = modelFile(slot.targetId);
          await ctx.files.write(file, bytes);
          ctx.assets.setModelFile(slot.targetId, file);
        }
        ctx.assets.consumeUploadSlot(request.params.token);
        return reply.code(204).send();
      },
    );
  };
