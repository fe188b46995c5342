import { describe, expect, it } from 'vitest';
import * as historyIndex from './index.ts';

describe('history index entry point', () => {
  it('offers what the History view needs', () => {
    expect(Object.keys(historyIndex).sort()).toEqual([
      'DEFAULT_FULL_PASS_INTERVAL_MS',
      'DEFAULT_PAGE_SIZE',
      'apiPage',
      'createHistoryIndex',
      'createIdbHistoryStorage',
      'documentVisibility',
      'formatIndexProgress',
      'historyScope',
      'orientationOf',
    ]);
    expect(historyIndex.DEFAULT_PAGE_SIZE).toBe(100);
  });
});
