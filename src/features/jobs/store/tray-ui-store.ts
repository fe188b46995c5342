import { create } from 'zustand';
import { selectScope, useSessionStore } from '../../../lib/session-store.ts';

interface TrayUiState {
  /** Whether the tray's panel is shown; the header's Jobs button stays either way. */
  open: boolean;
  setOpen: (open: boolean) => void;
  toggle: () => void;
}

/** UI state only: not kept across reloads, where the tray opens again if a job is still going. */
export const useTrayUi = create<TrayUiState>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
  toggle: () => set((state) => ({ open: !state.open })),
}));

// Another user starts with the tray closed.
useSessionStore.subscribe((state, previous) => {
  if (selectScope(state) !== selectScope(previous)) useTrayUi.setState({ open: false });
});
