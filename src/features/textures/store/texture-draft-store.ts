import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { followScope, scopedPersist } from '../../../lib/scoped-persist.ts';
import { isRecord } from '../../../lib/tab-storage.ts';
import {
  DEFAULT_TEXTURE_DRAFT,
  PREVIEW_DIRECTIONS,
  TEXTURE_SD_VERSIONS,
  type TextureDraft,
} from '../lib/texture-form.ts';

interface TextureDraftState {
  draft: TextureDraft;
  update: (patch: Partial<TextureDraft>) => void;
}

/** A stored draft, field by field: anything missing or malformed takes its default. */
export function parseStoredDraft(stored: unknown): TextureDraft {
  const value = isRecord(stored) && isRecord(stored.draft) ? stored.draft : {};
  const draft: TextureDraft = { ...DEFAULT_TEXTURE_DRAFT };
  for (const field of ['prompt', 'negativePrompt', 'seed'] as const) {
    const text = value[field];
    if (typeof text === 'string') draft[field] = text;
  }
  if (typeof value.preview === 'boolean') draft.preview = value.preview;
  if (PREVIEW_DIRECTIONS.includes(value.previewDirection as TextureDraft['previewDirection'])) {
    draft.previewDirection = value.previewDirection as TextureDraft['previewDirection'];
  }
  if (typeof value.frontRotationOffset === 'number') {
    draft.frontRotationOffset = value.frontRotationOffset;
  }
  if (TEXTURE_SD_VERSIONS.some((version) => version.value === value.sdVersion)) {
    draft.sdVersion = value.sdVersion as TextureDraft['sdVersion'];
  }
  return draft;
}

/**
 * The texture form as typed: it outlives switching models or views and a reload, so a prompt is
 * never lost to a click elsewhere. Kept per user, like the Generate form.
 */
export const useTextureDraft = create<TextureDraftState>()(
  persist(
    (set) => ({
      draft: DEFAULT_TEXTURE_DRAFT,
      update: (patch) => set((state) => ({ draft: { ...state.draft, ...patch } })),
    }),
    scopedPersist({
      name: 'leonardo-studio.texture-draft',
      empty: { draft: DEFAULT_TEXTURE_DRAFT },
      parse: (stored) => ({ draft: parseStoredDraft(stored) }),
      partialize: (state) => ({ draft: state.draft }),
    }),
  ),
);
followScope(useTextureDraft);
