import {
  allTiles,
  isTransparent,
  tileAt,
  tileGrid,
  tilesTouching,
  type Tile,
} from '../../../lib/geometry/tiles.ts';
import { createBitmap, type Bitmap } from '../document/bitmap.ts';
import type { CanvasDocument, DocumentChange } from '../document/canvas-document.ts';
import type { DocumentEntry } from '../document/history-entries.ts';
import type { AnyLayer } from '../document/layers.ts';
import { createExternalStore, type ExternalStore } from '../lib/external-store.ts';
import { decodeAsset, type DecodedAsset } from './assets.ts';
import {
  DOC_KEY,
  assetKey,
  entryKey,
  layerKey,
  pixelsToImageData,
  readDoc,
  readEntry,
  readLayer,
  readPixels,
  resolveArrangement,
  storeArrangement,
  storeEntry,
  storeLayer,
  storePixels,
  tileKey,
  STORE_VERSION,
  type StoredDoc,
  type StoredLayer,
} from './records.ts';
import type { ScopeDb } from './scope-db.ts';

export type SaveStatus = 'loading' | 'saved' | 'saving' | 'error';

export interface SaveState {
  status: SaveStatus;
  /** The document version last written to IndexedDB. */
  savedVersion: number;
  error: string | null;
}

/** A change is written at most this long after it is made (and at once when the page hides). */
export const SAVE_DELAY_MS = 40;

/** The largest tile grid a layer can have (a 1024² frame): every key a layer may have used. */
const MAX_GRID = tileGrid({ width: 1024, height: 1024 });

function everyTileKey(id: string): string[] {
  const out: string[] = [];
  for (let row = 0; row < MAX_GRID.rows; row++) {
    for (let column = 0; column < MAX_GRID.columns; column++) out.push(tileKey(id, column, row));
  }
  return out;
}

const message = (error: unknown) =>
  error instanceof Error ? error.message : 'The browser refused to store the canvas.';

/**
 * Keeps a document in its scope's database: the arrangement, each layer as tiles (only those a
 * change touched are written again), every undo step, the image files. Changes are written within
 * SAVE_DELAY_MS, in one transaction each time, so a crash loses at most that much and never
 * leaves half a step behind.
 */
export class DocumentStore {
  readonly state: ExternalStore<SaveState> = createExternalStore<SaveState>({
    status: 'loading',
    savedVersion: -1,
    error: null,
  });
  private readonly tiles = new Map<string, Set<string>>();
  private readonly resized = new Set<string>();
  private readonly layers = new Set<string>();
  private readonly entries = new Map<number, DocumentEntry>();
  private readonly droppedEntries = new Set<number>();
  /** Layer ids and asset ids the database holds, for what is no longer needed to be deleted. */
  private storedLayers = new Set<string>();
  private storedAssets = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> | null = null;
  private again = false;
  private stopListening: (() => void) | null = null;
  private disposed = false;
  /**
   * Nothing is written before the stored document has been read (or found missing): a canvas
   * closed while loading would otherwise write its empty first state over the user's work.
   */
  private started = false;

  constructor(
    private readonly db: ScopeDb,
    private readonly doc: CanvasDocument,
    /** Asset ids that snapshots still use, which must outlive the layers that had them. */
    private readonly keptAssets: () => ReadonlySet<string> = () => new Set(),
  ) {}

  /**
   * Starts writing every change of the document. A document that was not loaded from here (a
   * first visit) is written whole at once.
   */
  start({ loaded }: { loaded: boolean }): void {
    this.started = true;
    this.stopListening = this.doc.onChange((change) => this.note(change));
    this.state.set({ status: 'saved', savedVersion: this.doc.state.get().version, error: null });
    if (!loaded) {
      const ids = [...this.doc.allLayers().keys()];
      this.note({ pixels: [], resized: ids, layers: ids, written: [], dropped: [] });
    }
  }

  /** Marks an image file as written (by the import, before a layer refers to it). */
  assetStored(id: string): void {
    this.storedAssets.add(id);
  }

