import { describe, expect, it } from 'vitest';
import { formatIndexProgress } from './progress.ts';

describe('formatIndexProgress', () => {
  it('says how far the index is, with en-US thousands separators', () => {
    expect(formatIndexProgress({ indexed: 1_200, total: 3_400 })).toBe('Indexed 1,200 of 3,400');
    expect(formatIndexProgress({ indexed: 10_000, total: 10_000 })).toBe(
      'Indexed 10,000 of 10,000',
    );
    expect(formatIndexProgress({ indexed: 0, total: 0 })).toBe('Indexed 0 of 0');
    expect(formatIndexProgress({ indexed: 250, total: null })).toBe('Indexed 250');
    // Never more indexed than there are.
    expect(formatIndexProgress({ indexed: 3_402, total: 3_400 })).toBe('Indexed 3,400 of 3,400');
  });
});
