import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { followScope, scopedPersist } from '../../../lib/scoped-persist.ts';
import { isRecord } from '../../../lib/tab-storage.ts';
import { NO_FILTERS, parseFilters, type HistoryFilters } from '../lib/history-filters.ts';

interface HistoryUiState {
  filters: HistoryFilters;
  setFilters: (patch: Partial<HistoryFilters>) => void;
  resetFilters: () => void;
}

/** History's filters: UI state, kept per user for this tab (a sign-out puts them away). */
export const useHistoryUi = create<HistoryUiState>()(
  persist(
    (set) => ({
      filters: NO_FILTERS,
      setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
      resetFilters: () => set({ filters: NO_FILTERS }),
    }),
    scopedPersist({
      name: 'leonardo-studio.history-filters',
      empty: { filters: NO_FILTERS },
      parse: (stored) => ({ filters: parseFilters(isRecord(stored) ? stored.filters : undefined) }),
      partialize: (state) => ({ filters: state.filters }),
    }),
  ),
);
followScope(useHistoryUi);
