import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import {
  ImageInputError,
  decodeDataUrl,
  decodeImageFile,
  encodeJpeg,
  inpaintImage,
  jpegDataUrl,
  lcmImageToImage,
  parseObj,
  renderImageToImage,
  renderMotionMp4,
  renderTextToImage,
  renderTextureMaps,
  resizeRgb,
  upscaleImage,
} from '../imaging/index.ts';
import type { ResultMessage, TaskMessage } from './pool-member.ts';
import type { Task, TaskResult, TaskValue } from './task-types.ts';

/**
 * Runs inside a worker thread or a job process: pixels are pushed here so the HTTP event loop
 * stays free.
 */
async function save(file: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, bytes);
}

/** Tags decode errors with the request field they came from, for Leonardo's `path`. */
async function decodeField(dataUrl: string, field: string) {
  try {
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
    result = { ok: false, error: { message: (error as Error).message, inputPath } };
  }
  return { id, result };
}

// The same host serves a worker thread (parentPort) and a child process (process.send).
if (parentPort) {
  const port = parentPort;
  port.on('message', async (message: TaskMessage) => port.postMessage(await handle(message)));
} else if (process.send) {
  process.on('message', async (message: TaskMessage) => process.send!(await handle(message)));
}
