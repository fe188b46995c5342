import { describe, expect, it } from 'vitest';
import { UndoHistory } from './undo-history.ts';

const step = (name: string, bytes = 1) => ({ name, bytes });

describe('UndoHistory', () => {
  it('undoes and redoes in order', () => {
    const history = new UndoHistory<ReturnType<typeof step>>();
    expect(history.canUndo).toBe(false);
    history.push(step('a'));
    history.push(step('b'));
    expect(history.undo()?.name).toBe('b');
    expect(history.undo()?.name).toBe('a');
    expect(history.undo()).toBeUndefined();
    expect(history.canRedo).toBe(true);
    expect(history.redo()?.name).toBe('a');
    expect(history.redo()?.name).toBe('b');
    expect(history.redo()).toBeUndefined();
    expect(history.undoDepth).toBe(2);
  });

  it('forgets the redo side when a new step is pushed', () => {
    const history = new UndoHistory<ReturnType<typeof step>>();
    history.push(step('a'));
    history.push(step('b'));
    history.undo();
    history.push(step('c'));
    expect(history.canRedo).toBe(false);
    expect(history.undo()?.name).toBe('c');
    expect(history.undo()?.name).toBe('a');
  });

  it('drops the oldest steps past the entry limit', () => {
    const history = new UndoHistory<ReturnType<typeof step>>({ maxEntries: 2, maxBytes: 1e9 });
    for (const name of ['a', 'b', 'c']) history.push(step(name));
    expect(history.undoDepth).toBe(2);
    expect(history.undo()?.name).toBe('c');
    expect(history.undo()?.name).toBe('b');
    expect(history.undo()).toBeUndefined();
  });

  it('drops the oldest steps past the byte limit but always keeps the newest', () => {
    const history = new UndoHistory<ReturnType<typeof step>>({ maxEntries: 100, maxBytes: 10 });
    history.push(step('a', 4));
    history.push(step('b', 4));
    history.push(step('c', 4));
    expect(history.undoDepth).toBe(2);
    expect(history.bytes).toBe(8);
    history.push(step('huge', 50));
    expect(history.undoDepth).toBe(1);
    expect(history.undo()?.name).toBe('huge');
  });

  it('counts bytes on both sides and clears', () => {
    const history = new UndoHistory<ReturnType<typeof step>>();
    history.push(step('a', 3));
    history.push(step('b', 5));
    history.undo();
    expect(history.bytes).toBe(8);
    history.clear();
    expect(history.bytes).toBe(0);
    expect(history.canUndo || history.canRedo).toBe(false);
  });

  it('hands back the steps gone for good, for their storage to be freed', () => {
    const history = new UndoHistory<ReturnType<typeof step>>({ maxEntries: 3, maxBytes: 1e9 });
    for (const name of ['a', 'b', 'c']) expect(history.push(step(name))).toEqual([]);
    history.undo();
    // A new step: the undone "c" can no longer be redone.
    expect(history.push(step('d')).map((s) => s.name)).toEqual(['c']);
    expect(history.push(step('e')).map((s) => s.name)).toEqual(['a']);
    expect(history.entries.done.map((s) => s.name)).toEqual(['b', 'd', 'e']);
  });

  it('loads a stored history within its limits, both sides', () => {
    const history = new UndoHistory<ReturnType<typeof step>>({ maxEntries: 3, maxBytes: 1e9 });
    const dropped = history.load([step('a'), step('b'), step('c')], [step('z')]);
    expect(dropped.map((s) => s.name)).toEqual(['a']);
    expect(history.peek()?.name).toBe('c');
    expect(history.redo()?.name).toBe('z');
    expect(history.undoDepth).toBe(3);
  });
});
