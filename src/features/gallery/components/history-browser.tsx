import { useInfiniteQuery, usePrefetchInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import type { Generation } from '../../../../contract/index.ts';
import { flattenHistory, historyQueryOptions } from '../../../api/generations.ts';
import { AppLink } from '../../../components/ui/app-link.tsx';
import { Button, buttonClass } from '../../../components/ui/button.tsx';
import { LoadingPanel } from '../../../components/ui/loading-panel.tsx';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { useWatchJobs } from '../../../hooks/use-watch-jobs.ts';
import { useDeleteGenerations } from '../hooks/use-delete-generations.ts';
import { useOpenParam } from '../hooks/use-open-param.ts';
import { useHistoryActions } from '../lib/history-actions.ts';
import { filterGenerations, isFiltering } from '../lib/history-filters.ts';
import { HISTORY_MARKS, markHistory } from '../lib/perf-marks.ts';
import { useHistoryUi } from '../store/history-ui-store.ts';
import { ConfirmDeleteDialog } from './confirm-delete-dialog.tsx';
import { HistoryDetail } from './history-detail.tsx';
import { HistoryGrid } from './history-grid.tsx';
import { HistoryToolbar } from './history-toolbar.tsx';

interface PendingDelete {
  ids: string[];
  prompt: string | null;
  /** Reopen the detail view on Cancel when the request came from it. */
  fromDetail: string | null;
}

export function HistoryBrowser({ userId }: { userId: string }) {
  const client = useApiClient();
  const historyOptions = historyQueryOptions(client, userId);
  // On a first visit the first page is requested while this view renders (the route changes in a
  // transition), not after it commits and its effects run: the request and the render overlap.
  usePrefetchInfiniteQuery(historyOptions);
  const history = useInfiniteQuery(historyOptions);
  // The generation whose details are open is in the address (`?open=<id>`): the jobs tray and
  // a reload open it too.
  const [detailId, setDetailId] = useOpenParam();
  const filters = useHistoryUi((state) => state.filters);
  const setFilters = useHistoryUi((state) => state.setFilters);
  const resetFilters = useHistoryUi((state) => state.resetFilters);
  const { onDeleted } = useHistoryActions();
  const remove = useDeleteGenerations(userId, onDeleted);

  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [pendingDelete, setPendingDelete] = useState<PendingDelete | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ index: number } | null>(null);

  useLayoutEffect(() => markHistory(HISTORY_MARKS.mount), []);

  const items = useMemo(() => flattenHistory(history.data), [history.data]);
  const shown = useMemo(() => filterGenerations(items, filters), [items, filters]);
  // Pending placeholders are watched through their job queries: they fill in when those settle.
  const pendingIds = useMemo(
    () => items.filter((g) => g.status === 'PENDING').map((g) => g.id),
    [items],
  );
  useWatchJobs('text-to-image', pendingIds);
  const filtering = isFiltering(filters);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = history;

  // Unfiltered, scrolling to the end loads more. Filtered, a short result would otherwise pull
  // in every page at once: there the user asks with "Load more".
  const onNearEnd = useMemo(
    () => (!filtering && hasNextPage && !isFetchingNextPage ? () => void fetchNextPage() : null),
    [filtering, hasNextPage, isFetchingNextPage, fetchNextPage],
  );

  const openGeneration = useCallback(
    (generation: Generation) => setDetailId(generation.id),
    [setDetailId],
  );
  const toggleSelect = useCallback(
    (id: string) =>
      setSelected((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const requestDelete = useCallback((generation: Generation) => {
    setPendingDelete({ ids: [generation.id], prompt: generation.prompt, fromDetail: null });
  }, []);

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
    const firstIndex = shown.findIndex((g) => ids.includes(g.id));
    remove.mutate(ids);
    setSelected((current) => new Set([...current].filter((id) => !ids.includes(id))));
    setPendingDelete(null);
    setDetailId(null);
    setFocusRequest({ index: Math.max(0, firstIndex) });
  }

  function cancelDelete() {
    if (pendingDelete?.fromDetail) setDetailId(pendingDelete.fromDetail);
    setPendingDelete(null);
  }

  if (history.isPending) return <LoadingPanel label="Loading your history…" />;

  return (
    <>
      <HistoryToolbar
        filters={filters}
        onFiltersChange={setFilters}
        loaded={items.length}
        shown={shown.length}
        allLoaded={!hasNextPage}
        selectedCount={selected.size}
        onClearSelection={() => setSelected(new Set())}
        onDeleteSelected={() =>
          setPendingDelete({ ids: [...selected], prompt: null, fromDetail: null })
        }
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
      {items.length === 0 && !history.isError ? (
        <div className="rounded-xl border border-dashed border-border p-8 text-center text-muted">
          <p className="font-medium text-fg">Nothing here yet</p>
          <p className="mt-1">Generated images appear here, newest first.</p>
          <AppLink href="/generate" className={buttonClass('primary', 'mt-4')}>
            Generate images
          </AppLink>
        </div>
      ) : null}
      {items.length > 0 && shown.length === 0 ? (
        <div className="flex flex-wrap items-center gap-3 text-sm text-muted">
          <p>No loaded generation matches these filters.</p>
          <Button onClick={resetFilters}>Clear filters</Button>
        </div>
      ) : null}
      <HistoryGrid
        items={shown}
        selectedIds={selected}
        onNearEnd={onNearEnd}
        onOpen={openGeneration}
        onRequestDelete={requestDelete}
        onToggleSelect={toggleSelect}
        onFirstRender={firstRender}
        focusRequest={focusRequest}
      />
      <div className="flex items-center justify-center gap-3 text-sm text-muted">
        {isFetchingNextPage ? <span role="status">Loading more…</span> : null}
        {filtering && hasNextPage && !isFetchingNextPage ? (
          <Button onClick={() => void fetchNextPage()}>Load more</Button>
        ) : null}
      </div>
      {detailId !== null && !pendingDelete ? (
        <HistoryDetail
          key={detailId}
          id={detailId}
          fromList={items.find((g) => g.id === detailId)}
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
    </>
  );
}
