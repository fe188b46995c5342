import { useInfiniteQuery, usePrefetchInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flattenHistory, historyQueryOptions } from '../../../api/generations.ts';
import { platformModelsQueryOptions } from '../../../api/models.ts';
import { AppLink } from '../../../components/ui/app-link.tsx';
import { Button, buttonClass } from '../../../components/ui/button.tsx';
import { LoadingPanel } from '../../../components/ui/loading-panel.tsx';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { useNow } from '../../../hooks/use-now.ts';
import { useWatchJobs } from '../../../hooks/use-watch-jobs.ts';
import { useBulkDownload } from '../hooks/use-bulk-download.ts';
import { useDeleteGenerations } from '../hooks/use-delete-generations.ts';
import { useHistoryIndex } from '../hooks/use-history-index.ts';
import { useOpenParam } from '../hooks/use-open-param.ts';
import { useHistoryActions } from '../lib/history-actions.ts';
import { isFiltering, toIndexFilters } from '../lib/history-filters.ts';
import type { HistoryItem } from '../lib/history-items.ts';
import { loadedItem, searchHistory } from '../lib/history-search.ts';
import { HISTORY_MARKS, markHistory } from '../lib/perf-marks.ts';
import { EMPTY_SELECTION, selectAll, selectRange, toggleOne, without } from '../lib/selection.ts';
import { useHistoryUi } from '../store/history-ui-store.ts';
import { CompareDialog } from './compare-dialog.tsx';
import { ConfirmDeleteDialog } from './confirm-delete-dialog.tsx';
import { HistoryDetail } from './history-detail.tsx';
import { HistoryGrid } from './history-grid.tsx';
import type { SelectMode } from './history-tile.tsx';
import { HistoryToolbar } from './history-toolbar.tsx';
import { SelectionBar } from './selection-bar.tsx';

interface PendingDelete {
  ids: string[];
  prompt: string | null;
  /** Reopen the detail view on Cancel when the request came from it. */
  fromDetail: string | null;
}

const number = new Intl.NumberFormat('en-US');
/** Date filters ("last 24 hours") move on with the clock, a minute at a time. */
const MINUTE_MS = 60_000;

