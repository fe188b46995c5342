import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { isApiError } from '../../../api/api-error.ts';
import type { ApiClient } from '../../../api/client.ts';
import { getInitImageUrl, initImageExtension, uploadInitImage } from '../../../api/init-images.ts';
import { followScope, scopedPersist } from '../../../lib/scoped-persist.ts';
import { selectScope, useSessionStore } from '../../../lib/session-store.ts';
import { isRecord } from '../../../lib/tab-storage.ts';
import { DEFAULT_INIT_STRENGTH, clampInitStrength, type InitImage } from './init-image.ts';

export const INIT_IMAGE_STORAGE_KEY = 'leonardo-studio.init-image';

export type InitUpload =
  | { status: 'idle' }
  | { status: 'uploading'; name: string; percent: number | null; preview: string }
  | { status: 'failed'; name: string; message: string };

interface InitImageState {
  init: InitImage | null;
  strength: number;
  upload: InitUpload;
  choose: (init: InitImage | null) => void;
  setStrength: (strength: number) => void;
}

const EMPTY = { init: null, strength: DEFAULT_INIT_STRENGTH };

/** A stored choice, field by field; anything malformed means no init image. */
export function parseStoredInit(stored: unknown): { init: InitImage | null; strength: number } {
  if (!isRecord(stored)) return EMPTY;
  const strength =
    typeof stored.strength === 'number'
      ? clampInitStrength(stored.strength)
      : DEFAULT_INIT_STRENGTH;
  const init = stored.init;
  if (!isRecord(init) || typeof init.id !== 'string' || init.id === '')
    return { init: null, strength };
  const url = typeof init.url === 'string' ? init.url : null;
  if (init.kind === 'generated') return { init: { kind: 'generated', id: init.id, url }, strength };
  if (init.kind === 'uploaded' && typeof init.name === 'string') {
    return { init: { kind: 'uploaded', id: init.id, url, name: init.name }, strength };
  }
  return { init: null, strength };
}

/**
 * Generate's init image and strength, kept per user in this tab like the rest of the draft. The
 * upload itself lives here, not in a component, so an image handed over from the canvas keeps
 * uploading while Generate opens.
 */
export const useInitImage = create<InitImageState>()(
  persist(
    (set) => ({
      ...EMPTY,
      upload: { status: 'idle' },
      choose: (init) => set({ init, upload: { status: 'idle' } }),
      setStrength: (strength) => set({ strength: clampInitStrength(strength) }),
    }),
    scopedPersist({
      name: INIT_IMAGE_STORAGE_KEY,
      empty: EMPTY,
      parse: parseStoredInit,
      partialize: ({ init, strength }) => ({ init, strength }),
    }),
  ),
);
followScope(useInitImage);

let current: AbortController | null = null;

const failed = (name: string, message: string) =>
  useInitImage.setState({ upload: { status: 'failed', name, message } });

/**
 * Uploads a file (picked, dropped, or handed over from the canvas) as the init image. A newer
 * upload replaces one still under way. The preview is a local object URL until the upload is
 * done, then the server's own URL for it.
 */
export async function startInitUpload(client: ApiClient, file: Blob, name: string): Promise<void> {
  const extension = initImageExtension({ type: file.type, name });
  if (!extension) {
    failed(name, 'Choose a PNG, JPEG or WebP image.');
    return;
  }
  current?.abort();
  const controller = new AbortController();
  current = controller;
  const preview = URL.createObjectURL(file);
  useInitImage.setState({ upload: { status: 'uploading', name, percent: null, preview } });
  try {
    const id = await uploadInitImage(client, {
      file,
      fileName: name,
      extension,
      signal: controller.signal,
      onProgress: ({ loaded, total }) => {
        if (current !== controller) return;
        const percent = total ? Math.round((loaded / total) * 100) : null;
        useInitImage.setState({ upload: { status: 'uploading', name, percent, preview } });
      },
    });
    // The image is uploaded and usable even if its URL cannot be read back.
    const url = await getInitImageUrl(client, id, controller.signal).catch(() => null);
    if (current === controller) useInitImage.getState().choose({ kind: 'uploaded', id, url, name });
  } catch (error) {
    if (controller.signal.aborted) return;
    failed(
      name,
      isApiError(error) || error instanceof Error ? error.message : 'The upload failed.',
    );
  } finally {
    URL.revokeObjectURL(preview);
    if (current === controller) current = null;
  }
}

/** Stops an upload under way, if any, and forgets it. */
export function cancelInitUpload(): void {
  current?.abort();
  current = null;
  useInitImage.setState({ upload: { status: 'idle' } });
}

// An upload belongs to whoever started it: signing out (or in as another user) stops it.
useSessionStore.subscribe((state, previous) => {
  if (selectScope(state) !== selectScope(previous)) cancelInitUpload();
});
