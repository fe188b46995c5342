import { dataUrl } from '../../../lib/base64.ts';
import type { EncodeAnswer, EncodeRequest } from './jpeg-worker.ts';

let worker: Worker | null = null;
let next = 0;
const pending = new Map<number, { resolve: (url: string) => void; reject: (e: Error) => void }>();

const canUseWorker = () => typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined';

function encoder(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./jpeg-worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (event: MessageEvent<EncodeAnswer>) => {
    const answer = event.data;
    const waiting = pending.get(answer.id);
    pending.delete(answer.id);
    if (!waiting) return;
    if ('url' in answer) waiting.resolve(answer.url);
    else waiting.reject(new Error(answer.error));
  });
  worker.addEventListener('error', () => {
    for (const waiting of pending.values()) waiting.reject(new Error('The encoder stopped.'));
    pending.clear();
    worker = null;
  });
  return worker;
}

function toBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new Error('The browser could not encode the picture.')),
      'image/jpeg',
      quality,
    ),
  );
}

/**
 * A canvas (in CPU memory) as a JPEG data URL, encoded by a worker: the pixels are read at once
 * (a copy the CPU makes in a few milliseconds) and handed over, so the page can go on drawing
 * while they are encoded. Without workers (tests), the canvas encodes itself.
 */
export async function encodeJpeg(canvas: HTMLCanvasElement, quality: number): Promise<string> {
  if (!canUseWorker()) {
    const blob = await toBlob(canvas, quality);
    return dataUrl('image/jpeg', new Uint8Array(await blob.arrayBuffer()));
  }
  const { width, height } = canvas;
  const pixels = canvas.getContext('2d')!.getImageData(0, 0, width, height).data.buffer;
  const id = ++next;
  const request: EncodeRequest = { id, width, height, pixels, quality };
  return new Promise<string>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    encoder().postMessage(request, [pixels]);
  });
}

/** Stops the encoder (the canvas closed: nothing of the user's stays in memory). */
export function stopJpegEncoder(): void {
  worker?.terminate();
  worker = null;
  for (const waiting of pending.values()) waiting.reject(new Error('The canvas closed.'));
  pending.clear();
}
