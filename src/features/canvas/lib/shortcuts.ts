import { toolForKey, type CanvasMode, type ToolId } from '../tools/tool-catalog.ts';

export type ShortcutAction =
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'tool'; tool: ToolId }
  | { type: 'toggle-mask' }
  | { type: 'brush-size'; direction: 1 | -1 }
  | { type: 'zoom'; direction: 1 | -1 }
  | { type: 'fit' };

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * The canvas's keyboard shortcuts. Ctrl on Windows and Linux, Cmd on macOS: both are accepted,
 * as people press whichever their fingers know. Returns null for keys the canvas does not use.
 */
export function shortcutFor(event: KeyLike, mode: CanvasMode): ShortcutAction | null {
  const command = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (command && !event.altKey) {
    if (key === 'z') return event.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (key === 'y' && !event.shiftKey) return { type: 'redo' };
    return null;
  }
  if (event.altKey || command) return null;
  switch (key) {
    case '[':
      return { type: 'brush-size', direction: -1 };
    case ']':
      return { type: 'brush-size', direction: 1 };
    case '+':
    case '=':
      return { type: 'zoom', direction: 1 };
    case '-':
      return { type: 'zoom', direction: -1 };
    case '0':
      return { type: 'fit' };
    case 'm':
      return { type: 'toggle-mask' };
  }
  if (event.shiftKey) return null;
  const tool = toolForKey(mode, key);
  return tool ? { type: 'tool', tool } : null;
}
