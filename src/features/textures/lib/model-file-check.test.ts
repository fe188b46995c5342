import { describe, expect, it } from 'vitest';
import { UPLOAD_LIMIT_BYTES } from '../../../../contract/limits.ts';
import {
  SNIFF_BYTES,
  checkModelFile,
  checkModelFileMeta,
  modelNameFromFile,
  sniffObjText,
} from './model-file-check.ts';

const CUBE = `# a cube
o Cube
v -1 -1 1
v 1 -1 1
vt 0 0
vn 0 0 1
f 1/1/1 2/1/1 3/1/1
`;

describe('sniffObjText', () => {
  it('accepts OBJ text with vertices or faces', () => {
    expect(sniffObjText(CUBE, false)).toEqual({ ok: true });
    expect(sniffObjText('v 1.5e-3 -2 .5\r\n', false)).toEqual({ ok: true });
    expect(sniffObjText('f 1 2 3\n', false)).toEqual({ ok: true });
  });

  it('refuses binary data', () => {
    const png = '\x89PNG\r\n\x1a\n\0\0\0\rIHDR';
    expect(sniffObjText(png, true)).toMatchObject({ ok: false, message: /binary/ });
  });

  it('refuses text that is not OBJ, quoting the line', () => {
    expect(sniffObjText('hello world\n', false)).toMatchObject({
      ok: false,
      message: /does not read as OBJ: “hello world”/,
    });
    expect(sniffObjText('{"asset":{"version":"2.0"}}', false)).toMatchObject({ ok: false });
  });

  it('refuses a complete file without geometry', () => {
    expect(sniffObjText('# only a comment\nmtllib cube.mtl\n', false)).toMatchObject({
      ok: false,
      message: /no vertices/,
    });
    expect(sniffObjText('v x y z\n', false)).toMatchObject({ ok: false });
  });

  it('ignores the cut last line of a longer file and trusts a long header', () => {
    expect(sniffObjText('# header\nv 1 2 3\nv 1 2', true)).toEqual({ ok: true });
    expect(sniffObjText(`# ${'x'.repeat(2000)}\n# more`, true)).toEqual({ ok: true });
  });
});

describe('checkModelFileMeta', () => {
  it('wants an .obj name', () => {
    expect(checkModelFileMeta({ name: 'photo.png', size: 10 })).toMatchObject({
      ok: false,
      message: '“photo.png” is not an OBJ file. Choose a Wavefront .obj file.',
    });
    expect(checkModelFileMeta({ name: 'CUBE.OBJ', size: 10 })).toEqual({ ok: true });
  });

  it('refuses empty files and files over the upload limit', () => {
    expect(checkModelFileMeta({ name: 'a.obj', size: 0 })).toMatchObject({ ok: false });
    expect(checkModelFileMeta({ name: 'a.obj', size: UPLOAD_LIMIT_BYTES })).toEqual({ ok: true });
    expect(checkModelFileMeta({ name: 'a.obj', size: UPLOAD_LIMIT_BYTES + 1 })).toMatchObject({
      ok: false,
      message: /largest model the API accepts is 50 MB/,
    });
  });
});

describe('checkModelFile', () => {
  it('reads only the first kilobyte', async () => {
    const big = new File([CUBE, 'v 0 0 0\n'.repeat(1000)], 'big.obj');
    expect(big.size).toBeGreaterThan(SNIFF_BYTES);
    await expect(checkModelFile(big)).resolves.toEqual({ ok: true });
  });

  it('names the file in a sniff failure', async () => {
    const fake = new File(['not a model at all'], 'fake.obj');
    await expect(checkModelFile(fake)).resolves.toMatchObject({
      ok: false,
      message: /^“fake\.obj”: This file does not read as OBJ/,
    });
  });
});

describe('modelNameFromFile', () => {
  it('drops the extension and falls back to a name', () => {
    expect(modelNameFromFile('Teapot.OBJ')).toBe('Teapot');
    expect(modelNameFromFile('.obj')).toBe('Untitled model');
    expect(modelNameFromFile(`${'a'.repeat(300)}.obj`)).toHaveLength(200);
  });
});
