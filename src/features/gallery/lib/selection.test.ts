import { describe, expect, it } from 'vitest';
import { EMPTY_SELECTION, selectAll, selectRange, toggleOne, without } from './selection.ts';

const order = ['a', 'b', 'c', 'd', 'e', 'f'];
const ids = (selection: { ids: ReadonlySet<string> }) => [...selection.ids].sort();

describe('History selection', () => {
  it('toggles one at a time and remembers it as the anchor', () => {
    let s = toggleOne(EMPTY_SELECTION, 'b');
    s = toggleOne(s, 'd');
    expect(ids(s)).toEqual(['b', 'd']);
    expect(s.anchor).toBe('d');
    s = toggleOne(s, 'b');
    expect(ids(s)).toEqual(['d']);
  });

  it('Shift selects the range from the anchor, either way, keeping what was selected', () => {
    let s = toggleOne(EMPTY_SELECTION, 'b');
    s = selectRange(s, order, 'e');
    expect(ids(s)).toEqual(['b', 'c', 'd', 'e']);
    // The anchor stays: a second Shift-click makes a new range from it.
    s = selectRange(toggleOne(s, 'f'), order, 'd');
    expect(ids(s)).toEqual(['b', 'c', 'd', 'e', 'f']);
    expect(ids(selectRange(toggleOne(EMPTY_SELECTION, 'e'), order, 'a'))).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
  });

  it('without an anchor in view, Shift-click toggles', () => {
    expect(ids(selectRange(EMPTY_SELECTION, order, 'c'))).toEqual(['c']);
    const gone = selectRange({ ids: new Set(['x']), anchor: 'x' }, order, 'c');
    expect(ids(gone)).toEqual(['c', 'x']);
  });

  it('selects all that is shown, and forgets deleted ones', () => {
    const s = selectAll(order);
    expect(s.ids.size).toBe(6);
    const after = without({ ...s, anchor: 'c' }, ['c', 'd']);
    expect(ids(after)).toEqual(['a', 'b', 'e', 'f']);
    expect(after.anchor).toBeNull();
  });
});
