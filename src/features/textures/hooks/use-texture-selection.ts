import { useCallback, useMemo } from 'react';
import { replaceSearch, useSearch } from '../../../lib/router.ts';
import { readSelection, writeSelection, type TextureSelection } from '../lib/selection-url.ts';

/**
 * The open model and texture generation, kept in the address bar (see selection-url.ts).
 * Changes replace the history entry: picking models should not fill up Back.
 */
export function useTextureSelection() {
  const search = useSearch();
  const selection = useMemo(() => readSelection(search), [search]);

  const select = useCallback((patch: Partial<TextureSelection>) => {
    const current = readSelection(window.location.search);
    const next = { ...current, ...patch };
    // Another model's texture makes no sense: switching models closes the open texture.
    if (patch.modelId !== undefined && patch.modelId !== current.modelId && !patch.textureId) {
      next.textureId = null;
    }
    replaceSearch(writeSelection(window.location.search, next));
  }, []);

  return { ...selection, select };
}
