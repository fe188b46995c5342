import { afterAll, beforeAll } from 'vitest';

/**
 * jsdom lays nothing out: for the file's tests every element reports this size, so a
 * virtualized list (History's grid) has a viewport to fill. Call it at the top of a test file.
 */
export function giveElementsASize(size = { clientWidth: 1000, clientHeight: 700 }): void {
  const original: Record<string, PropertyDescriptor | undefined> = {};
  beforeAll(() => {
    for (const [name, value] of Object.entries(size)) {
      original[name] = Object.getOwnPropertyDescriptor(HTMLElement.prototype, name);
      Object.defineProperty(HTMLElement.prototype, name, { configurable: true, get: () => value });
    }
  });
  afterAll(() => {
    for (const [name, descriptor] of Object.entries(original)) {
      if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
    }
  });
}
