/**
 * History's selection, as file managers do it: a click on a checkbox (or Ctrl/⌘-click on a tile)
 * toggles one and makes it the anchor; Shift-click selects everything from the anchor to it, in
 * the order the grid shows. Pure, so the rules are tested without a DOM.
 */
export interface Selection {
  ids: ReadonlySet<string>;
  /** Where the next Shift-click's range starts. */
  anchor: string | null;
}

export const EMPTY_SELECTION: Selection = { ids: new Set(), anchor: null };

export function toggleOne(selection: Selection, id: string): Selection {
  const ids = new Set(selection.ids);
  if (!ids.delete(id)) ids.add(id);
  return { ids, anchor: id };
}

/** Adds the range from the anchor to `id` (both included); without an anchor in view, toggles. */
export function selectRange(selection: Selection, order: readonly string[], id: string): Selection {
  const from = selection.anchor === null ? -1 : order.indexOf(selection.anchor);
  const to = order.indexOf(id);
  if (from < 0 || to < 0) return toggleOne(selection, id);
  const [start, end] = from <= to ? [from, to] : [to, from];
  const ids = new Set(selection.ids);
  for (const inRange of order.slice(start, end + 1)) ids.add(inRange);
  return { ids, anchor: selection.anchor };
}

export function selectAll(ids: Iterable<string>): Selection {
  return { ids: new Set(ids), anchor: null };
}

/** Drops ids that are gone (deleted). */
export function without(selection: Selection, gone: readonly string[]): Selection {
  if (!gone.some((id) => selection.ids.has(id))) return selection;
  const ids = new Set([...selection.ids].filter((id) => !gone.includes(id)));
  return {
    ids,
    anchor: selection.anchor && gone.includes(selection.anchor) ? null : selection.anchor,
  };
}
