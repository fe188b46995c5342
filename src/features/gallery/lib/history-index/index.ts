/** The local index of a user's generations: search and filters over all of History. */
export { apiPage, historyScope } from './api-page.ts';
export type { IndexedGeneration } from './entry.ts';
export type { FetchPage } from './filler.ts';
export {
  DEFAULT_FULL_PASS_INTERVAL_MS,
  DEFAULT_PAGE_SIZE,
  createHistoryIndex,
  type HistoryIndex,
  type HistoryIndexOptions,
  type HistoryIndexSnapshot,
} from './history-index.ts';
export { formatIndexProgress, type IndexProgress, type IndexState } from './progress.ts';
export {
  orientationOf,
  type HistoryFacets,
  type HistoryIndexFilters,
  type HistorySearchResult,
  type Orientation,
  type SizeFilter,
} from './search.ts';
export { createIdbHistoryStorage, type HistoryIndexStorage } from './storage.ts';
export { documentVisibility, type VisibilitySource } from './visibility.ts';
