import { useId } from 'react';

interface RangeFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
  /** How the value reads next to the label. */
  format?: (value: number) => string;
  hint?: string;
}

/** A labelled slider with its value shown; arrow keys, Page Up/Down, Home and End work. */
export function RangeField({
  label,
  value,
  min,
  max,
  step,
  onChange,
  format,
  hint,
}: RangeFieldProps) {
  const id = useId();
  const text = format ? format(value) : String(value);
  return (
    <div className="grid gap-1">
      <div className="flex items-baseline justify-between gap-2 text-sm">
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        {/* The slider announces its own value (aria-valuetext); this is for the eye only. */}
        <span aria-hidden="true" className="tabular-nums text-muted">
          {text}
        </span>
      </div>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={text}
        title={hint}
        onChange={(event) => onChange(Number(event.target.value))}
        className="w-full accent-accent"
      />
    </div>
  );
}
