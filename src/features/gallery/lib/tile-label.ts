import type { HistoryItem } from './history-items.ts';

type TileFacts = Pick<
  HistoryItem,
  'prompt' | 'status' | 'kind' | 'imageCount' | 'width' | 'height'
>;

/** What a tile says besides its prompt: "2 images · 256×256", "Generating…", "Failed". */
export function tileCaption(item: TileFacts): string {
  if (item.status === 'PENDING') return 'Generating…';
  if (item.status === 'FAILED') return 'Failed';
  const count = item.imageCount;
  const what = item.kind === 'image' ? `${count} image${count === 1 ? '' : 's'}` : item.kind;
  // A size the answer lacks is read as 0: the caption then leaves it out.
  return item.width > 0 && item.height > 0 ? `${what} · ${item.width}×${item.height}` : what;
}

/** The tile's accessible name: the prompt, then what it is or its state, and whether it is a favourite. */
export function tileLabel(item: TileFacts, favourite = false): string {
  const state =
    item.status === 'PENDING'
      ? 'generating'
      : item.status === 'FAILED'
        ? 'failed'
        : tileCaption(item);
  return `${item.prompt} (${state}${favourite ? ' · favourite' : ''})`;
}
