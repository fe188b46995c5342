import { GUIDANCE_SCALE } from '../../../../contract/limits.ts';
import { FormField, inputClass } from '../../../components/ui/form-field.tsx';

interface GuidanceFieldProps {
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}

export function GuidanceField({ value, onChange, error }: GuidanceFieldProps) {
  return (
    <FormField
      label="Guidance scale"
      error={error}
      hint={`${GUIDANCE_SCALE.min}–${GUIDANCE_SCALE.max}: how closely to follow the prompt.`}
    >
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          type="number"
          inputMode="decimal"
          min={GUIDANCE_SCALE.min}
          max={GUIDANCE_SCALE.max}
          step={0.5}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={inputClass}
        />
      )}
    </FormField>
  );
}
