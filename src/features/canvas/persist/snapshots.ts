import { createBitmap } from '../document/bitmap.ts';
import type { CanvasDocument } from '../document/canvas-document.ts';
import {
  newId,
  type AnyLayer,
  type Arrangement,
  type Layer,
  type MaskLayer,
} from '../document/layers.ts';
import { decodeAsset } from './assets.ts';
import { assetKey, readFrame, readLayer, storeLayer, type StoredLayer } from './records.ts';
import type { ScopeDb } from './scope-db.ts';
import { MAX_SNAPSHOTS, SNAPSHOTS_KEY, snapshotKey, type SnapshotInfo } from './snapshot-index.ts';

/** Saving, restoring and deleting snapshots; loaded when the user first does one of them. */
interface StoredSnapshot {
  background: string;
  frame: Arrangement['frame'];
  layers: Array<StoredLayer & { png?: Blob }>;
  mask: StoredLayer & { png?: Blob };
}

const png = (canvas: HTMLCanvasElement) =>
  new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The snapshot could not be encoded.'))),
      'image/png',
    ),
  );

async function storedWithPixels(layer: AnyLayer): Promise<StoredLayer & { png?: Blob }> {
  const record = storeLayer(layer);
  return layer.kind === 'image' ? record : { ...record, png: await png(layer.bitmap.canvas) };
}

/** Saves the canvas as it is now under `name`; returns the new list (newest first). */
export async function saveSnapshot(
  db: ScopeDb,
  doc: CanvasDocument,
  name: string,
  list: readonly SnapshotInfo[],
): Promise<SnapshotInfo[]> {
  const a = doc.arrangement;
  const snapshot: StoredSnapshot = {
    background: doc.background,
    frame: { size: a.frame.size, fresh: [...a.frame.fresh] },
    layers: await Promise.all(a.layers.map(storedWithPixels)),
    mask: await storedWithPixels(a.mask),
  };
  const info: SnapshotInfo = {
    id: newId(),
    name: name.trim().slice(0, 80) || 'Snapshot',
    createdAt: Date.now(),
    width: a.frame.size.width,
    height: a.frame.size.height,
    assetIds: a.layers.flatMap((layer) => (layer.kind === 'image' ? [layer.assetId] : [])),
  };
  const next = [info, ...list];
  const removed = next.slice(MAX_SNAPSHOTS);
  const kept = next.slice(0, MAX_SNAPSHOTS);
  await db.write(
    [
      [snapshotKey(info.id), snapshot],
      [SNAPSHOTS_KEY, kept],
    ],
    removed.map((old) => snapshotKey(old.id)),
  );
  return kept;
}

export async function deleteSnapshot(
  db: ScopeDb,
  id: string,
  list: readonly SnapshotInfo[],
): Promise<SnapshotInfo[]> {
  const kept = list.filter((info) => info.id !== id);
  await db.write([[SNAPSHOTS_KEY, kept]], [snapshotKey(id)]);
  return kept;
}

async function drawPng(blob: Blob | undefined, width: number, height: number) {
  const bitmap = createBitmap({ width, height });
  if (blob) {
    const image = await createImageBitmap(blob);
    bitmap.ctx.drawImage(image, 0, 0);
    image.close();
  }
  return bitmap;
}

/**
 * The arrangement a snapshot holds, as new layers (the current ones stay in the undo step that
 * restoring it makes).
 */
export async function loadSnapshot(
  db: ScopeDb,
  id: string,
): Promise<{ arrangement: Arrangement; background: string }> {
  const raw = (await db.get(snapshotKey(id))) as Partial<StoredSnapshot> | undefined;
  const frame = readFrame(raw?.frame);
  const maskRecord = readLayer(raw?.mask);
  if (!raw || !frame || !maskRecord || !Array.isArray(raw.layers)) {
    throw new Error('This snapshot can no longer be read.');
  }
  const { width, height } = frame.size;
  const layers: Layer[] = [];
  for (const value of raw.layers) {
    const record = readLayer(value);
    if (!record) continue;
    const props = {
      id: newId(),
      name: record.name,
      visible: record.visible,
      opacity: record.opacity,
    };
    if (record.kind === 'image') {
      const blob = await db.get(assetKey(record.assetId!));
      if (!(blob instanceof Blob)) continue;
      const asset = await decodeAsset(blob);
      layers.push({
        kind: 'image',
        ...props,
        assetId: record.assetId!,
        source: asset.source,
        sourceSize: asset.size,
        placement: record.placement!,
      });
    } else if (record.kind === 'sketch') {
      const bitmap = await drawPng((value as { png?: Blob }).png, width, height);
      layers.push({ kind: 'sketch', ...props, bitmap });
    }
  }
  const mask: MaskLayer = {
    kind: 'mask',
    id: newId(),
    name: maskRecord.name,
    visible: maskRecord.visible,
    opacity: maskRecord.opacity,
    bitmap: await drawPng(raw.mask?.png, width, height),
  };
  const top = [...layers].reverse().find((layer) => layer.kind === 'sketch');
  return {
    arrangement: { frame, layers, mask, selectedId: top?.id ?? null },
    background: typeof raw.background === 'string' ? raw.background : '#ffffff',
  };
}
