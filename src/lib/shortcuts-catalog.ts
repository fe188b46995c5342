/**
 * Every keyboard shortcut the studio has, as data: the shortcuts sheet (`?`) shows it, and
 * shortcuts-catalog.test.ts checks it against the keymaps the features really handle, so the
 * sheet cannot drift from the code. Add a binding to a feature, and the test asks for it here.
 *
 * A combination is a list of keys pressed together, as KeyboardEvent.key names them, with
 * `Mod` for Ctrl (Windows, Linux) or ⌘ (macOS): the studio accepts either everywhere.
 */
export type KeyCombo = readonly string[];

export interface Shortcut {
  /** Alternatives: any one of these combinations does it. */
  keys: readonly KeyCombo[];
  action: string;
}

export interface ShortcutGroup {
  id: string;
  title: string;
  /** Where the shortcuts apply, when that is not obvious from the title. */
  where?: string;
  shortcuts: readonly Shortcut[];
}

const ARROWS: KeyCombo[] = [['ArrowLeft'], ['ArrowRight'], ['ArrowUp'], ['ArrowDown']];

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    id: 'anywhere',
    title: 'Anywhere',
    where: 'Except while typing in a text field.',
    shortcuts: [
      { keys: [['?']], action: 'Show these keyboard shortcuts' },
      { keys: [['Escape']], action: 'Close the open dialog' },
    ],
  },
  {
    id: 'generate',
    title: 'Generate',
    where: 'Anywhere in the form, text fields included.',
    shortcuts: [{ keys: [['Mod', 'Enter']], action: 'Generate' }],
  },
  {
    id: 'history',
    title: 'History',
    where: 'With a tile of the grid focused.',
    shortcuts: [
      { keys: ARROWS, action: 'Move to the next tile in that direction' },
      { keys: [['PageUp'], ['PageDown']], action: 'Move three rows up or down' },
      { keys: [['Home'], ['End']], action: 'Move to the first or the last tile' },
      { keys: [['Enter']], action: 'Open the generation' },
      { keys: [[' ']], action: 'Select or unselect it' },
      { keys: [['Shift', ' ']], action: 'Select the range from the last one selected' },
      { keys: [['Delete'], ['Backspace']], action: 'Delete it (asks first)' },
    ],
  },
  {
    id: 'generation-details',
    title: 'Generation details',
    shortcuts: [
      { keys: [['ArrowLeft'], ['ArrowRight']], action: 'Previous or next image' },
      { keys: [['Escape']], action: 'Close' },
    ],
  },
  {
    id: 'canvas',
    title: 'Canvas',
    where: 'In both modes, except while typing in a text field.',
    shortcuts: [
      { keys: [['Mod', 'Z']], action: 'Undo' },
      {
        keys: [
          ['Mod', 'Shift', 'Z'],
          ['Mod', 'Y'],
        ],
        action: 'Redo',
      },
      { keys: [['M']], action: 'Switch between sketch and mask mode' },
      { keys: [['['], [']']], action: 'Smaller or larger brush' },
      { keys: [['+'], ['=']], action: 'Zoom in' },
      { keys: [['-']], action: 'Zoom out' },
      { keys: [['0']], action: 'Fit the whole image' },
      { keys: ARROWS, action: 'Pan (with the canvas focused)' },
      {
        keys: ARROWS.map((arrow) => ['Shift', ...arrow]),
        action: 'Pan farther (with the canvas focused)',
      },
      { keys: [[' ']], action: 'Hold and drag to pan' },
      {
        keys: ARROWS,
        action: 'Nudge the selected image one pixel (Move image tool, canvas focused)',
      },
      {
        keys: ARROWS.map((arrow) => ['Shift', ...arrow]),
        action: 'Nudge the selected image ten pixels (Move image tool, canvas focused)',
      },
    ],
  },
  {
    id: 'canvas-sketch',
    title: 'Canvas tools, sketch mode',
    shortcuts: [
      { keys: [['B']], action: 'Brush' },
      { keys: [['E']], action: 'Eraser' },
      { keys: [['L']], action: 'Line' },
      { keys: [['R']], action: 'Rectangle' },
      { keys: [['O']], action: 'Ellipse' },
      { keys: [['I']], action: 'Colour picker' },
      { keys: [['V']], action: 'Move image' },
    ],
  },
  {
    id: 'canvas-mask',
    title: 'Canvas tools, mask mode',
    shortcuts: [
      { keys: [['B']], action: 'Mask brush' },
      { keys: [['E']], action: 'Mask eraser' },
      { keys: [['R']], action: 'Mask rectangle' },
      { keys: [['L']], action: 'Lasso' },
      { keys: [['W']], action: 'Magic wand' },
    ],
  },
  {
    id: 'textures-preview',
    title: 'Textures 3D preview',
    where: 'With the preview focused.',
    shortcuts: [
      { keys: ARROWS, action: 'Pan' },
      { keys: ARROWS.map((arrow) => ['Shift', ...arrow]), action: 'Orbit around the model' },
    ],
  },
];

