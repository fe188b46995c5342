import { create } from 'zustand';
import { DEFAULT_SETTINGS, type CanvasSettings } from '../lib/canvas-settings.ts';

interface SettingsState {
  settings: CanvasSettings;
  update: (patch: Partial<CanvasSettings>) => void;
  replace: (settings: CanvasSettings) => void;
}

/** The request settings form (prompt, style, strength…): UI state, saved with the sketch. */
export const useCanvasSettings = create<SettingsState>()((set) => ({
  settings: DEFAULT_SETTINGS,
  update: (patch) => set((state) => ({ settings: { ...state.settings, ...patch } })),
  replace: (settings) => set({ settings }),
}));

export const getCanvasSettings = () => useCanvasSettings.getState().settings;
