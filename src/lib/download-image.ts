import { downloadName } from './download-name.ts';
import {
  fetchImageBytes,
  ImageUnreachable,
  type FetchedImage,
  type FetchImpl,
} from './fetch-image.ts';
import { writeSettings, type GenerationSettings } from './image-metadata/index.ts';
import { saveFile } from './save-file.ts';

/**
 * "Download" everywhere in the studio (a generation's details, Generate's results): fetch the
 * image's bytes (it may be on another host, Leonardo's CDN), write the generation's settings into
 * the file without re-encoding it, and save it as `<prompt-words>-<seed>.<ext>`. A host that
 * refuses the browser (no CORS) cannot be read, so the image opens in a new tab instead, where
 * the browser's own "Save image" still works.
 */

export interface DownloadImageRequest {
  url: string;
  /** Written into the file; the prompt and seed also name it. */
  settings: GenerationSettings;
  /** Names the file when there is no seed. */
  imageId?: string | null;
  signal?: AbortSignal;
}

export type DownloadOutcome =
  | { kind: 'saved'; name: string; settingsWritten: boolean }
  /** The host refused: the image was opened in a new tab for the user to save. */
  | { kind: 'opened' };

export interface DownloadDeps {
  fetchImpl?: FetchImpl;
  save?: (bytes: Uint8Array, name: string, type: string) => void;
  open?: (url: string) => void;
}

const openInNewTab = (url: string) => {
  window.open(url, '_blank', 'noopener,noreferrer');
};

export async function downloadImage(
  request: DownloadImageRequest,
  { fetchImpl, save = saveFile, open = openInNewTab }: DownloadDeps = {},
): Promise<DownloadOutcome> {
  const { url, settings, imageId = null, signal } = request;
  let image: FetchedImage;
  try {
    image = await fetchImageBytes(url, {
      ...(signal ? { signal } : {}),
      ...(fetchImpl ? { fetchImpl } : {}),
    });
  } catch (error) {
    if (!(error instanceof ImageUnreachable)) throw error;
    open(url);
    return { kind: 'opened' };
  }
  // A file settings cannot go into (a video, an unknown format) is saved as it came.
  const written = writeSettings(image.bytes, settings);
  const bytes = written.ok ? written.bytes : image.bytes;
  const name = downloadName({
    prompt: settings.prompt,
    seed: settings.seed,
    id: imageId ?? settings.imageId,
    contentType: image.contentType,
    url,
    bytes,
  });
  save(bytes, name, image.contentType?.split(';')[0]?.trim() || 'application/octet-stream');
  return { kind: 'saved', name, settingsWritten: written.ok };
}

/** What the studio says after a download, for a status line beside the button. */
export function describeDownload(outcome: DownloadOutcome): string {
  if (outcome.kind === 'opened') {
    return 'The image’s host does not let the studio read it: it opened in a new tab, where you can save it (without its settings).';
  }
  return outcome.settingsWritten
    ? `Saved ${outcome.name}, with its settings.`
    : `Saved ${outcome.name} (its settings cannot be written into this kind of file).`;
}
