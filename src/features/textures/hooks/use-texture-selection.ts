import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { readSelection, writeSelection, type TextureSelection } from '../lib/selection-url.ts';

const SELECTION_EVENT = 'textures:selection';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(SELECTION_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(SELECTION_EVENT, onChange);
  };
}

const getSearch = () => window.location.search;

/**
 * The open model and texture generation, kept in the address bar (see selection-url.ts).
 * Changes replace the history entry: picking models should not fill up Back.
 */
export function useTextureSelection() {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch);
  const selection = useMemo(() => readSelection(search), [search]);

  const select = useCallback((patch: Partial<TextureSelection>) => {
    const current = readSelection(window.location.search);
    const next = { ...current, ...patch };
    // Another model's texture makes no sense: switching models closes the open texture.
    if (patch.modelId !== undefined && patch.modelId !== current.modelId && !patch.textureId) {
      next.textureId = null;
    }
    const nextSearch = writeSelection(window.location.search, next);
    if (nextSearch === window.location.search) return;
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${nextSearch}${window.location.hash}`,
    );
    window.dispatchEvent(new Event(SELECTION_EVENT));
  }, []);

  return { ...selection, select };
}
