import { describe, expect, it } from 'vitest';
import { describeElapsed, elapsedSince, formatElapsed } from './format-elapsed.ts';

describe('formatElapsed', () => {
  it('reads like a clock', () => {
    expect(formatElapsed(-5)).toBe('0:00');
    expect(formatElapsed(7_900)).toBe('0:07');
    expect(formatElapsed(62_000)).toBe('1:02');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
  });

  it('and in words', () => {
    expect(describeElapsed(1_000)).toBe('1 second');
    expect(describeElapsed(62_000)).toBe('1 minute 2 seconds');
  });
});

describe('elapsedSince', () => {
  it('measures from an ISO time and never goes negative', () => {
    const now = Date.parse('2025-01-01T00:00:10Z');
    expect(elapsedSince('2025-01-01T00:00:00Z', now)).toBe(10_000);
    expect(elapsedSince('2025-01-01T00:00:20Z', now)).toBe(0);
    expect(elapsedSince('soon', now)).toBe(0);
  });
});
