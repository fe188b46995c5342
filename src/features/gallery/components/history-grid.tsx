import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { useElementWidth } from '../hooks/use-element-width.ts';
import { nextGridIndex } from '../lib/grid-keys.ts';
import { TILE_GAP, gridLayout, rowCount } from '../lib/grid-layout.ts';
import type { HistoryItem } from '../lib/history-items.ts';
import { HistoryTile, type SelectMode } from './history-tile.tsx';

interface HistoryGridProps {
  items: readonly HistoryItem[];
  selectedIds: ReadonlySet<string>;
  isFavourite: (id: string) => boolean;
  /** Load the next page when the end comes into view. */
  onNearEnd: (() => void) | null;
  onOpen: (item: HistoryItem) => void;
  onRequestDelete: (item: HistoryItem) => void;
  onSelect: (id: string, mode: SelectMode) => void;
  /** Called once, when the first tiles (or the empty grid) are in the DOM: for the mount metric. */
  onFirstRender?: () => void;
  /** Ask to move focus to this index (after a delete, say). */
  focusRequest?: { index: number } | null;
}

/**
 * The History grid, virtualized by rows: only the rows in view (and one either side) are in the
 * DOM, so ten thousand generations scroll like fifty. A list named "History" of list items;
 * arrow keys move between items (one tab stop), Enter opens, Delete asks to delete, Space selects
 * (Shift+Space: the range from the last one chosen).
 */
export function HistoryGrid(props: HistoryGridProps) {
  const { items, selectedIds, isFavourite, onNearEnd, onOpen, onRequestDelete, onSelect } = props;
  const { onFirstRender, focusRequest } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(scrollRef);
  const layout = gridLayout(width);
  const rows = rowCount(items.length, layout.columns);
  const [activeIndex, setActiveIndex] = useState(0);
  const pendingFocus = useRef<number | null>(null);

  const virtualizer = useVirtualizer({
    count: rows,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => layout.rowHeight,
    // One row either side: enough to hide the edges while scrolling, and the grid stays under
    // ~250 elements at any window size (bench/history-bench.ts counts them).
    overscan: 1,
    // Render new rows in React's own scheduling instead of synchronously inside each scroll event.
    useFlushSync: false,
  });
  useLayoutEffect(() => {
    virtualizer.measure();
  }, [virtualizer, layout.rowHeight]);

  const virtualRows = virtualizer.getVirtualItems();
  const lastRow = virtualRows[virtualRows.length - 1]?.index ?? -1;
  useEffect(() => {
    if (onNearEnd && rows > 0 && lastRow >= rows - 3) onNearEnd();
  }, [onNearEnd, lastRow, rows]);

  const firstRendered = useRef(false);
  useLayoutEffect(() => {
    if (firstRendered.current || (items.length > 0 && virtualRows.length === 0)) return;
    firstRendered.current = true;
    onFirstRender?.();
  });

  const active = Math.min(activeIndex, Math.max(0, items.length - 1));

  const focusIndex = useCallback(
    (index: number) => {
      setActiveIndex(index);
      pendingFocus.current = index;
      virtualizer.scrollToIndex(Math.floor(index / layout.columns), { align: 'auto' });
    },
    [virtualizer, layout.columns],
  );

  // Only a new request moves focus, not a later change in the list.
  const handledRequest = useRef<{ index: number } | null>(null);
  useEffect(() => {
    if (!focusRequest || handledRequest.current === focusRequest) return;
    handledRequest.current = focusRequest;
    if (items.length > 0) focusIndex(Math.min(focusRequest.index, items.length - 1));
  }, [focusRequest, focusIndex, items.length]);

  // The tile to focus may only exist after the virtualizer has scrolled to it and re-rendered.
  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const tile = listRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (tile) {
      pendingFocus.current = null;
      tile.focus();
    }
  });

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const target = event.target as HTMLElement;
    const index = Number(target.dataset.index);
    if (!Number.isInteger(index) || event.altKey || event.ctrlKey || event.metaKey) return;
    // Shift moves nothing; it only widens a selection (Shift+Space).
    if (event.shiftKey && event.key !== ' ') return;
    const item = items[index];
    const next = nextGridIndex(event.key, index, layout.columns, items.length);
    if (next !== null) {
      event.preventDefault();
      focusIndex(next);
    } else if (event.key === 'Enter' && item) {
      event.preventDefault();
      onOpen(item);
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && item) {
      event.preventDefault();
      onRequestDelete(item);
    } else if (event.key === ' ' && item) {
      event.preventDefault();
      onSelect(item.id, event.shiftKey ? 'range' : 'toggle');
    }
  }

  const handleOpenIndex = useCallback(
    (index: number) => {
      const item = items[index];
      if (item) onOpen(item);
    },
    [items, onOpen],
  );

  // With the active tile scrolled out of the DOM, the first tile in view takes the tab stop.
  const firstShown = (virtualRows[0]?.index ?? 0) * layout.columns;
  const lastShown = (lastRow + 1) * layout.columns - 1;
  const tabStop = active >= firstShown && active <= lastShown ? active : firstShown;

  return (
    // An opaque background lets Chromium scroll this box on the compositor (its own layer)
    // instead of repainting the page on every frame; it matches the page, so nothing shows.
    <div
      ref={scrollRef}
      data-testid="history-scroller"
      className="h-[calc(100vh-15rem)] min-h-80 overflow-y-auto overscroll-contain rounded-xl bg-bg"
    >
      <div
        ref={listRef}
        role="list"
        aria-label="History"
        onKeyDown={handleKeyDown}
        className="relative w-full"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualRows.flatMap((row) => {
          const tiles = [];
          for (let column = 0; column < layout.columns; column++) {
            const index = row.index * layout.columns + column;
            const item = items[index];
            if (!item) break;
            tiles.push(
              <HistoryTile
                key={item.id}
                item={item}
                index={index}
                setSize={items.length}
                tabbable={index === tabStop}
                selected={selectedIds.has(item.id)}
                favourite={isFavourite(item.id)}
                x={column * (layout.tileWidth + TILE_GAP)}
                y={row.start}
                width={layout.tileWidth}
                onOpen={handleOpenIndex}
                onSelect={onSelect}
                onFocusTile={setActiveIndex}
              />,
            );
          }
          return tiles;
        })}
      </div>
    </div>
  );
}
