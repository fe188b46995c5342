import { sanitizeSettings } from '../lib/canvas-settings.ts';
import { createExternalStore } from '../lib/external-store.ts';
import { sanitizeStaged } from '../lib/staging.ts';
import { stagingStore } from '../store/results-store.ts';
import { useCanvasSettings } from '../store/settings-store.ts';
import { CanvasDocument } from './canvas-document.ts';
import {
  loadSavedDocument,
  loadSavedSettings,
  loadSavedStaged,
  saveDocument,
  saveSettings,
  saveStaged,
} from './persistence.ts';

export type SaveStatus = 'loading' | 'saved' | 'saving' | 'error';

export interface SessionState {
  status: SaveStatus;
  /** The document version last written to IndexedDB. */
  savedVersion: number;
  error: string | null;
}

/** Whether the sketch is loaded and saved; the UI says so, tests wait for it. */
export const sessionStore = createExternalStore<SessionState>({
  status: 'loading',
  savedVersion: -1,
  error: null,
});

let doc: CanvasDocument | null = null;
let hydration: Promise<void> | null = null;

/** One document per tab: leaving the canvas view and coming back keeps everything. */
export function getCanvasDocument(): CanvasDocument {
  return (doc ??= new CanvasDocument());
}

const DOCUMENT_SAVE_DELAY_MS = 400;
const SETTINGS_SAVE_DELAY_MS = 300;

function debounce(run: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      run();
    }, ms);
  };
}

function reportSaveError(error: unknown): void {
  sessionStore.set((s) => ({
    ...s,
    status: 'error',
    error: error instanceof Error ? error.message : 'The browser refused to store the sketch.',
  }));
}

let saving = false;
async function saveDocumentNow(document: CanvasDocument): Promise<void> {
  if (saving) return;
  saving = true;
  const version = document.state.get().version;
  sessionStore.set((s) => ({ ...s, status: 'saving' }));
  try {
    await saveDocument(document.save());
    sessionStore.set({ status: 'saved', savedVersion: version, error: null });
  } catch (error) {
    reportSaveError(error);
  } finally {
    saving = false;
  }
  // Strokes made while writing are saved by the next round.
  if (document.state.get().version !== version) scheduleDocumentSave();
}

let scheduleDocumentSave: () => void = () => {};

function startAutosave(document: CanvasDocument): void {
  scheduleDocumentSave = debounce(() => void saveDocumentNow(document), DOCUMENT_SAVE_DELAY_MS);
  let version = document.state.get().version;
  document.state.subscribe(() => {
    const next = document.state.get().version;
    if (next === version) return;
    version = next;
    sessionStore.set((s) => (s.status === 'saved' ? { ...s, status: 'saving' } : s));
    scheduleDocumentSave();
  });
  const saveSettingsSoon = debounce(() => {
    saveSettings(useCanvasSettings.getState().settings).catch(reportSaveError);
  }, SETTINGS_SAVE_DELAY_MS);
  useCanvasSettings.subscribe((state, previous) => {
    if (state.settings !== previous.settings) saveSettingsSoon();
  });
  stagingStore.subscribe(() => {
    saveStaged(stagingStore.get()).catch(reportSaveError);
  });
}

/** Loads what the last visit saved (once per tab), then saves every change. */
export function hydrateCanvas(): Promise<void> {
  return (hydration ??= (async () => {
    const document = getCanvasDocument();
    try {
      const [saved, settings, staged] = await Promise.all([
        loadSavedDocument(),
        loadSavedSettings(),
        loadSavedStaged(),
      ]);
      if (saved) document.restore(saved);
      if (settings !== undefined) useCanvasSettings.getState().replace(sanitizeSettings(settings));
      stagingStore.set(sanitizeStaged(staged));
      sessionStore.set({
        status: 'saved',
        savedVersion: document.state.get().version,
        error: null,
      });
    } catch (error) {
      // A private window or a full disk: the canvas still works, it just cannot keep anything.
      reportSaveError(error);
    }
    startAutosave(document);
  })());
}
