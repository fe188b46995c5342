import sharp from 'sharp';

/** A test picture with structure (gradients and a disc), as raw RGB. */
export function patternRgb(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const inDisc = (x - width / 2) ** 2 + (y - height / 2) ** 2 < (width / 4) ** 2;
      data[i] = inDisc ? 230 : Math.round((255 * x) / width);
      data[i + 1] = inDisc ? 40 : Math.round((255 * y) / height);
      data[i + 2] = inDisc ? 60 : 128;
    }
  }
  return data;
}

export async function imageDataUrl(
  width: number,
  height: number,
  format: 'jpeg' | 'png' | 'webp' = 'jpeg',
  rgb: Buffer = patternRgb(width, height),
): Promise<string> {
  const bytes = await sharp(rgb, { raw: { width, height, channels: 3 } })
    .toFormat(format, format === 'png' ? {} : { quality: 95 })
    .toBuffer();
  return `data:image/${format};base64,${bytes.toString('base64')}`;
}

/** A white rectangle (the area to repaint) on black. */
export async function maskDataUrl(
  width: number,
  height: number,
  rect: { x: number; y: number; w: number; h: number },
): Promise<string> {
  const data = Buffer.alloc(width * height * 3);
  for (let y = rect.y; y < rect.y + rect.h; y++) {
    data.fill(255, (y * width + rect.x) * 3, (y * width + rect.x + rect.w) * 3);
  }
  return imageDataUrl(width, height, 'png', data);
}

export async function decode(dataUrlOrBytes: string | Buffer) {
  const bytes =
    typeof dataUrlOrBytes === 'string'
      ? Buffer.from(dataUrlOrBytes.slice(dataUrlOrBytes.indexOf(',') + 1), 'base64')
      : dataUrlOrBytes;
  const { data, info } = await sharp(bytes)
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Mean absolute difference per channel over the pixels `keep` selects. */
export function meanDiff(
  a: Buffer,
  b: Buffer,
  width: number,
  keep: (x: number, y: number) => boolean = () => true,
): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < a.length; i += 3) {
    const p = i / 3;
    if (!keep(p % width, Math.floor(p / width))) continue;
    sum +=
      Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!);
    n += 3;
  }
  return n ? sum / n : 0;
}
