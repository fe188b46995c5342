import { NUM_IMAGES } from '../../../../contract/limits.ts';
import { LARGE_SIZE_HINT } from '../../../../contract/rules.ts';
import { FormField, inputClass } from '../../../components/ui/form-field.tsx';

interface ImageCountFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** At most this many now (4 when a side is over 768). */
  max: number;
  error: string | null;
}

const COUNTS = Array.from(
  { length: NUM_IMAGES.max - NUM_IMAGES.min + 1 },
  (_, i) => NUM_IMAGES.min + i,
);

export function ImageCountField({ value, onChange, max, error }: ImageCountFieldProps) {
  const limited = max < NUM_IMAGES.max;
  return (
    <FormField label="Number of images" error={error} hint={limited ? LARGE_SIZE_HINT : null}>
      {({ inputId, describedBy, invalid }) => (
        <select
          id={inputId}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={inputClass}
        >
          {COUNTS.map((count) => (
            <option key={count} value={String(count)} disabled={count > max}>
              {count}
            </option>
          ))}
          {COUNTS.some((count) => String(count) === value) ? null : (
            <option value={value}>{value}</option>
          )}
        </select>
      )}
    </FormField>
  );
}
