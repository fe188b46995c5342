import { dataUrl } from '../../../lib/base64.ts';

/**
 * Encodes frames as JPEG data URLs off the main thread. `canvas.toBlob` on the page is queued
 * behind the page's own work: while a stroke is drawn it took up to 300 ms instead of 15, and
 * live mode waited on it each round trip. Here nothing but encoding runs.
 */
export interface EncodeRequest {
  id: number;
  width: number;
  height: number;
  pixels: ArrayBuffer;
  quality: number;
}

export type EncodeAnswer = { id: number; url: string } | { id: number; error: string };

const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<EncodeRequest>) => void): void;
  postMessage(message: EncodeAnswer): void;
};

let canvas: OffscreenCanvas | null = null;

scope.addEventListener('message', (event) => {
  const { id, width, height, pixels, quality } = event.data;
  void (async () => {
    try {
      if (!canvas || canvas.width !== width || canvas.height !== height) {
        canvas = new OffscreenCanvas(width, height);
      }
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('This browser cannot encode in a worker.');
      ctx.putImageData(new ImageData(new Uint8ClampedArray(pixels), width, height), 0, 0);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality });
      scope.postMessage({
        id,
        url: dataUrl('image/jpeg', new Uint8Array(await blob.arrayBuffer())),
      });
    } catch (error) {
      scope.postMessage({ id, error: error instanceof Error ? error.message : 'Encoding failed.' });
    }
  })();
});
