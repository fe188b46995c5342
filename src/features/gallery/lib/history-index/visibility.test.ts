import { afterEach, describe, expect, it, vi } from 'vitest';
import { ALWAYS_VISIBLE, documentVisibility } from './visibility.ts';

afterEach(() => {
  Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
});

describe('documentVisibility', () => {
  it("follows the document's visibility and its changes", () => {
    const visibility = documentVisibility();
    const listener = vi.fn();
    const unsubscribe = visibility.subscribe(listener);
    expect(visibility.isHidden()).toBe(false);
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(visibility.isHidden()).toBe(true);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('is always visible where there is no document (a worker, Node)', () => {
    expect(ALWAYS_VISIBLE.isHidden()).toBe(false);
    expect(() => ALWAYS_VISIBLE.subscribe(() => {})()).not.toThrow();
  });
});
