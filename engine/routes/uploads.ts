import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import sharp from 'sharp';
import Type from 'typebox';
import { UPLOAD_LIMIT_BYTES } from '../../contract/limits.ts';
import type { EngineContext } from '../context.ts';
import type { UploadKind } from '../db/assets.ts';
import { ApiHttpError, notFound, storageError, validationFailed } from '../errors.ts';
import { MAX_SIDE } from '../imaging/decode.ts';
import { OBJ } from '../limits.ts';
import { clientSignal } from '../plugins/client-signal.ts';
import { tempNameFor } from '../storage/atomic-write.ts';
import { initImageFile, modelFile } from './assets.ts';

const IMAGE_FORMATS = new Set(['jpeg', 'png', 'webp']);

type Deps = Pick<EngineContext, 'assets' | 'files' | 'realtime'>;
type Slot = { kind: UploadKind; targetId: string };

/**
 * The target of the presigned forms: like S3, the token in the URL is the permission (no bearer
 * key), it works once, and the file is the form's `file` field after the policy fields.
 *
 * The file streams to a temporary name beside its final one and is checked there, off the event
 * loop, before it is renamed into place; the slot is used up and the file recorded in one
 * transaction. Whatever fails on the way (a bad file, a full disk) leaves no file behind and
 * the form usable again. One upload per token runs at a time: a second one at once is a 409.
 */
export const uploadRoutes =
  (ctx: Deps): FastifyPluginAsyncTypebox =>
  async (app) => {
    await app.register(multipart, {
      limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 1, fields: 20, parts: 22 },
    });
    const inProgress = new Set<string>();

    app.post(
      '/uploads/:token',
      { schema: { params: Type.Object({ token: Type.String({ minLength: 16, maxLength: 64 }) }) } },
      async (request, reply) => {
        const token = request.params.token;
        const slot = ctx.assets.getUploadSlot(token);
        if (!slot) throw notFound('Upload slot');
        if (inProgress.has(token)) {
          throw new ApiHttpError(
            409,
            'upload-in-progress',
            'An upload through this form is already in progress',
          );
        }
        inProgress.add(token);
        try {
          const target = targetFile(ctx, slot);
          if (!target) throw notFound(slot.kind === 'INIT_IMAGE' ? 'Init image' : 'Model');
          const final = ctx.files.resolve(target);
          const temp = tempNameFor(final);
          // Made before reading the form: a file part must be piped the moment it arrives.
          await mkdir(dirname(final), { recursive: true });
          try {
            await receive(request, temp);
            await check(ctx, slot.kind, temp, clientSignal(reply));
            await rename(temp, final);
          } catch (error) {
            await rm(temp, { force: true });
            throw error;
          }
          try {
            if (!ctx.assets.finishUpload(token, slot, target)) throw notFound('Upload slot');
          } catch (error) {
            await rm(final, { force: true });
            throw error;
          }
        } finally {
          inProgress.delete(token);
        }
        return reply.code(204).send();
      },
    );
  };

function targetFile(ctx: Deps, slot: Slot): string | null {
  if (slot.kind === 'MODEL_3D') return modelFile(slot.targetId);
  const image = ctx.assets.getInitImageById(slot.targetId);
  return image ? initImageFile(image.id, image.extension) : null;
}

/**
 * Streams the form's file part to disk and reads the form to its end: a second file, too many
 * fields or a part over the size limit is a 413, a broken form a 400.
 */
async function receive(request: FastifyRequest, temp: string): Promise<void> {
  let file: MultipartFile | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
      file = part;
      // A form that ends inside its file can end the part before this loop sees it (busboy
      // emits the error rather than destroying the stream): piping it then would wait forever.
      if (part.file.destroyed) throw new Error('the form ends in the middle of the file');
      await pipeline(part.file, createWriteStream(temp));
    }
  } catch (error) {
    throw storageError(error) ?? malformed(error);
  }
  if (!file) throw validationFailed('the form has no file field', '$.file');
  if (file.file.truncated) {
    throw new ApiHttpError(
      413,
      'payload-too-large',
      `The file is larger than ${UPLOAD_LIMIT_BYTES / 1024 / 1024} MB`,
    );
  }
}

function malformed(error: unknown): Error {
  if ((error as { statusCode?: number }).statusCode) return error as Error;
  return new ApiHttpError(
    400,
    'bad-request',
    `The upload form is malformed: ${(error as Error).message}`,
  );
}

/**
 * An init image must decode whole (a truncated PNG has a valid header and would be charged for
 * later); a model must be a real OBJ within the vertex and face limits, counted on a worker.
 */
async function check(ctx: Deps, kind: UploadKind, file: string, signal: AbortSignal) {
  if (kind === 'MODEL_3D') {
    await ctx.realtime.render({
      userId: 'uploads',
      cost: 0,
      signal,
      task: { type: 'check-model', file, maxVertices: OBJ.maxVertices, maxFaces: OBJ.maxFaces },
    });
    return;
  }
  const image = sharp(file, { limitInputPixels: MAX_SIDE * MAX_SIDE });
  const meta = await image.metadata().catch(() => null);
  if (!meta?.format || !IMAGE_FORMATS.has(meta.format)) {
    throw validationFailed('the file is not a PNG, JPEG or WebP image', '$.file');
  }
  // Decoding every pixel is what finds a file cut short; stats() does it without keeping them.
  await image.stats().catch(() => {
    throw validationFailed('the image file is damaged or incomplete', '$.file');
  });
}
