import { gzipSync } from 'node:zlib';

/** Below this a gzip header and a round trip through zlib cost more than they save. */
const MIN_GZIP_BYTES = 1024;

/**
 * A serialized JSON answer kept for reuse, with its gzip form made once, on first need: every
 * later request that accepts gzip gets the same compressed bytes without compressing again.
 */
export class JsonBody {
  private gzipped: Buffer | null = null;

  constructor(readonly raw: Buffer) {}

  /** The compressed bytes, or null when the answer is too small to be worth compressing. */
  gzip(): Buffer | null {
    if (this.raw.length < MIN_GZIP_BYTES) return null;
    return (this.gzipped ??= gzipSync(this.raw));
  }
}

/**
 * Whether an Accept-Encoding header allows gzip: `gzip` (or `x-gzip`, or `*`) with a quality
 * above zero, unless gzip itself is refused with q=0. Browsers always send it.
 */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let gzip: number | null = null;
  let any: number | null = null;
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params
      .map((p) => p.trim())
      .find((p) => p.startsWith('q='))
      ?.slice(2);
    const quality = q === undefined ? 1 : Number(q);
    const value = Number.isFinite(quality) ? quality : 0;
    if (name === 'gzip' || name === 'x-gzip') gzip = Math.max(gzip ?? 0, value);
    else if (name === '*') any = value;
  }
  return (gzip ?? any ?? 0) > 0;
}
