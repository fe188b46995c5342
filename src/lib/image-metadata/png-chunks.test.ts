import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { asciiBytes, concatBytes, crc32, readU32BE, u32BE } from './bytes.ts';
import { pngFixture } from './image-fixtures.ts';
import { PNG_SIGNATURE, iTXtChunk, parsePng, pngChunk, readPngText } from './png-chunks.ts';

describe('PNG chunks', () => {
  it('splits a real PNG into IHDR … IEND', async () => {
    const png = parsePng(await pngFixture())!;
    expect(png.complete).toBe(true);
    expect(png.chunks[0]!.type).toBe('IHDR');
    expect(png.chunks.at(-1)!.type).toBe('IEND');
    expect(png.chunks.some((c) => c.type === 'IDAT')).toBe(true);
  });

  it('writes a chunk with its length and the CRC over type and data', () => {
    const chunk = pngChunk('tEXt', asciiBytes('a\0b'));
    expect(readU32BE(chunk, 0)).toBe(3);
    expect(readU32BE(chunk, 11)).toBe(crc32([asciiBytes('tEXta\0b')]));
  });

  it('reads back an iTXt chunk it wrote, in UTF-8', () => {
    const [chunk] = parsePng(
      concatBytes([PNG_SIGNATURE, iTXtChunk('parameters', 'naïve – 猫')]),
    )!.chunks;
    expect(readPngText(chunk!)).toEqual({ keyword: 'parameters', text: 'naïve – 猫' });
  });

  it('inflates a compressed iTXt, and refuses one that inflates past the limit', () => {
    const compressed = (text: Uint8Array) =>
      pngChunk('iTXt', concatBytes([asciiBytes('k\0'), Uint8Array.of(1, 0, 0, 0), zlibSync(text)]));
    const small = parsePng(concatBytes([PNG_SIGNATURE, compressed(asciiBytes('hello'))]))!
      .chunks[0]!;
    expect(readPngText(small)?.text).toBe('hello');
    const bomb = parsePng(concatBytes([PNG_SIGNATURE, compressed(new Uint8Array(4 << 20))]))!
      .chunks[0]!;
    expect(readPngText(bomb)).toBeNull();
    const broken = parsePng(
      concatBytes([
        PNG_SIGNATURE,
        pngChunk('zTXt', concatBytes([asciiBytes('k\0'), Uint8Array.of(0, 1, 2, 3)])),
      ]),
    )!.chunks[0]!;
    expect(readPngText(broken)).toBeNull();
  });

  it('stops at a length that runs past the end', () => {
    const bad = concatBytes([
      PNG_SIGNATURE,
      u32BE(0xfffffff0),
      asciiBytes('tEXt'),
      new Uint8Array(8),
    ]);
    expect(parsePng(bad)).toEqual({ chunks: [], complete: false });
    expect(parsePng(asciiBytes('not a png'))).toBeNull();
  });
});
