import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyLike } from './shortcuts.ts';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcuts', () => {
  it('undoes with Ctrl+Z or Cmd+Z and redoes with Shift, or Ctrl+Y', () => {
    expect(shortcutFor(key('z', { ctrlKey: true }), 'sketch')).toEqual({ type: 'undo' });
    expect(shortcutFor(key('z', { metaKey: true }), 'sketch')).toEqual({ type: 'undo' });
    expect(shortcutFor(key('Z', { ctrlKey: true, shiftKey: true }), 'sketch')).toEqual({
      type: 'redo',
    });
    expect(shortcutFor(key('Z', { metaKey: true, shiftKey: true }), 'mask')).toEqual({
      type: 'redo',
    });
    expect(shortcutFor(key('y', { ctrlKey: true }), 'sketch')).toEqual({ type: 'redo' });
    expect(shortcutFor(key('c', { ctrlKey: true }), 'sketch')).toBeNull();
  });

  it('picks tools per mode and toggles mask mode with M', () => {
    expect(shortcutFor(key('b'), 'sketch')).toEqual({ type: 'tool', tool: 'brush' });
    expect(shortcutFor(key('e'), 'sketch')).toEqual({ type: 'tool', tool: 'eraser' });
    expect(shortcutFor(key('B'), 'mask')).toEqual({ type: 'tool', tool: 'mask-brush' });
    expect(shortcutFor(key('m'), 'sketch')).toEqual({ type: 'toggle-mask' });
    expect(shortcutFor(key('q'), 'sketch')).toBeNull();
  });

  it('sizes the brush with [ and ], zooms with + - 0', () => {
    expect(shortcutFor(key('['), 'sketch')).toEqual({ type: 'brush-size', direction: -1 });
    expect(shortcutFor(key(']'), 'mask')).toEqual({ type: 'brush-size', direction: 1 });
    expect(shortcutFor(key('+', { shiftKey: true }), 'sketch')).toEqual({
      type: 'zoom',
      direction: 1,
    });
    expect(shortcutFor(key('0'), 'sketch')).toEqual({ type: 'fit' });
  });

  it('leaves Alt combinations alone', () => {
    expect(shortcutFor(key('b', { altKey: true }), 'sketch')).toBeNull();
  });
});
