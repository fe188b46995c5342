import { describe, expect, it } from 'vitest';
import { elapsedSince, formatElapsed } from './elapsed.ts';

describe('elapsed time', () => {
  it('formats seconds and minutes', () => {
    expect(formatElapsed(0)).toBe('0 s');
    expect(formatElapsed(4_900)).toBe('4 s');
    expect(formatElapsed(65_000)).toBe('1 min 05 s');
    expect(formatElapsed(-5)).toBe('0 s');
  });

  it('measures from an ISO time and never goes negative', () => {
    const now = Date.parse('2025-01-01T00:00:10Z');
    expect(elapsedSince('2025-01-01T00:00:00Z', now)).toBe(10_000);
    expect(elapsedSince('2025-01-01T00:00:20Z', now)).toBe(0);
    expect(elapsedSince('soon', now)).toBe(0);
  });
});
