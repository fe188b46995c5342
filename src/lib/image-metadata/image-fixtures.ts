import sharp from 'sharp';

/**
 * Real image files for the metadata tests, encoded by libvips (the engine's encoder), with a
 * pattern in the pixels so that any change to them would show.
 */
function pattern(width: number, height: number, channels: 3 | 4): Buffer {
  const pixels = Buffer.alloc(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * channels;
      pixels[at] = (x * 37 + y * 11) & 0xff;
      pixels[at + 1] = (x * y) & 0xff;
      pixels[at + 2] = (255 - x * 5) & 0xff;
      if (channels === 4) pixels[at + 3] = x < width / 2 ? 255 : 96;
    }
  }
  return pixels;
}

const image = (channels: 3 | 4 = 3) =>
  sharp(pattern(48, 32, channels), { raw: { width: 48, height: 32, channels } });

const bytes = (buffer: Buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);

export const jpegFixture = async () => bytes(await image().jpeg({ quality: 80 }).toBuffer());
export const pngFixture = async () => bytes(await image(4).png().toBuffer());
export const webpLossyFixture = async () => bytes(await image().webp({ quality: 70 }).toBuffer());
export const webpLosslessFixture = async () =>
  bytes(await image(4).webp({ lossless: true }).toBuffer());

/** A photo's EXIF: the camera's data must survive the studio writing its settings. */
export const jpegWithCameraExif = async () =>
  bytes(
    await image()
      .jpeg()
      .withExif({ IFD0: { Make: 'TestCam', Model: 'X1' } })
      .toBuffer(),
  );

export const FOREIGN_XMP =
  '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>' +
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="Other Tool"/>' +
  '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>';

export const jpegWithForeignXmp = async () =>
  bytes(await image().jpeg().withXmp(FOREIGN_XMP).toBuffer());
export const webpWithForeignXmp = async () =>
  bytes(await image().webp().withXmp(FOREIGN_XMP).toBuffer());

/** The decoded pixels, to show that writing metadata left the image as it was. */
export async function decodedPixels(file: Uint8Array): Promise<Buffer> {
  return sharp(file).raw().toBuffer();
}

export const metadataOf = (file: Uint8Array) => sharp(file).metadata();
