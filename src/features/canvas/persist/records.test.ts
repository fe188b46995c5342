import { describe, expect, it, vi } from 'vitest';
import type { Bitmap } from '../document/bitmap.ts';
import { swapPatch, type DocumentEntry, type PatchEntry } from '../document/history-entries.ts';
import type { AnyLayer } from '../document/layers.ts';
import {
  pixelsToImageData,
  readEntry,
  readLayer,
  resolveArrangement,
  storeEntry,
} from './records.ts';

/** A bitmap stand-in whose context keeps real pixels (the test canvas mock keeps none). */
function fakeBitmap(width: number, height: number) {
  const data = new Uint8ClampedArray(width * height * 4);
  const ctx = {
    getImageData(x: number, y: number, w: number, h: number) {
      const out = new ImageData(w, h);
      for (let row = 0; row < h; row++) {
        const from = ((y + row) * width + x) * 4;
        out.data.set(data.subarray(from, from + w * 4), row * w * 4);
      }
      return out;
    },
    clearRect(x: number, y: number, w: number, h: number) {
      for (let row = 0; row < h; row++) {
        const from = ((y + row) * width + x) * 4;
        data.fill(0, from, from + w * 4);
      }
    },
    putImageData(image: ImageData, x: number, y: number) {
      for (let row = 0; row < image.height; row++) {
        const from = row * image.width * 4;
        data.set(image.data.subarray(from, from + image.width * 4), ((y + row) * width + x) * 4);
      }
    },
  };
  return { bitmap: { ctx, canvas: { width, height } } as unknown as Bitmap, data };
}

const toImageData = pixelsToImageData;

const patch = (pixels: ImageData, seq = 7): PatchEntry & { seq: number } => ({
  kind: 'patch',
  seq,
  target: 'sketch-1',
  rect: { x: 2, y: 1, width: pixels.width, height: pixels.height },
  pixels,
  currentEmpty: false,
  bytes: pixels.data.byteLength + 256,
});

const layers = new Map<string, AnyLayer>([
  ['sketch-1', { kind: 'sketch', id: 'sketch-1' } as AnyLayer],
]);

