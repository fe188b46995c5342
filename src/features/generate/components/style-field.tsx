import type { SdStyle } from '../../../../contract/index.ts';
import { allowedStyles } from '../../../../contract/rules.ts';
import { styleLabel } from '../lib/style-label.ts';
import { FormField, inputClass } from '../../../components/ui/form-field.tsx';

interface StyleFieldProps {
  value: SdStyle;
  alchemy: boolean;
  onChange: (value: SdStyle) => void;
  error: string | null;
}

export function StyleField({ value, alchemy, onChange, error }: StyleFieldProps) {
  const styles = allowedStyles(alchemy);
  return (
    <FormField
      label="Preset style"
      error={error}
      hint={alchemy ? 'The styles offered with Alchemy.' : 'Without Alchemy: Leonardo or None.'}
    >
      {({ inputId, describedBy, invalid }) => (
        <select
          id={inputId}
          value={value}
          onChange={(event) => onChange(event.target.value as SdStyle)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={inputClass}
        >
          {styles.map((style) => (
            <option key={style} value={style}>
              {styleLabel(style)}
            </option>
          ))}
          {styles.includes(value) ? null : <option value={value}>{styleLabel(value)}</option>}
        </select>
      )}
    </FormField>
  );
}
