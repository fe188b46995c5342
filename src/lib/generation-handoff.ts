import { create } from 'zustand';

interface GenerationHandoffState {
  /** A generation whose settings the Generate view should load ("Reuse prompt" in History). */
  reuseId: string | null;
  /** A generation History should open in its detail view (a finished job in the tray). */
  openId: string | null;
  reuse: (generationId: string) => void;
  open: (generationId: string) => void;
  clearReuse: () => void;
  clearOpen: () => void;
}

/**
 * Hands a generation from one view to another: features do not import each other, so the sender
 * leaves the id here and navigates, and the receiver takes it. Only ids travel; the generation
 * itself is read through react-query (usually from the cache), so no server data sits in a store.
 */
export const useGenerationHandoff = create<GenerationHandoffState>()((set) => ({
  reuseId: null,
  openId: null,
  reuse: (reuseId) => set({ reuseId }),
  open: (openId) => set({ openId }),
  clearReuse: () => set({ reuseId: null }),
  clearOpen: () => set({ openId: null }),
}));
