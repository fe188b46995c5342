import { describe, expect, it } from 'vitest';
import { MAX_COUNT, countTotal } from './count-total.ts';

function list(size: number) {
  const probes: number[] = [];
  const exists = async (offset: number) => {
    probes.push(offset);
    return offset < size;
  };
  return { exists, probes };
}

describe('countTotal', () => {
  it('finds the count with about 2·log2(N) one-item requests', async () => {
    for (const size of [0, 1, 2, 3, 7, 8, 9, 100, 1_000, 3_400, 10_000, 65_537]) {
      const { exists, probes } = list(size);
      expect(await countTotal(exists)).toBe(size);
      expect(probes.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(size + 2)) + 1);
    }
  });

  it('needs two requests when the hint is right, and stays right when it is not', async () => {
    const same = list(3_400);
    expect(await countTotal(same.exists, 3_400)).toBe(3_400);
    expect(same.probes).toEqual([3_399, 3_400]);
    for (const [size, hint] of [
      [3_410, 3_400],
      [3_000, 3_400],
      [0, 50],
      [10_000, 1],
    ] as const) {
      expect(await countTotal(list(size).exists, hint)).toBe(size);
    }
  });

  it('gives up at a bound against a list that never ends', async () => {
    expect(await countTotal(async () => true)).toBe(MAX_COUNT);
  });
});
