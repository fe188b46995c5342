import type { ImageInput } from '../document/arrange-ops.ts';
import { resizeBitmap } from '../document/bitmap.ts';
import { newId } from '../document/layers.ts';
import { decodeAsset } from '../persist/assets.ts';
import { assetKey } from '../persist/records.ts';
import { CanvasDocument } from '../document/canvas-document.ts';
import { releaseExportScratch } from '../document/export.ts';
import { stopJpegEncoder } from '../document/jpeg-encoder.ts';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../lib/canvas-settings.ts';
import { createExternalStore } from '../lib/external-store.ts';
import { NO_COST, type LiveCost } from '../lib/live-cost.ts';
import { sanitizeStaged } from '../lib/staging.ts';
import { DocumentStore } from '../persist/document-store.ts';
import { openScopeDb, type ScopeDb } from '../persist/scope-db.ts';
import { readSnapshotIndex, type SnapshotInfo } from '../persist/snapshot-index.ts';
import { createResultStores, type ResultStores } from '../store/results-store.ts';
import { useCanvasSettings } from '../store/settings-store.ts';
import { resetCanvasUi, useCanvasUi } from '../store/ui-store.ts';

const SETTINGS_KEY = 'settings';
/** Live mode's cost is summed for this tab's session (sessionStorage), per user. */
const costKey = (scope: string) => `leonardo-studio.canvas-live-cost ${scope}`;
const STAGED_KEY = 'staged';
const SETTINGS_SAVE_DELAY_MS = 100;

/** The settings record: the request settings and whether live mode was on. */
interface StoredSettings {
  settings: unknown;
  live: unknown;
}

function readCost(key: string): LiveCost {
  try {
    const raw = JSON.parse(sessionStorage.getItem(key) ?? 'null') as Partial<LiveCost> | null;
    const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
    return raw
      ? {
          credits: n(raw.credits),
          dollars: n(raw.dollars),
          answers: n(raw.answers),
          unknown: n(raw.unknown),
        }
      : NO_COST;
  } catch {
    return NO_COST;
  }
}

function writeCost(key: string, cost: LiveCost): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(cost));
  } catch {
    // Storage full or off: the sum is still shown until the canvas closes.
  }
}

/** Sessions being closed, by scope: a new one for the same user waits for the old one's last write. */
const closing = new Map<string, Promise<void>>();

/**
 * Earlier versions kept one canvas for whoever used the tab, in a database of this name; whose
 * work it was cannot be told, so it is removed rather than shown to the next user.
 */
const UNSCOPED_DB = 'leonardo-studio-canvas';
let unscopedRemoved = false;
function removeUnscopedDatabase(): void {
  if (unscopedRemoved || typeof indexedDB === 'undefined') return;
  unscopedRemoved = true;
  try {
    indexedDB.deleteDatabase(UNSCOPED_DB);
  } catch {
    // Storage may be off (a private window); there is nothing to remove then.
  }
}

/**
 * Everything the canvas keeps for one user on one server (the scope): the document and its undo
 * history, the staged results, the prompt and settings, live mode, snapshots, all in that scope's
 * own database. Closing the session writes what is pending and lets go of every pixel, so the
 * next user finds nothing of the previous one in memory or on screen.
 */
export class CanvasSession {
  readonly doc = new CanvasDocument();
  readonly db: ScopeDb;
  readonly store: DocumentStore;
  readonly results: ResultStores = createResultStores();
  readonly snapshots = createExternalStore<SnapshotInfo[]>([]);
  readonly ready: Promise<void>;
  /** When loading began and ended (performance.now()), for the benchmark's reload figure. */
  readonly timing = { started: performance.now(), loaded: 0, shown: 0 };
  private readonly stops: Array<() => void> = [];
  private closed = false;

  constructor(readonly scope: string) {
    removeUnscopedDatabase();
    this.db = openScopeDb(scope);
    this.store = new DocumentStore(this.db, this.doc, () => this.snapshotAssets());
    let cost = readCost(costKey(scope));
    this.results.live.set((s) => ({ ...s, cost }));
    this.stops.push(
      this.results.live.subscribe(() => {
        const next = this.results.live.get().cost;
        if (next !== cost) writeCost(costKey(scope), (cost = next));
      }),
    );
    // A fresh start for the stores every session shares with the page's UI.
    resetCanvasUi();
    useCanvasSettings.getState().replace(DEFAULT_SETTINGS);
    this.ready = this.hydrate();
  }

