import { create } from 'zustand';
import { DEFAULT_TEXTURE_DRAFT, type TextureDraft } from '../lib/texture-form.ts';

interface TextureDraftState {
  draft: TextureDraft;
  update: (patch: Partial<TextureDraft>) => void;
}

/**
 * The texture form as typed: it outlives switching models or views, so a prompt is never lost
 * to a click elsewhere. UI state only, in memory (a reload starts afresh).
 */
export const useTextureDraft = create<TextureDraftState>()((set) => ({
  draft: DEFAULT_TEXTURE_DRAFT,
  update: (patch) => set((state) => ({ draft: { ...state.draft, ...patch } })),
}));
