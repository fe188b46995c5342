import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useState } from 'react';
import { platformModelsQueryOptions } from '../../../api/models.ts';
import { Button } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { inputClass } from '../../../components/ui/form-field.tsx';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { usePresetStore } from '../hooks/use-user-stores.ts';
import { presetToFormPatch } from '../lib/presets-form-patch.ts';
import type { Preset } from '../lib/presets.ts';
import { useGenerateForm } from '../store/generate-form-store.ts';

/**
 * Named presets of the form's settings (all but the prompt), kept per user: save the current
 * settings under a name, apply one, delete one. Saving over an existing name asks first.
 */
export function PresetsField() {
  const store = usePresetStore();
  const client = useApiClient();
  const models = useQuery(platformModelsQueryOptions(client));
  const selectId = useId();
  const nameId = useId();
  const [presets, setPresets] = useState<Preset[]>([]);
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [replacing, setReplacing] = useState<string | null>(null);

  const reload = useCallback(async () => {
    if (!store) return;
    try {
      const list = await store.list();
      setPresets(list);
      setChosen((current) =>
        list.some((p) => p.name === current) ? current : (list[0]?.name ?? ''),
      );
    } catch {
      setMessage({ text: 'Presets cannot be read in this browser.', error: true });
    }
  }, [store]);
  useEffect(() => {
    void reload();
  }, [reload]);

  async function save(presetName: string, replace: boolean) {
    if (!store) return;
    const result = await store
      .save(presetName, useGenerateForm.getState().form, { replace })
      .catch(() => null);
    if (!result) {
      setMessage({ text: 'The preset could not be saved in this browser.', error: true });
    } else if (result.ok) {
      setMessage({ text: `Saved the preset “${result.preset.name}”.`, error: false });
      setName('');
      await reload();
      setChosen(result.preset.name);
    } else if (result.reason === 'exists') {
      setReplacing(result.existing.name);
    } else {
      setMessage({ text: result.message, error: true });
    }
  }

  function handleSave(event: { preventDefault: () => void }) {
    event.preventDefault();
    void save(name, false);
  }

  function apply() {
    const preset = presets.find((p) => p.name === chosen);
    if (!preset) return;
    const ids = models.data ? models.data.map((m) => m.id) : null;
    useGenerateForm.getState().update(presetToFormPatch(preset, ids));
    setMessage({ text: `Applied the preset “${preset.name}”.`, error: false });
  }

  async function remove() {
    if (!store || !chosen) return;
    const removed = chosen;
    await store.remove(removed).catch(() => {});
    setMessage({ text: `Deleted the preset “${removed}”.`, error: false });
    await reload();
  }

  return (
    <fieldset className="grid gap-3 rounded-xl border border-border p-3">
      <legend className="px-1 text-sm font-medium">Presets</legend>
      <div className="flex flex-wrap items-end gap-2">
        <div className="grid min-w-40 flex-1 gap-1">
          <label htmlFor={selectId} className="text-xs font-medium text-muted">
            Preset
          </label>
          <select
            id={selectId}
            value={chosen}
            disabled={presets.length === 0}
            onChange={(event) => setChosen(event.target.value)}
            className={inputClass}
          >
            {presets.length === 0 ? <option value="">No presets yet</option> : null}
            {presets.map((preset) => (
              <option key={preset.name} value={preset.name}>
                {preset.name}
              </option>
            ))}
          </select>
        </div>
        <Button disabled={!chosen} onClick={apply}>
          Apply preset
        </Button>
        <Button variant="ghost" disabled={!chosen} onClick={() => void remove()}>
          Delete preset
        </Button>
      </div>
      {/* Its own little form inside the big one would nest forms: a group with its own Enter. */}
      <div
        role="group"
        aria-label="Save the settings as a preset"
        className="flex flex-wrap items-end gap-2"
      >
        <div className="grid min-w-40 flex-1 gap-1">
          <label htmlFor={nameId} className="text-xs font-medium text-muted">
            Preset name
          </label>
          <input
            id={nameId}
            value={name}
            maxLength={80}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) handleSave(event);
            }}
            className={inputClass}
          />
        </div>
        <Button onClick={handleSave}>Save preset</Button>
      </div>
      <p role="status" className={`text-xs ${message?.error ? 'text-danger' : 'text-muted'}`}>
        {message?.text ?? ''}
      </p>
      {replacing ? (
        <ConfirmDialog
          title="Replace this preset?"
          description={`A preset named “${replacing}” exists. Saving replaces its settings with the form’s.`}
          confirmLabel="Replace"
          onCancel={() => setReplacing(null)}
          onConfirm={() => {
            const target = replacing;
            setReplacing(null);
            void save(target, true);
          }}
        />
      ) : null}
    </fieldset>
  );
}
