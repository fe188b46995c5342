import { create } from 'zustand';
import { NO_FILTERS, type HistoryFilters } from '../lib/history-filters.ts';

interface HistoryUiState {
  filters: HistoryFilters;
  setFilters: (patch: Partial<HistoryFilters>) => void;
  resetFilters: () => void;
}

/** History's filters: UI state, kept while moving between views (not across reloads). */
export const useHistoryUi = create<HistoryUiState>()((set) => ({
  filters: NO_FILTERS,
  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  resetFilters: () => set({ filters: NO_FILTERS }),
}));
