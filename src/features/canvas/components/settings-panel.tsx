import { useId } from 'react';
import {
  LCM_GUIDANCE,
  LCM_STEPS,
  LCM_STRENGTH,
  LCM_STYLES,
  SEED_MAX,
  type LcmStyle,
} from '../../../../contract/limits.ts';
import { getCanvasDocument } from '../document/canvas-session.ts';
import { useDocumentState } from '../hooks/use-document.ts';
import {
  OUTPUT_SIZES,
  PROMPT_MAX,
  parseSizeKey,
  randomSeed,
  sizeKey,
  sizeLabel,
} from '../lib/canvas-settings.ts';
import { useCanvasSettings } from '../store/settings-store.ts';
import { RangeField } from './range-field.tsx';
import { ToolButton } from './tool-button.tsx';

const styleLabel = (style: LcmStyle) =>
  style === 'NONE'
    ? 'None'
    : style === 'RENDER_3D'
      ? '3D render'
      : style.charAt(0) + style.slice(1).toLowerCase().replace(/_/g, ' ');

const fieldClass =
  'w-full rounded-lg border border-border bg-surface px-3 py-2 text-sm focus-visible:outline-2';

/** Prompt, style, size, strength, guidance, steps and seed for every request. */
export function SettingsPanel() {
  const settings = useCanvasSettings((s) => s.settings);
  const update = useCanvasSettings((s) => s.update);
  const size = useDocumentState((s) => s.size);
  const ids = { prompt: useId(), style: useId(), size: useId(), seed: useId() };
  return (
    <fieldset className="grid gap-3 rounded-xl border border-border bg-surface p-4 md:grid-cols-2 xl:grid-cols-4">
      <legend className="px-1 text-sm font-semibold">Settings</legend>
      <div className="grid gap-1 md:col-span-2 xl:col-span-4">
        <label htmlFor={ids.prompt} className="text-sm font-medium">
          Prompt
        </label>
        <textarea
          id={ids.prompt}
          rows={2}
          maxLength={PROMPT_MAX}
          value={settings.prompt}
          placeholder="What should the sketch become? e.g. a lighthouse on a cliff at dusk"
          onChange={(event) => update({ prompt: event.target.value })}
          className={fieldClass}
        />
      </div>
      <div className="grid gap-1">
        <label htmlFor={ids.style} className="text-sm font-medium">
          Style
        </label>
        <select
          id={ids.style}
          value={settings.style}
          onChange={(event) => update({ style: event.target.value as LcmStyle })}
          className={fieldClass}
        >
          {LCM_STYLES.map((style) => (
            <option key={style} value={style}>
              {styleLabel(style)}
            </option>
          ))}
        </select>
      </div>
      <div className="grid gap-1">
        <label htmlFor={ids.size} className="text-sm font-medium">
          Output size
        </label>
        <select
          id={ids.size}
          value={sizeKey(size)}
          onChange={(event) => {
            const next = parseSizeKey(event.target.value);
            if (next) getCanvasDocument().resize(next);
          }}
          className={fieldClass}
        >
          {OUTPUT_SIZES.map((option) => (
            <option key={sizeKey(option)} value={sizeKey(option)}>
              {sizeLabel(option)}
            </option>
          ))}
        </select>
      </div>
      <div className="grid gap-1">
        <label htmlFor={ids.seed} className="text-sm font-medium">
          Seed
        </label>
        <div className="flex gap-1">
          <input
            id={ids.seed}
            type="number"
            inputMode="numeric"
            min={0}
            max={SEED_MAX}
            step={1}
            value={settings.seed}
            onChange={(event) => {
              const value = Math.round(Number(event.target.value));
              if (Number.isFinite(value) && value >= 0 && value <= SEED_MAX)
                update({ seed: value });
            }}
            className={fieldClass}
          />
          <ToolButton onClick={() => update({ seed: randomSeed() })}>New seed</ToolButton>
        </div>
      </div>
      <RangeField
        label="Strength"
        value={settings.strength}
        min={LCM_STRENGTH.min}
        max={LCM_STRENGTH.max}
        step={0.05}
        onChange={(v) => update({ strength: v })}
        format={(v) => v.toFixed(2)}
        hint="Low keeps your drawing, high follows the prompt"
      />
      <RangeField
        label="Guidance"
        value={settings.guidance}
        min={LCM_GUIDANCE.min}
        max={LCM_GUIDANCE.max}
        step={0.5}
        onChange={(v) => update({ guidance: v })}
        format={(v) => v.toFixed(1)}
      />
      <RangeField
        label="Steps"
        value={settings.steps}
        min={LCM_STEPS.min}
        max={LCM_STEPS.max}
        step={1}
        onChange={(v) => update({ steps: v })}
      />
    </fieldset>
  );
}
