/**
 * How many generations the list has, when the API answers no count: gallop upward over `offset`
 * with one-item pages until one is empty, then halve the gap (about 2·log2(N) tiny requests). A
 * hint (the count last time) makes the common case, nothing changed, two requests.
 */
/** Beyond any real history: a server that ignores `offset` must not keep the count going forever. */
export const MAX_COUNT = 2 ** 24;

export async function countTotal(
  exists: (offset: number) => Promise<boolean>,
  hint: number | null = null,
): Promise<number> {
  // lo: the largest offset known to hold a generation; hi: the smallest known to be past the end.
  let lo = -1;
  let hi: number | null = null;
  if (hint !== null && hint > 0) {
    if (await exists(hint - 1)) lo = hint - 1;
    else hi = hint - 1;
  }
  for (let step = 1; hi === null; step *= 2) {
    const probe = lo + step;
    if (probe >= MAX_COUNT) return MAX_COUNT;
    if (await exists(probe)) lo = probe;
    else hi = probe;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (await exists(mid)) lo = mid;
    else hi = mid;
  }
  return lo + 1;
}
