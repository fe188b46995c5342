import type { ApiClient } from '../../../api/client.ts';
import { startInitUpload } from './init-image-store.ts';

/**
 * For another view handing Generate a picture as its init image (the canvas's "Use as init
 * image"): the upload starts at once through Leonardo's init-image flow; the caller opens
 * Generate, whose field shows the upload's progress, then the image, or why it failed.
 */
export function handOffInitImage(client: ApiClient, image: Blob, name: string): void {
  void startInitUpload(client, image, name);
}