export function HistoryBrowser({ userId }: { userId: string }) {
  const client = useApiClient();
  const historyOptions = historyQueryOptions(client, userId);
  // On a first visit the first page is requested while this view renders (the route changes in a
  // transition), not after it commits and its effects run: the request and the render overlap.
  usePrefetchInfiniteQuery(historyOptions);
  const history = useInfiniteQuery(historyOptions);
  // Model names for the Model filter, asked for once the first page is in: nothing competes with it.
  const models = useQuery({ ...platformModelsQueryOptions(client), enabled: history.isSuccess });
  // The generation whose details are open is in the address (`?open=<id>`): the jobs tray and
  // a reload open it too.
  const [detailId, setDetailId] = useOpenParam();
  const filters = useHistoryUi((state) => state.filters);
  const setFilters = useHistoryUi((state) => state.setFilters);
  const resetFilters = useHistoryUi((state) => state.resetFilters);
  const { onDeleted } = useHistoryActions();
  const { index, snapshot } = useHistoryIndex(userId);
  const handleDeleted = useCallback(
    (ids: readonly string[]) => {
      index.remove(ids);
      onDeleted(ids);
    },
    [index, onDeleted],
  );
  const remove = useDeleteGenerations(userId, handleDeleted);

  const [selection, setSelection] = useState(EMPTY_SELECTION);
  const [pendingDelete, setPendingDelete] = useState<PendingDelete | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ index: number } | null>(null);
  const [compareIds, setCompareIds] = useState<readonly [string, string] | null>(null);

  useLayoutEffect(() => markHistory(HISTORY_MARKS.mount), []);

  const items = useMemo(() => flattenHistory(history.data), [history.data]);
  const bulk = useBulkDownload(items);
  const loadedById = useMemo(() => new Map(items.map((g) => [g.id, g])), [items]);
  const filtering = isFiltering(filters);
  const minute = Math.floor(useNow(filters.date !== 'any', MINUTE_MS) / MINUTE_MS) * MINUTE_MS;
  const indexFilters = useMemo(() => toIndexFilters(filters, minute), [filters, minute]);
  // Filtered, the grid shows every match in the whole history (the local index), never only
  // the loaded pages; unfiltered, the pages as they load, with every image of each.
  const shown: readonly HistoryItem[] = useMemo(
    () =>
      filtering
        ? searchHistory({
            index,
            loaded: items,
            query: filters.search,
            filters: indexFilters,
            indexComplete: snapshot.progress.complete,
          })
        : items.map(loadedItem),
    [filtering, index, items, filters.search, indexFilters, snapshot],
  );
  // Pending placeholders are watched through their job queries: they fill in when those settle.
  const pendingIds = useMemo(
    () => items.filter((g) => g.status === 'PENDING').map((g) => g.id),
    [items],
  );
  useWatchJobs('text-to-image', pendingIds);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = history;

  const onNearEnd = useMemo(
    () => (!filtering && hasNextPage && !isFetchingNextPage ? () => void fetchNextPage() : null),
    [filtering, hasNextPage, isFetchingNextPage, fetchNextPage],
  );

  const openItem = useCallback((item: HistoryItem) => setDetailId(item.id), [setDetailId]);
  // The order a Shift-click's range follows is the grid's, read when the click comes.
  const order = useRef<string[]>([]);
  useLayoutEffect(() => {
    order.current = shown.map((item) => item.id);
  }, [shown]);
  const select = useCallback(
    (id: string, mode: SelectMode) =>
      setSelection((current) =>
        mode === 'range' ? selectRange(current, order.current, id) : toggleOne(current, id),
      ),
    [],
  );
  const requestDelete = useCallback((item: HistoryItem) => {
    setPendingDelete({ ids: [item.id], prompt: item.prompt, fromDetail: null });
  }, []);
  const isFavourite = useCallback(
    (id: string) => index.isFavourite(id),
    // A new snapshot may hold a new favourite: tiles are drawn again with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, snapshot],
  );

  /** "Select all" takes what the filters show: unfiltered, every generation History knows. */
  function selectEverything() {
    if (filtering) return setSelection(selectAll(shown.map((item) => item.id)));
    const ids = new Set(items.map((g) => g.id));
    for (const entry of index.search('').items) ids.add(entry.id);
    setSelection(selectAll(ids));
  }
  const selectable = filtering
    ? shown.length
    : Math.max(items.length, snapshot.progress.complete ? snapshot.progress.indexed : 0);

  const firstRender = useCallback(() => {
    markHistory(HISTORY_MARKS.firstPage);
    try {
      performance.measure(HISTORY_MARKS.measure, HISTORY_MARKS.mount, HISTORY_MARKS.firstPage);
    } catch {
      // A mark was cleared by someone else; the two marks are still there to read.
    }
  }, []);

  function confirmDelete() {
    if (!pendingDelete) return;
    const ids = pendingDelete.ids;
    const firstIndex = shown.findIndex((item) => ids.includes(item.id));
    remove.mutate(ids);
    setSelection((current) => without(current, ids));
    setPendingDelete(null);
    setDetailId(null);
    setFocusRequest({ index: Math.max(0, firstIndex) });
  }

  function cancelDelete() {
    if (pendingDelete?.fromDetail) setDetailId(pendingDelete.fromDetail);
    setPendingDelete(null);
  }

  if (history.isPending) return <LoadingPanel label="Loading your history…" />;

  const loadedText = `${number.format(items.length)}${hasNextPage ? '+' : ''} loaded`;
  const summary = filtering
    ? `${number.format(shown.length)} found${snapshot.progress.complete ? '' : ' so far'}`
    : loadedText;
  const selectedIds = [...selection.ids];

  return (
    <>
      <HistoryToolbar
        filters={filters}
        onFiltersChange={setFilters}
        facets={index.facets()}
        models={models.data}
        summary={summary}
        progress={snapshot.progress}
        onRetryIndex={() => index.start()}
      />
      <SelectionBar
        selected={selection.ids.size}
        selectable={selectable}
        onSelectAll={selectEverything}
        onClear={() => setSelection(EMPTY_SELECTION)}
        onDownload={() => void bulk.run(selectedIds)}
        onCompare={() => {
          const [a, b] = selectedIds;
          if (a && b) setCompareIds([a, b]);
        }}
        onDelete={() => setPendingDelete({ ids: selectedIds, prompt: null, fromDetail: null })}
        bulk={bulk.state}
      />
      {remove.isError ? (
        <div
          role="alert"
          className="flex items-center justify-between gap-3 rounded-lg border border-danger/40 bg-danger-bg px-3 py-2 text-sm text-danger"
        >
          <span>Not deleted: {remove.error.message}</span>
          <Button variant="ghost" onClick={() => remove.reset()}>
            Dismiss
          </Button>
        </div>
      ) : null}
      {history.isError ? (
        <div role="alert" className="flex items-center gap-3 text-sm text-danger">
          <span>Could not load your history: {history.error.message}</span>
          <Button variant="ghost" onClick={() => void history.refetch()}>
            Retry
          </Button>
        </div>
      ) : null}
      {items.length === 0 && !history.isError && !filtering ? (
        <div className="rounded-xl border border-dashed border-border p-8 text-center text-muted">
          <p className="font-medium text-fg">Nothing here yet</p>
          <p className="mt-1">Generated images appear here, newest first.</p>
          <AppLink href="/generate" className={buttonClass('primary', 'mt-4')}>
            Generate images
          </AppLink>
        </div>
      ) : null}
      {filtering && shown.length === 0 ? (
        <div className="flex flex-wrap items-center gap-3 text-sm text-muted">
          <p>
            {snapshot.progress.complete
              ? 'No generation matches these filters.'
              : 'No generation matches these filters so far: the rest of your history is still being indexed.'}
          </p>
          <Button onClick={resetFilters}>Clear filters</Button>
        </div>
      ) : null}
      <HistoryGrid
        items={shown}
        selectedIds={selection.ids}
        isFavourite={isFavourite}
        onNearEnd={onNearEnd}
        onOpen={openItem}
        onRequestDelete={requestDelete}
        onSelect={select}
        onFirstRender={firstRender}
        focusRequest={focusRequest}
      />
      <div className="flex items-center justify-center gap-3 text-sm text-muted">
        {isFetchingNextPage ? <span role="status">Loading more…</span> : null}
      </div>
      {detailId !== null && !pendingDelete ? (
        <HistoryDetail
          key={detailId}
          id={detailId}
          fromList={loadedById.get(detailId)}
          index={index}
          onClose={() => setDetailId(null)}
          onDelete={(generation) =>
            setPendingDelete({
              ids: [generation.id],
              prompt: generation.prompt,
              fromDetail: generation.id,
            })
          }
        />
      ) : null}
      {pendingDelete ? (
        <ConfirmDeleteDialog
          count={pendingDelete.ids.length}
          prompt={pendingDelete.prompt}
          onConfirm={confirmDelete}
          onCancel={cancelDelete}
        />
      ) : null}
      {compareIds ? (
        <CompareDialog ids={compareIds} loaded={loadedById} onClose={() => setCompareIds(null)} />
      ) : null}
    </>
  );
}
