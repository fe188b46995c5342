import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import sharp from 'sharp';
import {
  decodeDataUrl,
  decodeImageFile,
  encodeJpeg,
  jpegDataUrl,
  resizeRgb,
} from '../imaging/decode.ts';
import { renderImageToImage } from '../imaging/image-to-image.ts';
import { inpaintImage } from '../imaging/inpaint.ts';
import { lcmImageToImage } from '../imaging/lcm.ts';
import { renderTextToImage } from '../imaging/text-to-image.ts';
import { parseObj, renderTextureMaps } from '../imaging/texture.ts';
import { ImageInputError } from '../imaging/types.ts';
import { upscaleImage } from '../imaging/upscale.ts';
import { REALTIME } from '../limits.ts';
import { writeFileAtomic } from '../storage/atomic-write.ts';
import { checkObjFile } from './obj-check.ts';
import type { ResultMessage, TaskMessage } from './pool-member.ts';
import type { Task, TaskResult, TaskValue } from './task-types.ts';

/**
 * Runs inside a worker thread or a job process: pixels are pushed here so the HTTP event loop
 * stays free. Files are written whole or not at all (a temporary name, then a rename).
 *
 * The MP4 encoder is loaded only when a motion task arrives, so only in the job process: it
 * installs process-wide handlers for uncaught errors that would turn any stray rejection into
 * an abort, which must never happen in the server process or its realtime threads.
 */
const save = writeFileAtomic;

const BASE64_PREFIX = /^data:image\/[a-z]+;base64,/i;

/**
 * Refuses an image too large for the realtime lane from its header alone, before the costly
 * decode: a 4096² inpaint takes most of a minute, and the lane is shared by every user.
 */
async function checkRealtimeSize(dataUrl: string, field: string): Promise<void> {
  const prefix = BASE64_PREFIX.exec(dataUrl);
  if (!prefix) return;
  const meta = await sharp(Buffer.from(dataUrl.slice(prefix[0].length), 'base64'))
    .metadata()
    .catch(() => null);
  const side = Math.max(meta?.width ?? 0, meta?.height ?? 0);
  if (side > REALTIME.maxInputSide) {
    throw new ImageInputError(
      `${field} is ${meta!.width}x${meta!.height}; the realtime endpoints take images of at most ${REALTIME.maxInputSide} pixels on a side`,
    );
  }
}

/** Tags decode errors with the request field they came from, for Leonardo's `path`. */
async function decodeField(dataUrl: string, field: string) {
  try {
    await checkRealtimeSize(dataUrl, field);
    return await decodeDataUrl(dataUrl, field);
  } catch (error) {
    if (error instanceof ImageInputError) {
      throw Object.assign(error, { inputPath: `$.${field}` });
    }
    throw error;
  }
}

async function run(task: Task): Promise<TaskValue> {
  switch (task.type) {
    case 'text-to-image': {
      for (const [index, file] of task.outFiles.entries()) {
        const jpeg = await renderTextToImage({ ...task, index });
        await save(file, jpeg);
      }
      return null;
    }
    case 'image-to-image': {
      const read = async (file: string) => decodeImageFile(await readFile(file));
      const init = task.init
        ? { image: await read(task.init.file), strength: task.init.strength }
        : null;
      const guides = [];
      for (const g of task.guides) guides.push({ image: await read(g.file), weight: g.weight });
      for (const [index, file] of task.outFiles.entries()) {
        const { bytes } = await renderImageToImage({ ...task, init, guides, index });
        await save(file, bytes);
      }
      return null;
    }
    case 'lcm': {
      const image = await decodeField(task.imageDataUrl, 'imageDataUrl');
      const out = await lcmImageToImage({ ...task, image });
      return jpegDataUrl(await encodeJpeg(out));
    }
    case 'inpaint': {
      const image = await decodeField(task.imageDataUrl, 'imageDataUrl');
      const mask = await decodeField(task.maskDataUrl, 'maskDataUrl');
      // A mask that does not fit the image is the mask's fault, so the error names it.
      let out = await inpaintImage({ ...task, image, mask }).catch((error: unknown) => {
        if (error instanceof ImageInputError) {
          throw Object.assign(error, { inputPath: '$.maskDataUrl' });
        }
        throw error;
      });
      if (out.width !== task.width || out.height !== task.height) {
        out = await resizeRgb(out, task.width, task.height);
      }
      return jpegDataUrl(await encodeJpeg(out));
    }
    case 'upscale': {
      let image = await decodeField(task.imageDataUrl, 'imageDataUrl');
      if (
        task.width &&
        task.height &&
        (image.width !== task.width || image.height !== task.height)
      ) {
        image = await resizeRgb(image, task.width, task.height);
      }
      const out = await upscaleImage({ ...task, image, factor: 2 });
      const jpeg = await encodeJpeg(out);
      await save(task.outFile, jpeg);
      return jpegDataUrl(jpeg);
    }
    case 'motion': {
      const { renderMotionMp4 } = await import('../imaging/motion.ts');
      const mp4 = await renderMotionMp4({ ...task, image: await readFile(task.sourceFile) });
      await save(task.outFile, mp4);
      return null;
    }
    case 'texture': {
      const mesh = parseObj(await readFile(task.modelFile, 'utf8'));
      const maps = await renderTextureMaps({ ...task, mesh });
      for (const [type, file] of Object.entries(task.outFiles)) {
        const bytes = maps[type as keyof typeof maps];
        if (bytes) await save(file, bytes);
      }
      return null;
    }
    case 'check-model': {
      try {
        await checkObjFile(task.file, task);
      } catch (error) {
        if (error instanceof ImageInputError) throw Object.assign(error, { inputPath: '$.file' });
        throw error;
      }
      return null;
    }
  }
}

async function handle({ id, task }: TaskMessage): Promise<ResultMessage> {
  let result: TaskResult;
  try {
    result = { ok: true, value: await run(task) };
  } catch (error) {
    const inputPath =
      error instanceof ImageInputError
        ? ((error as ImageInputError & { inputPath?: string }).inputPath ?? '$')
        : null;
    const code = (error as { code?: unknown }).code;
    result = {
      ok: false,
      error: {
        message: (error as Error).message,
        inputPath,
        code: typeof code === 'string' ? code : null,
      },
    };
  }
  return { id, result };
}

// The same host serves a worker thread (parentPort) and a child process (process.send).
if (parentPort) {
  const port = parentPort;
  port.on('message', async (message: TaskMessage) => port.postMessage(await handle(message)));
} else if (process.send) {
  process.on('message', async (message: TaskMessage) => {
    const result = await handle(message);
    // The engine may be gone; its `disconnect` ends this process.
    if (process.connected) process.send!(result, (error: Error | null) => void error);
  });
}
