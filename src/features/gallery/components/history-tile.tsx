import { memo, type MouseEvent } from 'react';
import { GeneratedImage } from '../../../components/ui/generated-image.tsx';
import type { HistoryItem } from '../lib/history-items.ts';
import { tileCaption, tileLabel } from '../lib/tile-label.ts';

export type SelectMode = 'toggle' | 'range';

interface HistoryTileProps {
  item: HistoryItem;
  index: number;
  setSize: number;
  /** The one tile in the tab order (roving tabindex). */
  tabbable: boolean;
  selected: boolean;
  favourite: boolean;
  /** Position and width in the grid, in CSS pixels (numbers, so memo compares them cheaply). */
  x: number;
  y: number;
  width: number;
  onOpen: (index: number) => void;
  onSelect: (id: string, mode: SelectMode) => void;
  onFocusTile: (index: number) => void;
}

// One image fills the tile; two sit side by side; three and four share a 2×2 grid.
const MOSAIC: Record<number, string> = {
  1: 'grid-cols-1',
  2: 'grid-cols-2',
  3: 'grid-cols-2 grid-rows-2',
  4: 'grid-cols-2 grid-rows-2',
};

/** A click with Shift selects a range, with Ctrl or ⌘ adds one: as in a file manager. */
const selectMode = (event: MouseEvent): SelectMode | null =>
  event.shiftKey ? 'range' : event.ctrlKey || event.metaKey ? 'toggle' : null;

/**
 * One generation in the grid: up to four of its images (each with the prompt as alt text), a
 * placeholder while pending, a play badge on motion, a star on favourites, and a selection
 * checkbox. Kept to a few elements, since hundreds of tiles are mounted and unmounted while
 * scrolling.
 */
export const HistoryTile = memo(function HistoryTile(props: HistoryTileProps) {
  const { item, index, setSize, tabbable, selected, favourite, x, y, width } = props;
  const { onOpen, onSelect, onFocusTile } = props;
  const images = item.images;
  return (
    <div
      role="listitem"
      aria-label={tileLabel(item, favourite)}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      data-index={index}
      tabIndex={tabbable ? 0 : -1}
      style={{ width, transform: `translate(${x}px, ${y}px)` }}
      onClick={(event) => {
        const mode = selectMode(event);
        if (mode) onSelect(item.id, mode);
        else onOpen(index);
      }}
      onFocus={() => onFocusTile(index)}
      className={`group absolute top-0 left-0 cursor-pointer rounded-xl select-none focus-visible:outline-2 focus-visible:outline-offset-2 ${
        selected ? 'ring-2 ring-accent' : ''
      }`}
    >
      {images.length > 0 ? (
        <div
          className={`relative grid aspect-square gap-0.5 overflow-hidden rounded-xl bg-surface-raised ${MOSAIC[images.length] ?? ''}`}
        >
          {images.map((image, position) =>
            image.motionMP4URL ? (
              // Motion plays inline, muted and looping; the still is its poster until it loads.
              <video
                key={image.id}
                src={image.motionMP4URL}
                poster={image.url}
                aria-label={item.prompt}
                muted
                loop
                autoPlay
                playsInline
                preload="metadata"
                className="size-full min-h-0 object-cover"
              />
            ) : (
              <GeneratedImage
                key={image.id}
                src={image.url}
                alt={item.prompt}
                nsfw={image.nsfw}
                loading="lazy"
                className={`size-full min-h-0 object-cover ${
                  images.length === 3 && position === 0 ? 'row-span-2' : ''
                }`}
              />
            ),
          )}
          {item.kind === 'motion' ? (
            <span
              aria-hidden="true"
              className="absolute right-2 bottom-2 flex size-7 items-center justify-center rounded-full bg-black/65 text-xs text-white"
            >
              ▶
            </span>
          ) : null}
        </div>
      ) : (
        <div
          className={`relative flex aspect-square items-center justify-center overflow-hidden rounded-xl border border-dashed border-border p-3 text-center text-xs text-muted ${
            item.status === 'PENDING' ? 'bg-surface-raised' : 'bg-danger-bg'
          }`}
        >
          {/* The pulse is a layer under the text, never the text: a fading text would drop
              below readable contrast mid-animation. None at all where motion is reduced. */}
          {item.status === 'PENDING' ? (
            <span aria-hidden="true" className="absolute inset-0 bg-bg motion-safe:animate-pulse" />
          ) : null}
          <span className="relative">
            {item.status === 'PENDING' ? 'Generating…' : 'No images'}
          </span>
        </div>
      )}
      {favourite ? (
        <span
          aria-hidden="true"
          className="absolute top-1.5 right-2 text-lg text-amber-400 drop-shadow-[0_1px_1px_rgba(0,0,0,0.6)]"
        >
          ★
        </span>
      ) : null}
      <input
        type="checkbox"
        tabIndex={-1}
        checked={selected}
        aria-label={`Select: ${item.prompt}`}
        onClick={(event) => {
          event.stopPropagation();
          onSelect(item.id, event.shiftKey ? 'range' : 'toggle');
        }}
        // The click above decides (it knows about Shift); the checkbox only shows the state.
        onChange={() => {}}
        className={`absolute top-2 left-2 size-4 accent-accent ${
          selected ? '' : 'opacity-0 group-hover:opacity-100 group-focus-visible:opacity-100'
        }`}
      />
      <p className="truncate pt-1 text-xs text-muted">{tileCaption(item)}</p>
    </div>
  );
});