describe('region-patch undo storage', () => {
  it('keeps only the changed area, and swaps it back and forth on undo and redo', () => {
    const { bitmap, data } = fakeBitmap(8, 4);
    // A stroke painted the 3×2 area at (2, 1): its "before" is what the step holds.
    const before = new ImageData(3, 2);
    const entry = patch(before);
    const after = new ImageData(3, 2);
    after.data.fill(200);
    bitmap.ctx.putImageData(after, 2, 1);
    expect(entry.bytes).toBe(3 * 2 * 4 + 256);
    swapPatch(entry, bitmap);
    expect([...data].every((v) => v === 0)).toBe(true);
    expect([...entry.pixels!.data].every((v) => v === 200)).toBe(true);
    swapPatch(entry, bitmap);
    expect(data.filter((v) => v === 200)).toHaveLength(3 * 2 * 4);
    // Outside the area nothing was ever touched.
    expect(data[0]).toBe(0);
  });

  it('stores a step as plain data and reads it back the same', () => {
    const pixels = new ImageData(2, 2);
    pixels.data.set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    const stored = structuredClone(storeEntry(patch(pixels)));
    const read = readEntry(stored, layers, toImageData) as PatchEntry & DocumentEntry;
    expect(read).toMatchObject({ kind: 'patch', seq: 7, target: 'sketch-1' });
    expect(read.rect).toEqual({ x: 2, y: 1, width: 2, height: 2 });
    expect([...read.pixels!.data]).toEqual([...pixels.data]);
    expect(read.bytes).toBe(16 + 256);
  });

  it('undoes a cleared area without reading it back, and keeps nothing for a transparent side', () => {
    const { bitmap, data } = fakeBitmap(4, 4);
    const before = new ImageData(4, 4);
    before.data.fill(90);
    // A Clear: the layer is now transparent, which the step knows.
    const entry = {
      ...patch(before),
      rect: { x: 0, y: 0, width: 4, height: 4 },
      currentEmpty: true,
    };
    const read = vi.spyOn(bitmap.ctx, 'getImageData');
    swapPatch(entry, bitmap);
    expect(read).not.toHaveBeenCalled();
    expect(data.every((v) => v === 90)).toBe(true);
    expect(entry).toMatchObject({ pixels: null, currentEmpty: false, bytes: 256 });
    const stored = storeEntry(entry);
    expect(readEntry(stored, layers, toImageData)).toMatchObject({ pixels: null, bytes: 256 });
    // Redo: the pixels are read once more, the area cleared.
    swapPatch(entry, bitmap);
    expect(data.every((v) => v === 0)).toBe(true);
    expect(entry.pixels!.data[0]).toBe(90);
    expect(entry.currentEmpty).toBe(true);
  });

  it('refuses damaged steps and steps whose layer is gone', () => {
    const stored = storeEntry(patch(new ImageData(2, 2)));
    expect(readEntry({ ...stored, target: 'gone' }, layers, toImageData)).toBeNull();
    expect(
      readEntry({ ...stored, rect: { x: 0, y: 0, width: 3, height: 2 } }, layers, toImageData),
    ).toBeNull();
    expect(
      readEntry({ ...stored, pixels: { width: 2, height: 2, data: [1, 2] } }, layers, toImageData),
    ).toBeNull();
    expect(readEntry({ kind: 'unknown', seq: 1 }, layers, toImageData)).toBeNull();
    expect(readEntry(null, layers, toImageData)).toBeNull();
  });

  it('reads the other kinds of step, repairing what is out of range', () => {
    expect(
      readEntry({ kind: 'background', seq: 2, other: '#102030' }, layers, toImageData),
    ).toMatchObject({ kind: 'background', other: '#102030' });
    expect(readEntry({ kind: 'background', seq: 2, other: 'red' }, layers, toImageData)).toBeNull();
    expect(
      readEntry(
        { kind: 'props', seq: 3, target: 'sketch-1', other: { opacity: 4, visible: false } },
        layers,
        toImageData,
      ),
    ).toMatchObject({ kind: 'props', other: { opacity: 1, visible: false } });
    expect(
      readEntry(
        {
          kind: 'extend',
          seq: 4,
          other: { size: { width: 512, height: 512 }, fresh: [] },
          offset: { x: 128, y: 0 },
        },
        layers,
        toImageData,
      ),
    ).toMatchObject({ kind: 'extend', offset: { x: 128, y: 0 } });
    // Not a size the API accepts: the step cannot be trusted.
    expect(
      readEntry(
        {
          kind: 'extend',
          seq: 4,
          other: { size: { width: 500, height: 512 }, fresh: [] },
          offset: { x: 0, y: 0 },
        },
        layers,
        toImageData,
      ),
    ).toBeNull();
  });

  it('leaves out of the last canvas a layer it cannot read, but not out of an undo step', () => {
    const stored = {
      frame: { size: { width: 512 as const, height: 512 as const }, fresh: [] },
      layerIds: ['sketch-1', 'lost-image'],
      maskId: 'lost-mask',
      selectedId: 'sketch-1',
    };
    expect(resolveArrangement(stored, layers)).toBeNull();
    const lenient = resolveArrangement(stored, layers, true)!;
    expect(lenient.layers.map((l) => l.id)).toEqual(['sketch-1']);
    expect(lenient.mask.kind).toBe('mask');
    expect(lenient.selectedId).toBe('sketch-1');
  });

  it('reads layer descriptions, sketch and image', () => {
    expect(
      readLayer({
        id: 'a',
        kind: 'sketch',
        name: 'Sketch',
        visible: true,
        opacity: 0.5,
        width: 640,
        height: 512,
      }),
    ).toMatchObject({ kind: 'sketch', width: 640, opacity: 0.5 });
    expect(readLayer({ id: 'a', kind: 'sketch', name: 'S', width: 600, height: 512 })).toBeNull();
    expect(
      readLayer({
        id: 'b',
        kind: 'image',
        name: 'photo',
        visible: false,
        opacity: 1,
        assetId: 'x',
        sourceWidth: 10,
        sourceHeight: 20,
        placement: { x: 0, y: 0, width: 10, height: 20, rotation: 0 },
      }),
    ).toMatchObject({ kind: 'image', visible: false, assetId: 'x' });
    expect(readLayer({ id: 'b', kind: 'image', name: 'photo' })).toBeNull();
  });
});
