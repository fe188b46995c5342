import type { Generation } from '../../../../../contract/index.ts';
import { ApiError } from '../../../../api/api-error.ts';
import { generationFixture } from '../../../../test/generation-fixture.ts';

/**
 * The list endpoint's behaviour for the index's tests: generations newest first, offset and
 * limit as the API reads them, one answer per call, with faults to inject. The engine itself is
 * exercised by the bench (bench/history-index-bench.ts), over real HTTP.
 */
export function fakeList(count = 0) {
  const generations: Generation[] = [];
  const calls: Array<{ offset: number; limit: number }> = [];
  const faults: unknown[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let clock = Date.UTC(2026, 0, 1);

  const make = (fields: Partial<Generation> = {}) => {
    clock += 60_000;
    return generationFixture({ createdAt: new Date(clock).toISOString(), ...fields });
  };
  /** New generations arrive at the top of the list. */
  const add = (n: number, fields: (i: number) => Partial<Generation> = () => ({})) => {
    const made = Array.from({ length: n }, (_, i) =>
      make({ prompt: `generation ${generations.length + i}`, ...fields(i) }),
    );
    generations.unshift(...made.reverse());
    return made;
  };
  add(count);

  return {
    generations,
    calls,
    add,
    remove(ids: readonly string[]) {
      for (const id of ids) {
        const at = generations.findIndex((g) => g.id === id);
        if (at >= 0) generations.splice(at, 1);
      }
    },
    fail(...errors: unknown[]) {
      faults.push(...errors);
    },
    get maxInFlight() {
      return maxInFlight;
    },
    async fetchPage(offset: number, limit: number): Promise<readonly Generation[]> {
      calls.push({ offset, limit });
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        await Promise.resolve();
        if (faults.length) throw faults.shift();
        return generations.slice(offset, offset + limit).map((g) => structuredClone(g));
      } finally {
        inFlight--;
      }
    },
  };
}

export const rateLimited = (retryAfterMs?: number) =>
  new ApiError({
    status: 429,
    code: 'rate-limit-exceeded',
    message: 'Rate limit reached',
    path: '$',
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });

export const serverError = () =>
  new ApiError({ status: 503, code: 'http-error', message: 'Unavailable', path: '$' });
export const badKey = () =>
  new ApiError({ status: 401, code: 'access-denied', message: 'Invalid API key', path: '$' });