export function shortcutGroup(id: string): ShortcutGroup {
  const group = SHORTCUT_GROUPS.find((candidate) => candidate.id === id);
  if (!group) throw new Error(`No shortcut group ${id}`);
  return group;
}

const KEY_NAMES: Record<string, { text: string; spoken?: string }> = {
  Mod: { text: 'Ctrl' },
  ' ': { text: 'Space' },
  Escape: { text: 'Esc', spoken: 'Escape' },
  ArrowLeft: { text: '←', spoken: 'Left arrow' },
  ArrowRight: { text: '→', spoken: 'Right arrow' },
  ArrowUp: { text: '↑', spoken: 'Up arrow' },
  ArrowDown: { text: '↓', spoken: 'Down arrow' },
  PageUp: { text: 'Page Up' },
  PageDown: { text: 'Page Down' },
  '?': { text: '?', spoken: 'Question mark' },
  '[': { text: '[', spoken: 'Left bracket' },
  ']': { text: ']', spoken: 'Right bracket' },
  '+': { text: '+', spoken: 'Plus' },
  '=': { text: '=', spoken: 'Equals' },
  '-': { text: '-', spoken: 'Minus' },
};

/** How a key is printed on a keycap, and how a screen reader should say it when that differs. */
export function keyLabel(key: string): { text: string; spoken: string } {
  const named = KEY_NAMES[key];
  const text = named?.text ?? key;
  return { text, spoken: named?.spoken ?? text };
}

/**
 * The combination a key press is, in the catalog's spelling: modifiers first, letters upper case.
 * Shift is left out for a symbol, since it is how the symbol is typed (`?` is Shift+/).
 */
export function comboOf(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): KeyCombo {
  const single = event.key.length === 1;
  const letter = single && /\p{L}/u.test(event.key);
  const combo: string[] = [];
  if (event.ctrlKey || event.metaKey) combo.push('Mod');
  if (event.altKey) combo.push('Alt');
  if (event.shiftKey && (!single || letter)) combo.push('Shift');
  combo.push(letter ? event.key.toUpperCase() : event.key);
  return combo;
}

export const comboText = (combo: KeyCombo): string => combo.join('+');

/**
 * Alternatives that differ only in their last key under the same modifiers (Shift with each
 * arrow), so the sheet can print the modifiers once: Shift + ← / → / ↑ / ↓. Null otherwise.
 */
export function sharedModifiers(
  keys: readonly KeyCombo[],
): { modifiers: KeyCombo; lastKeys: string[] } | null {
  const first = keys[0];
  if (keys.length < 2 || !first || first.length < 2) return null;
  const modifiers = first.slice(0, -1);
  const prefix = comboText(modifiers);
  const same = keys.every(
    (combo) => combo.length === first.length && comboText(combo.slice(0, -1)) === prefix,
  );
  return same ? { modifiers, lastKeys: keys.map((combo) => combo[combo.length - 1]!) } : null;
}