  private note(change: DocumentChange): void {
    if (this.disposed) return;
    for (const { id, rect } of change.pixels) {
      const layer = this.doc.allLayers().get(id);
      if (!layer || layer.kind === 'image') continue;
      const set = this.tiles.get(id) ?? new Set<string>();
      for (const tile of tilesTouching(rect, layer.bitmap.canvas)) {
        set.add(`${tile.column}:${tile.row}`);
      }
      this.tiles.set(id, set);
    }
    for (const id of change.resized) this.resized.add(id);
    for (const id of change.layers) {
      this.layers.add(id);
      // A layer never stored yet (a restored snapshot's, a resampled one) is written whole.
      if (!this.storedLayers.has(id)) this.resized.add(id);
    }
    for (const entry of change.written) this.entries.set(entry.seq, entry);
    for (const entry of change.dropped) {
      this.entries.delete(entry.seq);
      this.droppedEntries.add(entry.seq);
    }
    this.state.set((s) => (s.status === 'error' ? s : { ...s, status: 'saving' }));
    // A throttle, not a debounce: a canvas that keeps changing is still saved this often.
    this.timer ??= setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, SAVE_DELAY_MS);
  }

  /** Writes everything not yet written; resolves when it is stored. */
  flush(): Promise<void> {
    if (!this.started || this.disposed) return Promise.resolve();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.writing) {
      this.again = true;
      return this.writing;
    }
    this.writing = this.writeNow().finally(() => {
      this.writing = null;
      if (this.again) {
        this.again = false;
        void this.flush();
      }
    });
    return this.writing;
  }

  private async writeNow(): Promise<void> {
    const version = this.doc.state.get().version;
    const puts: Array<[string, unknown]> = [];
    const deletes = new Set<string>();
    const live = this.doc.allLayers();
    const { done, undone } = this.doc.historyEntries;
    const stored: StoredDoc = {
      version: STORE_VERSION,
      ...storeArrangement(this.doc.arrangement),
      background: this.doc.background,
      history: { done: done.map((e) => e.seq), undone: undone.map((e) => e.seq) },
    };
    puts.push([DOC_KEY, stored]);

    for (const id of new Set([...this.layers, ...this.resized, ...this.tiles.keys()])) {
      const layer = live.get(id);
      if (layer) puts.push([layerKey(id), storeLayer(layer)]);
    }
    for (const id of this.resized) {
      const layer = live.get(id);
      if (!layer || layer.kind === 'image') continue;
      for (const key of everyTileKey(id)) deletes.add(key);
      this.writeTiles(layer, allTiles(layer.bitmap.canvas), puts, deletes);
      this.tiles.delete(id);
    }
    for (const [id, names] of this.tiles) {
      const layer = live.get(id);
      if (!layer || layer.kind === 'image') continue;
      const size = layer.bitmap.canvas;
      const tiles = [...names].map((name) => {
        const [column, row] = name.split(':').map(Number) as [number, number];
        return tileAt(column, row, size);
      });
      this.writeTiles(layer, tiles, puts, deletes);
    }
    for (const entry of this.entries.values()) puts.push([entryKey(entry.seq), storeEntry(entry)]);
    for (const seq of this.droppedEntries) deletes.add(entryKey(seq));
    this.collectGarbage(live, deletes);
    const written = new Set(puts.map(([key]) => key));
    for (const key of deletes) if (written.has(key)) deletes.delete(key);

    this.tiles.clear();
    this.resized.clear();
    this.layers.clear();
    this.entries.clear();
    this.droppedEntries.clear();
    try {
      await this.db.write(puts, deletes);
      if (this.disposed) return;
      for (const id of live.keys()) this.storedLayers.add(id);
      const pending = this.timer !== null;
      this.state.set({
        status: pending ? 'saving' : 'saved',
        savedVersion: version,
        error: null,
      });
    } catch (error) {
      if (!this.disposed) this.state.set((s) => ({ ...s, status: 'error', error: message(error) }));
    }
  }

  private writeTiles(
    layer: Exclude<AnyLayer, { kind: 'image' }>,
    tiles: readonly Tile[],
    puts: Array<[string, unknown]>,
    deletes: Set<string>,
  ): void {
    for (const { column, row, rect } of tiles) {
      const key = tileKey(layer.id, column, row);
      const pixels = layer.bitmap.ctx.getImageData(rect.x, rect.y, rect.width, rect.height);
      if (isTransparent(pixels.data)) deletes.add(key);
      else puts.push([key, storePixels(pixels)]);
    }
  }

  /** Layers and image files nothing refers to any more (an old step was dropped) are deleted. */
  private collectGarbage(live: Map<string, AnyLayer>, deletes: Set<string>): void {
    for (const id of this.storedLayers) {
      if (live.has(id)) continue;
      deletes.add(layerKey(id));
      for (const key of everyTileKey(id)) deletes.add(key);
      this.storedLayers.delete(id);
    }
    const used = new Set(this.keptAssets());
    for (const layer of live.values()) if (layer.kind === 'image') used.add(layer.assetId);
    for (const id of this.storedAssets) {
      if (used.has(id)) continue;
      deletes.add(assetKey(id));
      this.storedAssets.delete(id);
    }
  }

  /**
   * Loads what the database holds into the document: false when there is nothing (a first
   * visit) or it cannot be read whole. Steps that refer to something missing are left out,
   * with every older one.
   */
  async load(): Promise<boolean> {
    // A handful of requests, each reading every record of a kind at once, all in parallel: a
    // reload waits on the slowest of them, not on a request per tile and per step.
    const [rawDoc, layerRecords, entryRecords, tileRecords, assetKeys] = await Promise.all([
      this.db.get(DOC_KEY),
      this.db.withPrefix('layer:'),
      this.db.withPrefix('entry:'),
      this.db.withPrefix('tile:'),
      this.db.keys().then((keys) => keys.filter((key) => key.startsWith('asset:'))),
    ]);
    this.storedAssets = new Set(assetKeys.map((key) => key.slice(6)));
    this.storedLayers = new Set(layerRecords.map(([key]) => key.slice(6)));
    const doc = readDoc(rawDoc);
    if (!doc) return false;
    const bySeq = new Map(entryRecords.map(([key, value]) => [key, value]));
    const rawEntries = [...doc.history.done, ...doc.history.undone].map((seq) =>
      bySeq.get(entryKey(seq)),
    );
    const layers = await this.buildLayers(
      layerRecords.map(([, value]) => readLayer(value)).filter((r): r is StoredLayer => r !== null),
      tileRecords,
    );
    const arrangement = resolveArrangement(doc, layers, true);
    if (!arrangement) return false;
    const read = (raw: unknown[]) => {
      const entries = raw.map((value) => readEntry(value, layers, pixelsToImageData));
      const broken = entries.lastIndexOf(null);
      return entries.slice(broken + 1) as DocumentEntry[];
    };
    const done = read(rawEntries.slice(0, doc.history.done.length));
    const undone = read(rawEntries.slice(doc.history.done.length));
    const dropped = this.doc.restore(arrangement, doc.background, { done, undone });
    for (const entry of dropped) this.droppedEntries.add(entry.seq);
    return true;
  }

  /** The stored layers: sketch layers and masks from their tiles, images from their files. */
  private async buildLayers(
    records: StoredLayer[],
    tiles: Array<[string, unknown]>,
  ): Promise<Map<string, AnyLayer>> {
    const assetIds = [...new Set(records.flatMap((r) => (r.assetId ? [r.assetId] : [])))];
    // Image files decode (off the main thread) while the tiles are put back.
    const decoding = this.db.getMany(assetIds.map(assetKey)).then(async (blobs) => {
      const decoded = new Map<string, DecodedAsset>();
      await Promise.all(
        blobs.map(async (blob, i) => {
          if (!(blob instanceof Blob)) return;
          try {
            decoded.set(assetIds[i]!, await decodeAsset(blob));
          } catch {
            // A file the browser can no longer read: its layer is left out.
          }
        }),
      );
      return decoded;
    });
    const layers = new Map<string, AnyLayer>();
    const bitmaps = new Map<string, Bitmap>();
    for (const record of records) {
      const props = {
        id: record.id,
        name: record.name,
        visible: record.visible,
        opacity: record.opacity,
      };
      if (record.kind === 'image') continue;
      const bitmap = createBitmap({ width: record.width, height: record.height });
      bitmaps.set(record.id, bitmap);
      layers.set(record.id, { kind: record.kind, ...props, bitmap } as AnyLayer);
    }
    for (const [key, value] of tiles) {
      // tile:<id>:<column>:<row>
      const [, id, column, row] = key.split(':');
      const bitmap = bitmaps.get(id!);
      const pixels = readPixels(value);
      if (!bitmap || !pixels) continue;
      const { rect } = tileAt(Number(column), Number(row), bitmap.canvas);
      if (pixels.width !== rect.width || pixels.height !== rect.height) continue;
      bitmap.ctx.putImageData(pixelsToImageData(pixels), rect.x, rect.y);
    }
    const assets = await decoding;
    for (const record of records) {
      if (record.kind !== 'image') continue;
      const asset = assets.get(record.assetId!);
      if (!asset) continue;
      layers.set(record.id, {
        kind: 'image',
        id: record.id,
        name: record.name,
        visible: record.visible,
        opacity: record.opacity,
        assetId: record.assetId!,
        source: asset.source,
        sourceSize: asset.size,
        placement: record.placement!,
      });
    }
    return layers;
  }

  /** Stops writing; what is pending is written first. */
  async dispose(): Promise<void> {
    this.stopListening?.();
    this.stopListening = null;
    await this.flush();
    // A write already under way (a flush of its own) is waited for too.
    await this.writing;
    this.disposed = true;
  }
}
