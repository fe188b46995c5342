import { detectImageFormat } from './image-metadata/format.ts';
import { foldText } from './search-text.ts';

/** How many of the prompt's words, and how many characters of them, a file name keeps. */
const MAX_WORDS = 6;
const MAX_BASE_LENGTH = 48;

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/jpg': 'jpg',
  'image/pjpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'video/mp4': 'mp4',
  'application/json': 'json',
};
const URL_EXTENSIONS = new Set(['jpg', 'png', 'webp', 'gif', 'mp4', 'json']);

export interface ExtensionSource {
  contentType?: string | null;
  url?: string | null;
  /** The file itself: its first bytes say what it is when the server did not. */
  bytes?: Uint8Array | null;
}

/** The file's extension: from the content type, else the file's own bytes, else the URL; `bin` when none says. */
export function extensionFor(source: ExtensionSource): string {
  const type = source.contentType?.split(';')[0]?.trim().toLowerCase();
  if (type && EXTENSIONS[type]) return EXTENSIONS[type];
  const format = source.bytes ? detectImageFormat(source.bytes) : null;
  if (format) return format === 'jpeg' ? 'jpg' : format;
  if (source.url) {
    let path = source.url;
    try {
      path = new URL(source.url, 'http://local.invalid').pathname;
    } catch {
      // Not a URL: read it as a path.
    }
    const ext = /\.([a-z0-9]{1,5})$/i.exec(path)?.[1]?.toLowerCase();
    const normal = ext === 'jpeg' ? 'jpg' : ext;
    if (normal && URL_EXTENSIONS.has(normal)) return normal;
  }
  return 'bin';
}

// Names Windows keeps for devices, whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/** The first few words of a prompt, lower-case ASCII joined by hyphens, or "generation". */
export function promptSlug(prompt: string): string {
  const words = foldText(prompt)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, MAX_WORDS);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_BASE_LENGTH) {
      if (!slug) slug = word.slice(0, MAX_BASE_LENGTH);
      break;
    }
    slug = next;
  }
  if (!slug) return 'generation';
  return RESERVED.test(slug) ? `${slug}-image` : slug;
}

export interface DownloadNameInput extends ExtensionSource {
  prompt: string;
  seed: number | null;
  /** Used (its first 8 characters) where there is no seed, so names still tell images apart. */
  id?: string | null;
}

/** `<prompt-words>-<seed>.<ext>`, e.g. `a-lighthouse-in-the-fog-42.jpg`. */
export function downloadName(input: DownloadNameInput): string {
  const slug = promptSlug(input.prompt);
  const idPart = input.id
    ? foldText(input.id)
        .replace(/[^a-z0-9]/g, '')
        .slice(0, 8)
    : '';
  const suffix = input.seed !== null ? String(input.seed) : idPart;
  return `${suffix ? `${slug}-${suffix}` : slug}.${extensionFor(input)}`;
}

/**
 * Hands out names unique within one archive: a name taken before (in any case, as Windows and
 * macOS compare them) gets `-2`, `-3`… before its extension.
 */
export function createNameAllocator(reserved: readonly string[] = []): (name: string) => string {
  const taken = new Set(reserved.map((name) => name.toLowerCase()));
  return (name) => {
    const dot = name.lastIndexOf('.');
    const base = dot > 0 ? name.slice(0, dot) : name;
    const ext = dot > 0 ? name.slice(dot) : '';
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base}-${n}${ext}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  };
}