  private snapshotAssets(): Set<string> {
    return new Set(this.snapshots.get().flatMap((info) => info.assetIds));
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private async hydrate(): Promise<void> {
    await closing.get(this.scope);
    let loaded = false;
    try {
      const [stored, staged, snapshots, found] = await Promise.all([
        this.db.get<StoredSettings>(SETTINGS_KEY),
        this.db.get(STAGED_KEY),
        readSnapshotIndex(this.db),
        this.store.load(),
      ]);
      loaded = found;
      if (this.closed) return;
      if (stored) {
        useCanvasSettings.getState().replace(sanitizeSettings(stored.settings));
        useCanvasUi.getState().setLive(stored.live === true);
      }
      this.results.staging.set(sanitizeStaged(staged));
      this.snapshots.set(snapshots);
    } catch (error) {
      // A private window or a full disk: the canvas still works, it just cannot keep anything.
      this.store.state.set({
        status: 'error',
        savedVersion: -1,
        error: error instanceof Error ? error.message : 'The canvas could not be loaded.',
      });
      return;
    }
    if (this.closed) return;
    this.timing.loaded = performance.now();
    this.store.start({ loaded });
    this.saveSettingsOnChange();
    this.stops.push(
      this.results.staging.subscribe(() => void this.write(STAGED_KEY, this.results.staging.get())),
    );
    this.flushWhenHidden();
  }

  private saveSettingsOnChange(): void {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const save = () => {
      timer = null;
      const record: StoredSettings = {
        settings: useCanvasSettings.getState().settings,
        live: useCanvasUi.getState().live,
      };
      void this.write(SETTINGS_KEY, record);
    };
    const soon = () => (timer ??= setTimeout(save, SETTINGS_SAVE_DELAY_MS));
    this.stops.push(
      useCanvasSettings.subscribe((state, previous) => {
        if (state.settings !== previous.settings) soon();
      }),
      useCanvasUi.subscribe((state, previous) => {
        if (state.live !== previous.live) soon();
      }),
      () => {
        if (timer !== null) {
          clearTimeout(timer);
          save();
        }
      },
    );
  }

  /** Nothing is lost on a reload: leaving the page writes what is pending at once. */
  private flushWhenHidden(): void {
    const flush = () => void this.store.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    this.stops.push(() => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    });
  }

  private async write(key: string, value: unknown): Promise<void> {
    if (this.closed) return;
    try {
      await this.db.write([[key, value]], []);
    } catch (error) {
      this.store.state.set((s) => ({
        ...s,
        status: 'error',
        error: error instanceof Error ? error.message : 'The browser refused to store the canvas.',
      }));
    }
  }

  /** Stores an image file and decodes it, ready to be placed as a layer. */
  async storeImage(blob: Blob, name: string): Promise<ImageInput> {
    const asset = await decodeAsset(blob);
    const assetId = newId();
    await this.db.write([[assetKey(assetId), blob]], []);
    this.store.assetStored(assetId);
    return { assetId, source: asset.source, sourceSize: asset.size, name };
  }

  /** Writes what is pending, then forgets every pixel, result and setting of this user. */
  close(): Promise<void> {
    if (this.closed) return closing.get(this.scope) ?? Promise.resolve();
    for (const stop of this.stops.splice(0)) stop();
    const done = this.store
      .dispose()
      .catch(() => {})
      .then(() => this.release());
    this.closed = true;
    closing.set(this.scope, done);
    void done.finally(() => {
      if (closing.get(this.scope) === done) closing.delete(this.scope);
    });
    resetCanvasUi();
    useCanvasSettings.getState().replace(DEFAULT_SETTINGS);
    this.results.live.set((s) => ({ ...s, result: null }));
    this.results.staging.set([]);
    this.results.notice.set(null);
    this.snapshots.set([]);
    return done;
  }

  /** Gives the bitmaps' memory back at once rather than when they are collected. */
  private release(): void {
    for (const layer of this.doc.allLayers().values()) {
      if (layer.kind === 'image') {
        if (typeof ImageBitmap !== 'undefined' && layer.source instanceof ImageBitmap) {
          layer.source.close();
        }
      } else {
        resizeBitmap(layer.bitmap, { width: 0, height: 0 });
      }
    }
    resizeBitmap(this.doc.live.bitmap, { width: 0, height: 0 });
    resizeBitmap(this.doc.composite.bitmap, { width: 0, height: 0 });
    releaseExportScratch();
    stopJpegEncoder();
  }
}
