import { GENERATION_SIZE } from '../../../../contract/limits.ts';
import {
  CUSTOM_SIZE,
  SIZE_PRESETS,
  presetByValue,
  presetValue,
  sizeSelection,
} from '../lib/size-presets.ts';
import { FormField, inputClass } from '../../../components/ui/form-field.tsx';

interface SizeFieldsProps {
  width: string;
  height: string;
  onChange: (patch: { width?: string; height?: string }) => void;
  widthError: string | null;
  heightError: string | null;
}

const sideHint = `${GENERATION_SIZE.min}–${GENERATION_SIZE.max}, a multiple of ${GENERATION_SIZE.step}`;

export function SizeFields({ width, height, onChange, widthError, heightError }: SizeFieldsProps) {
  const selection = sizeSelection(width, height);
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <FormField label="Size">
        {({ inputId }) => (
          <select
            id={inputId}
            value={selection}
            onChange={(event) => {
              const preset = presetByValue(event.target.value);
              if (preset) onChange({ width: String(preset.width), height: String(preset.height) });
            }}
            className={inputClass}
          >
            {SIZE_PRESETS.map((preset) => (
              <option key={presetValue(preset)} value={presetValue(preset)}>
                {preset.label} ({preset.width}×{preset.height})
              </option>
            ))}
            <option value={CUSTOM_SIZE}>Custom</option>
          </select>
        )}
      </FormField>
      {(['width', 'height'] as const).map((side) => (
        <FormField
          key={side}
          label={side === 'width' ? 'Width' : 'Height'}
          hint={sideHint}
          error={side === 'width' ? widthError : heightError}
        >
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              type="number"
              inputMode="numeric"
              min={GENERATION_SIZE.min}
              max={GENERATION_SIZE.max}
              step={GENERATION_SIZE.step}
              value={side === 'width' ? width : height}
              onChange={(event) => onChange({ [side]: event.target.value })}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              className={inputClass}
            />
          )}
        </FormField>
      ))}
    </div>
  );
}
