const CONTAINERS = new Set(['moov', 'trak', 'mdia']);
const STAMPED = new Set(['mvhd', 'tkhd', 'mdhd']);

/**
 * The muxer writes the wall-clock time into the movie, track and media headers; zeroing those
 * fields makes the same inputs give byte-identical files.
 */
export function clearTimestamps(mp4: Buffer, start: number, end: number): void {
  let at = start;
  while (at + 8 <= end) {
    const size = mp4.readUInt32BE(at);
    const type = mp4.toString('latin1', at + 4, at + 8);
    if (size < 8 || at + size > end) return;
    if (CONTAINERS.has(type)) clearTimestamps(mp4, at + 8, at + size);
    if (STAMPED.has(type)) {
      const version = mp4[at + 8];
      mp4.fill(0, at + 12, at + 12 + (version === 1 ? 16 : 8));
    }
    at += size;
  }
}
