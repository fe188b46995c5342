import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { followScope, scopedPersist } from '../../../lib/scoped-persist.ts';
import { isRecord } from '../../../lib/tab-storage.ts';
import {
  GENERATION_KINDS,
  NO_FILTERS,
  type GenerationKind,
  type HistoryFilters,
} from '../lib/history-filters.ts';

interface HistoryUiState {
  filters: HistoryFilters;
  setFilters: (patch: Partial<HistoryFilters>) => void;
  resetFilters: () => void;
}

const STATUSES = ['all', 'PENDING', 'COMPLETE', 'FAILED'] as const;

function parseFilters(stored: unknown): HistoryFilters {
  const filters = isRecord(stored) && isRecord(stored.filters) ? stored.filters : {};
  const kind = filters.kind as HistoryFilters['kind'];
  const status = filters.status as HistoryFilters['status'];
  return {
    kind: kind === 'all' || GENERATION_KINDS.includes(kind as GenerationKind) ? kind : 'all',
    status: STATUSES.includes(status) ? status : 'all',
    search: typeof filters.search === 'string' ? filters.search : '',
  };
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
      parse: (stored) => ({ filters: parseFilters(stored) }),
      partialize: (state) => ({ filters: state.filters }),
    }),
  ),
);
followScope(useHistoryUi);
