import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FORM, type GenerateForm } from './form-state.ts';
import {
  PRESET_NAME_MAX,
  createPresetStore,
  parsePreset,
  presetSettingsOf,
  presetsDbName,
} from './presets.ts';

let scopes = 0;
const scope = () => `http://127.0.0.1:8787/api/rest/v1\npreset-user-${++scopes}`;

const portrait: GenerateForm = {
  ...DEFAULT_FORM,
  prompt: 'not part of a preset',
  negativePrompt: 'text, watermark',
  width: '832',
  height: '1216',
  numImages: '2',
  presetStyle: 'CINEMATIC',
  photoReal: true,
  photoRealVersion: 'v2',
};

describe('presets', () => {
  it('saves the current settings under a name, without the prompt', async () => {
    const store = createPresetStore(scope(), { now: () => 5 });
    const saved = await store.save('  Tall   portrait ', portrait);
    expect(saved).toEqual({
      ok: true,
      preset: { name: 'Tall portrait', settings: presetSettingsOf(portrait), savedAt: 5 },
    });
    const [preset] = await store.list();
    expect(preset!.settings).not.toHaveProperty('prompt');
    expect(preset!.settings).toMatchObject({
      negativePrompt: 'text, watermark',
      width: '832',
      photoRealVersion: 'v2',
    });
  });

  it('asks before replacing a preset of the same name, in any case', async () => {
    const store = createPresetStore(scope());
    await store.save('Square', { ...DEFAULT_FORM, width: '1024', height: '1024' });
    const again = await store.save('square', { ...DEFAULT_FORM, width: '512', height: '512' });
    expect(again).toMatchObject({
      ok: false,
      reason: 'exists',
      existing: { name: 'Square', settings: { width: '1024' } },
    });
    expect((await store.list())[0]!.settings.width).toBe('1024');
    expect(
      await store.save(
        'square',
        { ...DEFAULT_FORM, width: '512', height: '512' },
        { replace: true },
      ),
    ).toMatchObject({ ok: true });
    const list = await store.list();
    expect(list.map((p) => [p.name, p.settings.width])).toEqual([['square', '512']]);
  });

  it('refuses an empty or overlong name', async () => {
    const store = createPresetStore(scope());
    expect(await store.save('   ', DEFAULT_FORM)).toMatchObject({
      ok: false,
      reason: 'invalid-name',
    });
    expect(await store.save('x'.repeat(PRESET_NAME_MAX + 1), DEFAULT_FORM)).toMatchObject({
      ok: false,
      reason: 'invalid-name',
    });
    expect(await store.list()).toEqual([]);
  });

  it('lists by name, removes by name, and keeps each user apart', async () => {
    const s = scope();
    const store = createPresetStore(s);
    for (const name of ['b wide', 'A square', 'c tall']) await store.save(name, DEFAULT_FORM);
    expect((await store.list()).map((p) => p.name)).toEqual(['A square', 'b wide', 'c tall']);
    await store.remove('B WIDE');
    expect((await createPresetStore(s).list()).map((p) => p.name)).toEqual(['A square', 'c tall']);
    expect(await createPresetStore(scope()).list()).toEqual([]);
  });

  it('reads stale or damaged presets field by field', async () => {
    const s = scope();
    await set(
      'presets',
      [
        {
          name: 'old',
          settings: {
            width: '768',
            presetStyle: 'NOT_A_STYLE',
            alchemy: 'yes',
            seedMode: 'fixed',
            unknown: 1,
          },
          savedAt: 'x',
        },
        { name: '', settings: {} },
        { name: 'OLD', settings: {} },
        42,
      ],
      createStore(presetsDbName(s), 'presets'),
    );
    expect(await createPresetStore(s).list()).toEqual([
      { name: 'old', settings: { width: '768', seedMode: 'fixed' }, savedAt: 0 },
    ]);
    expect(parsePreset({ name: 'n' })).toEqual({ name: 'n', settings: {}, savedAt: 0 });
  });
});
