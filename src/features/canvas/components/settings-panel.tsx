import { useId } from 'react';
import {
  LCM_GUIDANCE,
  LCM_REFINE_STRENGTH,
  LCM_STEPS,
  LCM_STRENGTH,
  LCM_STYLES,
  SEED_MAX,
  type LcmStyle,
} from '../../../../contract/limits.ts';
import { randomSeed } from '../lib/canvas-settings.ts';
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
  'w-full rounded-lg border border-border bg-surface px-2 py-1.5 text-sm focus-visible:outline-2';

/** Style, seed, strength, guidance, steps and the upscale's options, for every request. */
export function SettingsPanel() {
  const settings = useCanvasSettings((s) => s.settings);
  const update = useCanvasSettings((s) => s.update);
  const ids = { style: useId(), seed: useId() };
  return (
    <fieldset className="grid content-start gap-3">
      <legend className="mb-2 text-sm font-semibold">Settings</legend>
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
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={settings.refineCreative}
          onChange={(event) => update({ refineCreative: event.target.checked })}
          className="size-4 accent-accent"
        />
        Creative upscale
      </label>
      <RangeField
        label="Upscale refinement"
        value={settings.refineStrength}
        min={LCM_REFINE_STRENGTH.min}
        max={LCM_REFINE_STRENGTH.max}
        step={0.05}
        onChange={(v) => update({ refineStrength: v })}
        format={(v) => v.toFixed(2)}
      />
    </fieldset>
  );
}
