import { useCallback } from 'react';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { startInitUpload } from './init-image-store.ts';

/**
 * For another view handing Generate a picture as its init image (the canvas's "Use as init
 * image"): the upload starts at once through Leonardo's init-image flow, and `open` (the app's
 * navigation to Generate) is called right away: the field there shows the upload's progress,
 * then the image, or why it failed.
 */
export function useInitImageHandoff(open: () => void): (image: Blob, name: string) => void {
  const client = useApiClient();
  return useCallback(
    (image: Blob, name: string) => {
      void startInitUpload(client, image, name);
      open();
    },
    [client, open],
  );
}
