import { describe, expect, it } from 'vitest';
import {
  STAGING_LIMIT,
  addStaged,
  removeStaged,
  sanitizeStaged,
  stagedFileName,
  type StagedResult,
} from './staging.ts';

const item = (id: string, extra: Partial<StagedResult> = {}): StagedResult => ({
  id,
  kind: 'inpaint',
  imageDataUrl: 'data:image/jpeg;base64,AA',
  beforeDataUrl: 'data:image/jpeg;base64,BB',
  size: { width: 512, height: 512 },
  canvasSize: { width: 512, height: 512 },
  createdAt: Date.UTC(2025, 0, 2, 3, 4, 5),
  roundTripMs: 80,
  ...extra,
});

describe('staging', () => {
  it('puts new results first and keeps at most the limit', () => {
    let items: StagedResult[] = [];
    for (let i = 0; i < STAGING_LIMIT + 3; i++) items = addStaged(items, item(`r${i}`));
    expect(items).toHaveLength(STAGING_LIMIT);
    expect(items[0]!.id).toBe(`r${STAGING_LIMIT + 2}`);
  });

  it('removes one result', () => {
    expect(removeStaged([item('a'), item('b')], 'a').map((i) => i.id)).toEqual(['b']);
  });

  it('keeps only well-formed items from storage', () => {
    expect(sanitizeStaged('nope')).toEqual([]);
    expect(
      sanitizeStaged([item('ok'), { ...item('bad'), imageDataUrl: 'javascript:1' }, null]).map(
        (i) => i.id,
      ),
    ).toEqual(['ok']);
  });

  it('names downloads by kind and time', () => {
    expect(stagedFileName(item('a', { kind: 'upscale' }))).toBe(
      'leonardo-upscale-2025-01-02T03-04-05.jpg',
    );
  });
});
