import { memo } from 'react';
import type { Generation } from '../../../../contract/index.ts';
import { tileCaption, tileLabel } from '../lib/tile-label.ts';

interface HistoryTileProps {
  generation: Generation;
  index: number;
  setSize: number;
  /** The one tile in the tab order (roving tabindex). */
  tabbable: boolean;
  selected: boolean;
  /** Position and width in the grid, in CSS pixels (numbers, so memo compares them cheaply). */
  x: number;
  y: number;
  width: number;
  onOpen: (index: number) => void;
  onToggleSelect: (id: string) => void;
  onFocusTile: (index: number) => void;
}

// One image fills the tile; two sit side by side; three and four share a 2×2 grid.
const MOSAIC: Record<number, string> = {
  1: 'grid-cols-1',
  2: 'grid-cols-2',
  3: 'grid-cols-2 grid-rows-2',
  4: 'grid-cols-2 grid-rows-2',
};

/**
 * One generation in the grid: up to four of its images (each with the prompt as alt text), a
 * placeholder while pending, and a selection checkbox. Kept to a few elements, since hundreds
 * of tiles are mounted and unmounted while scrolling.
 */
export const HistoryTile = memo(function HistoryTile(props: HistoryTileProps) {
  const { generation, index, setSize, tabbable, selected, x, y, width } = props;
  const { onOpen, onToggleSelect, onFocusTile } = props;
  const images = generation.generated_images.slice(0, 4);
  return (
    <div
      role="listitem"
      aria-label={tileLabel(generation)}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      data-index={index}
      tabIndex={tabbable ? 0 : -1}
      style={{ width, transform: `translate(${x}px, ${y}px)` }}
      onClick={() => onOpen(index)}
      onFocus={() => onFocusTile(index)}
      className={`group absolute top-0 left-0 cursor-pointer rounded-xl focus-visible:outline-2 focus-visible:outline-offset-2 ${
        selected ? 'ring-2 ring-accent' : ''
      }`}
    >
      {images.length > 0 ? (
        <div
          className={`grid aspect-square gap-0.5 overflow-hidden rounded-xl bg-surface-raised ${MOSAIC[images.length] ?? ''}`}
        >
          {images.map((image, position) =>
            image.motionMP4URL ? (
              // Motion plays inline, muted and looping; the still is its poster until it loads.
              <video
                key={image.id}
                src={image.motionMP4URL}
                poster={image.url}
                aria-label={generation.prompt}
                muted
                loop
                autoPlay
                playsInline
                preload="metadata"
                className="size-full min-h-0 object-cover"
              />
            ) : (
              <img
                key={image.id}
                src={image.url}
                alt={generation.prompt}
                loading="lazy"
                decoding="async"
                draggable={false}
                className={`size-full min-h-0 object-cover ${
                  images.length === 3 && position === 0 ? 'row-span-2' : ''
                }`}
              />
            ),
          )}
        </div>
      ) : (
        <div
          className={`relative flex aspect-square items-center justify-center overflow-hidden rounded-xl border border-dashed border-border p-3 text-center text-xs text-muted ${
            generation.status === 'PENDING' ? 'bg-surface-raised' : 'bg-danger-bg'
          }`}
        >
          {/* The pulse is a layer under the text, never the text: a fading text would drop
              below readable contrast mid-animation. None at all where motion is reduced. */}
          {generation.status === 'PENDING' ? (
            <span aria-hidden="true" className="absolute inset-0 bg-bg motion-safe:animate-pulse" />
          ) : null}
          <span className="relative">
            {generation.status === 'PENDING' ? 'Generating…' : 'No images'}
          </span>
        </div>
      )}
      <input
        type="checkbox"
        tabIndex={-1}
        checked={selected}
        aria-label={`Select: ${generation.prompt}`}
        onClick={(event) => event.stopPropagation()}
        onChange={() => onToggleSelect(generation.id)}
        className={`absolute top-2 left-2 size-4 accent-accent ${
          selected ? '' : 'opacity-0 group-hover:opacity-100 group-focus-visible:opacity-100'
        }`}
      />
      <p className="truncate pt-1 text-xs text-muted">{tileCaption(generation)}</p>
    </div>
  );
});
