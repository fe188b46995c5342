import { createStore, get, set } from 'idb-keyval';
import { isOutputSize } from '../lib/canvas-settings.ts';
import { isHexColour } from '../lib/colour.ts';
import type { PixelData } from './bitmap.ts';
import type { SavedDocument } from './document-state.ts';

/**
 * The canvas keeps its sketch, mask, settings and staged results in its own IndexedDB database
 * (never localStorage): they are megabytes of pixels, and they survive a reload.
 */
const KEYS = { document: 'document', settings: 'settings', staged: 'staged' } as const;

let store: ReturnType<typeof createStore> | null = null;
const db = () => (store ??= createStore('leonardo-studio-canvas', 'state'));

const isPixels = (value: unknown): value is PixelData => {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Partial<PixelData>;
  return (
    typeof p.width === 'number' &&
    typeof p.height === 'number' &&
    p.data instanceof Uint8ClampedArray &&
    p.data.length === p.width * p.height * 4
  );
};

/** A saved document, if one is there and whole (sizes agree everywhere). */
export function sanitizeSavedDocument(raw: unknown): SavedDocument | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const doc = raw as Partial<SavedDocument>;
  if (!doc.size || !isOutputSize(doc.size) || !isPixels(doc.paint) || !isPixels(doc.mask)) {
    return null;
  }
  const fits = (p: PixelData) => p.width === doc.size!.width && p.height === doc.size!.height;
  if (!fits(doc.paint) || !fits(doc.mask)) return null;
  return {
    size: { width: doc.size.width, height: doc.size.height },
    background:
      typeof doc.background === 'string' && isHexColour(doc.background)
        ? doc.background
        : '#ffffff',
    paint: doc.paint,
    mask: doc.mask,
  };
}

export const loadSavedDocument = async () => sanitizeSavedDocument(await get(KEYS.document, db()));
export const saveDocument = (doc: SavedDocument) => set(KEYS.document, doc, db());

export const loadSavedSettings = () => get<unknown>(KEYS.settings, db());
export const saveSettings = (settings: unknown) => set(KEYS.settings, settings, db());

export const loadSavedStaged = () => get<unknown>(KEYS.staged, db());
export const saveStaged = (items: unknown) => set(KEYS.staged, items, db());
