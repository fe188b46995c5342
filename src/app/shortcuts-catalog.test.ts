import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyLike } from '../features/canvas/lib/shortcuts.ts';
import { TOOLS, toolInfo, type CanvasMode } from '../features/canvas/tools/tool-catalog.ts';
import { nextGridIndex } from '../features/gallery/lib/grid-keys.ts';
import {
  SHORTCUT_GROUPS,
  comboOf,
  comboText,
  keyLabel,
  sharedModifiers,
  shortcutGroup,
  type KeyCombo,
} from '../lib/shortcuts-catalog.ts';

// The app layer may see every feature: here the catalog in src/lib is held to what their keymaps handle.

const NAMED_KEYS = [
  'Enter',
  'Escape',
  'Tab',
  'Backspace',
  'Delete',
  'Insert',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'F1',
  'F2',
];
const PRINTABLE = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));

/** Every key press a keymap could be asked about: each key, with each set of modifiers. */
function* everyKeyPress(): Generator<KeyLike> {
  for (const key of [...PRINTABLE, ...NAMED_KEYS]) {
    for (let mods = 0; mods < 16; mods++) {
      yield {
        key,
        ctrlKey: (mods & 1) !== 0,
        metaKey: (mods & 2) !== 0,
        shiftKey: (mods & 4) !== 0,
        altKey: (mods & 8) !== 0,
      };
    }
  }
}

const combosOf = (...ids: string[]): Set<string> =>
  new Set(
    ids.flatMap((id) =>
      shortcutGroup(id).shortcuts.flatMap((shortcut) => shortcut.keys.map(comboText)),
    ),
  );

/** The key press a catalog combination stands for. */
function pressOf(combo: KeyCombo): KeyLike {
  const key = combo[combo.length - 1]!;
  return {
    key: combo.includes('Shift') && key.length === 1 ? key.toUpperCase() : key.toLowerCase(),
    ctrlKey: combo.includes('Mod'),
    metaKey: false,
    shiftKey: combo.includes('Shift'),
    altKey: combo.includes('Alt'),
  };
}

describe('the shortcuts catalog', () => {
  it('spells combinations the way the sheet and the checks below expect', () => {
    const press = (key: string, mods: Partial<KeyLike> = {}): KeyLike => ({
      key,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      altKey: false,
      ...mods,
    });
    expect(comboOf(press('z', { metaKey: true }))).toEqual(['Mod', 'Z']);
    expect(comboOf(press('Z', { ctrlKey: true, shiftKey: true }))).toEqual(['Mod', 'Shift', 'Z']);
    expect(comboOf(press('?', { shiftKey: true }))).toEqual(['?']);
    expect(comboOf(press('ArrowLeft', { shiftKey: true }))).toEqual(['Shift', 'ArrowLeft']);
    expect(keyLabel('ArrowLeft')).toEqual({ text: '←', spoken: 'Left arrow' });
    expect(keyLabel('Mod')).toEqual({ text: 'Ctrl', spoken: 'Ctrl' });
  });

  it('prints shared modifiers once, and only when every alternative has them', () => {
    expect(
      sharedModifiers([
        ['Shift', 'ArrowLeft'],
        ['Shift', 'ArrowRight'],
      ]),
    ).toEqual({ modifiers: ['Shift'], lastKeys: ['ArrowLeft', 'ArrowRight'] });
    expect(
      sharedModifiers([
        ['Mod', 'Shift', 'Z'],
        ['Mod', 'Y'],
      ]),
    ).toBeNull();
    expect(sharedModifiers([['ArrowLeft'], ['ArrowRight']])).toBeNull();
    expect(sharedModifiers([['Mod', 'Z']])).toBeNull();
  });

  it('has no group or action listed twice', () => {
    const ids = SHORTCUT_GROUPS.map((group) => group.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const group of SHORTCUT_GROUPS) {
      const actions = group.shortcuts.map((shortcut) => shortcut.action);
      expect(new Set(actions).size, group.id).toBe(actions.length);
    }
  });

  for (const mode of ['sketch', 'mask'] as const satisfies CanvasMode[]) {
    it(`lists every key the canvas handles in ${mode} mode, and nothing it does not`, () => {
      const listed = combosOf('canvas', `canvas-${mode}`);
      const handled = new Set<string>();
      for (const press of everyKeyPress()) {
        const action = shortcutFor(press, mode);
        if (!action) continue;
        // A key that does the same with Shift held (M, for Caps Lock's sake) is one binding.
        const unshifted = { ...press, key: press.key.toLowerCase(), shiftKey: false };
        const same =
          press.shiftKey && JSON.stringify(shortcutFor(unshifted, mode)) === JSON.stringify(action);
        handled.add(comboText(comboOf(same ? unshifted : press)));
      }
      for (const combo of handled) expect(listed, `${combo} in ${mode} mode`).toContain(combo);
      // The other way: the stage itself pans with the arrows and Space (stage-controller.ts).
      const stageKeys = /Arrow|^ $/;
      const keymapCombos = [...listed].filter((combo) => !stageKeys.test(combo));
      expect(keymapCombos.sort()).toEqual([...handled].sort());
    });

    it(`names the tool each key picks in ${mode} mode as its button does`, () => {
      const group = shortcutGroup(`canvas-${mode}`);
      for (const shortcut of group.shortcuts) {
        for (const combo of shortcut.keys) {
          const action = shortcutFor(pressOf(combo), mode);
          expect(action?.type).toBe('tool');
          if (action?.type === 'tool') expect(shortcut.action).toBe(toolInfo(action.tool).label);
        }
      }
      const withKeys = TOOLS.filter((tool) => tool.mode === mode && tool.key);
      expect(group.shortcuts).toHaveLength(withKeys.length);
    });
  }

  it('lists every key that moves focus in the History grid', () => {
    const listed = combosOf('history');
    for (const key of [...PRINTABLE, ...NAMED_KEYS]) {
      if (nextGridIndex(key, 5, 4, 40) !== null) expect(listed).toContain(key);
    }
  });

  it('lists every key a component compares event.key with', () => {
    // The keys handled inline (dialogs' Escape, the grid's Enter and Delete, Ctrl+Enter in
    // Generate, ← → in the detail view) are found in the source, as a reviewer would grep for them.
    const sources = import.meta.glob(['../features/**/*.{ts,tsx}', '../app/**/*.{ts,tsx}'], {
      query: '?raw',
      import: 'default',
      eager: true,
    });
    const everyKey = new Set(
      SHORTCUT_GROUPS.flatMap((group) =>
        group.shortcuts.flatMap((shortcut) => shortcut.keys.map((combo) => combo.at(-1))),
      ),
    );
    const found = new Set<string>();
    for (const [path, source] of Object.entries(sources)) {
      if (path.includes('.test.')) continue;
      for (const match of String(source).matchAll(/event\.key\s*[!=]==\s*'([^']+)'/g)) {
        found.add(match[1]!);
      }
    }
    // Tab moves focus as on every page; code that lets it through is not a shortcut of its own.
    found.delete('Tab');
    expect(found.size).toBeGreaterThan(5);
    for (const key of found) expect(everyKey, key).toContain(key);
  });
});
