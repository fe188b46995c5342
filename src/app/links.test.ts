import { describe, expect, it } from 'vitest';
import { canvasHref, historyHref, reuseHref } from './links.ts';

describe('the addresses features are opened at', () => {
  it('name the view and the one thing to open, as each view reads it', () => {
    expect(historyHref('g-1')).toBe('/history?open=g-1');
    expect(reuseHref('g-1')).toBe('/generate?reuse=g-1');
    expect(canvasHref('i-1', 'g-1')).toBe('/canvas?open=i-1&generation=g-1');
    expect(historyHref('a b&c')).toBe('/history?open=a+b%26c');
  });
});
