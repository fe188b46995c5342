import type { Generation } from '../../../../../contract/index.ts';
import type { JobStatus } from '../../../../../contract/limits.ts';
import { countTotal } from './count-total.ts';
import { politely, type PoliteContext } from './polite-request.ts';
import type { IndexState } from './progress.ts';
import type { IndexMeta } from './storage.ts';

export type FetchPage = (
  offset: number,
  limit: number,
  signal: AbortSignal,
) => Promise<readonly Generation[]>;

/** Re-read at the start of each page, so a few generations deleted elsewhere meanwhile are not skipped. */
export const PAGE_OVERLAP = 2;

/** What the fill needs of the index it fills. */
export interface FillHost {
  readonly pageSize: number;
  readonly fullPassIntervalMs: number;
  readonly fetchPage: FetchPage;
  now(): number;
  meta(): IndexMeta;
  setMeta(patch: Partial<IndexMeta>): void;
  /** Moves the pass's cursor by `delta`, on top of any shift the index made meanwhile. */
  advancePass(delta: number): void;
  statusOf(id: string): JobStatus | undefined;
  size(): number;
  /** Stores the generations as seen by `pass`; answers how many were new to the index and to the pass. */
  absorb(generations: readonly Generation[], pass: number): { added: number; fresh: number };
  /** The pass reached the end of the list: what it did not see is gone from the server. */
  finishPass(pass: number): void;
  /** Ends the pass without concluding anything from it. */
  abandonPass(): void;
  setState(state: IndexState): void;
}

/**
 * From the newest page down, until the first generation the index already holds, settled (a
 * pending one may have finished since). New ones pushed everything below them down the list.
 */
async function reconcile(host: FillHost, request: FetchPage, signal: AbortSignal): Promise<void> {
  let added = 0;
  for (let offset = 0; ;) {
    const page = await request(offset, host.pageSize, signal);
    const stopAt = page.findIndex((g) => {
      const known = host.statusOf(g.id);
      return known !== undefined && known !== 'PENDING' && g.status !== 'PENDING';
    });
    const fresh = stopAt < 0 ? page : page.slice(0, stopAt + 1);
    added += host.absorb(fresh, host.meta().pass).added;
    if (stopAt >= 0 || page.length < host.pageSize) break;
    offset += page.length;
  }
  if (added === 0) return;
  if (host.meta().passOffset !== null) host.advancePass(added);
  const total = host.meta().total;
  if (total !== null) host.setMeta({ total: total + added });
}

async function count(host: FillHost, request: FetchPage, signal: AbortSignal): Promise<void> {
  host.setState('counting');
  const exists = async (offset: number) => (await request(offset, 1, signal)).length > 0;
  host.setMeta({ total: await countTotal(exists, host.meta().total) });
}

/**
 * Fills the index in the background, one request at a time: reconciles the newest page, then
 * goes on with the full pass in progress (or starts one when the last is older than the
 * interval), page by page from newest to oldest. Returns when the pass is done; throws
 * FillStopped or FillRefused (see politely).
 */
export async function runFill(host: FillHost, polite: PoliteContext): Promise<void> {
  const request: FetchPage = (offset, limit) =>
    politely((signal) => host.fetchPage(offset, limit, signal), polite);
  const { signal } = polite;

  if (host.size() > 0) {
    host.setState('indexing');
    await reconcile(host, request, signal);
  }
  for (;;) {
    let meta = host.meta();
    if (meta.passOffset === null) {
      const due =
        meta.completedAt === null || host.now() - meta.completedAt >= host.fullPassIntervalMs;
      if (!due) return;
      host.setMeta({ pass: meta.pass + 1, passOffset: 0 });
      await count(host, request, signal);
    } else if (meta.total === null) {
      await count(host, request, signal);
    }
    meta = host.meta();
    host.setState('indexing');
    const from = meta.passOffset!;
    const start = Math.max(0, from - PAGE_OVERLAP);
    const page = await request(start, host.pageSize, signal);
    const { fresh } = host.absorb(page, meta.pass);
    if (page.length < host.pageSize) {
      host.finishPass(meta.pass);
      return;
    }
    // A full page with nothing new means the server is not moving forward: end rather than loop,
    // and delete nothing on the strength of such a pass.
    if (fresh === 0) {
      host.abandonPass();
      return;
    }
    host.advancePass(start + page.length - from);
  }
}
