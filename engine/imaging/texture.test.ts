import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parseObj, renderTextureMaps } from './texture.ts';
import { ImageInputError } from './types.ts';

const CUBE = `# a cube
o Cube
v -1 -1 -1
v 1 -1 -1
v 1 1 -1
v -1 1 -1
v -1 -1 1
v 1 -1 1
v 1 1 1
v -1 1 1
vt 0 0
vt 1 0
vt 1 1
vn 0 0 1
f 1/1/1 2/2/1 3/3/1 4/1/1
f 5 6 7 8
f 1 2 6 5
`;

describe('parseObj', () => {
  it('reads vertices, texture coordinates, faces and bounds', () => {
    const mesh = parseObj(CUBE);
    expect(mesh.positions.length).toBe(24);
    expect(mesh.uvs?.length).toBe(6);
    expect(mesh.faceCount).toBe(3);
    expect(mesh.bounds).toEqual({ min: [-1, -1, -1], max: [1, 1, 1] });
  });

  it('has no uvs when the model has none', () => {
    expect(parseObj('v 0 0 0\r\nv 1 0 0\r\nv 0 1 0\r\nf 1 2 3\r\n').uvs).toBeNull();
  });

  it.each([
    ['', 'empty text'],
    ['hello world', 'prose'],
    ['v 0 0 0\nv 1 1 1\n', 'vertices without faces'],
    ['\u0089PNG\r\n\u001a\n\u0000\u0000', 'a PNG'],
  ])('rejects %j (%s)', (text) => {
    expect(() => parseObj(text)).toThrow(ImageInputError);
    expect(() => parseObj(text)).toThrow(
      'the file is not a Wavefront OBJ model (no vertices or faces)',
    );
  });
});

async function grey(png: Buffer, channel = 0) {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const out = new Float32Array(info.width * info.height);
  for (let i = 0; i < out.length; i++) out[i] = data[i * info.channels + channel]!;
  return { data: out, size: info.width, height: info.height };
}

/**
 * The wrap seams (last → first column, last → first row) compared with every neighbouring pair
 * inside: a tileable map's seams look like any other pair, a broken one stands out above them.
 */
function seams(img: { data: Float32Array; size: number }) {
  const { data, size: S } = img;
  const colDiff = (a: number, b: number) => {
    let s = 0;
    for (let y = 0; y < S; y++) s += Math.abs(data[y * S + a]! - data[y * S + b]!);
    return s / S;
  };
  const rowDiff = (a: number, b: number) => {
    let s = 0;
    for (let x = 0; x < S; x++) s += Math.abs(data[a * S + x]! - data[b * S + x]!);
    return s / S;
  };
  const inside: number[] = [];
  for (let k = 0; k < S - 1; k++) inside.push(colDiff(k, k + 1), rowDiff(k, k + 1));
  inside.sort((a, b) => a - b);
  return {
    col: colDiff(S - 1, 0),
    row: rowDiff(S - 1, 0),
    typical: inside[Math.floor(inside.length * 0.95)]! + 1,
  };
}

describe('renderTextureMaps', () => {
  const mesh = parseObj(CUBE);

  it.each([
    'oak wood',
    'white marble',
    'red brick',
    'brushed steel',
    'cobblestone',
    'rusty iron',
    'blue denim',
    'dragon scales',
    'zzz',
  ])('makes seamless %s maps of the requested size', async (prompt) => {
    const maps = await renderTextureMaps({ mesh, prompt, seed: 3, size: 256 });
    for (const [name, png] of Object.entries(maps)) {
      const meta = await sharp(png).metadata();
      expect([name, meta.format, meta.width, meta.height]).toEqual([name, 'png', 256, 256]);
    }
    for (const png of [maps.DISPLACEMENT, maps.ALBEDO, maps.ROUGHNESS]) {
      const s = seams(await grey(png));
      expect(s.col).toBeLessThanOrEqual(s.typical);
      expect(s.row).toBeLessThanOrEqual(s.typical);
    }
  });

  it('derives the normal map from the height, with wrap-around', async () => {
    const maps = await renderTextureMaps({ mesh, prompt: 'red brick', seed: 3, size: 256 });
    const blue = await grey(maps.NORMAL, 2);
    let min = 255;
    for (const v of blue.data) min = Math.min(min, v);
    // Tangent-space normals point out of the surface: blue stays in the upper half.
    expect(min).toBeGreaterThanOrEqual(127);
    const red = seams(await grey(maps.NORMAL, 0));
    expect(red.col).toBeLessThanOrEqual(red.typical);
  });

  it('is deterministic and seed dependent', async () => {
    const a = await renderTextureMaps({ mesh, prompt: 'stone', seed: 1, size: 128 });
    const b = await renderTextureMaps({ mesh, prompt: 'stone', seed: 1, size: 128 });
    const c = await renderTextureMaps({ mesh, prompt: 'stone', seed: 2, size: 128 });
    expect(b.ALBEDO.equals(a.ALBEDO)).toBe(true);
    expect(c.ALBEDO.equals(a.ALBEDO)).toBe(false);
  });
});
