import { useId, type ReactNode } from 'react';

export const inputClass =
  'mt-1.5 w-full rounded-lg border border-border bg-bg px-3 py-2 text-sm text-fg ' +
  'placeholder:text-muted aria-invalid:border-danger disabled:opacity-60';

interface FieldProps {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Renders the control with the ids that tie it to its label, hint and error. */
  children: (ids: {
    id: string;
    describedBy: string | undefined;
    invalid: true | undefined;
  }) => ReactNode;
}

/** A label, one control, an optional hint and an error read out with the control. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children({ id, describedBy: describedBy || undefined, invalid: error ? true : undefined })}
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

interface SwitchProps {
  label: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** An on/off switch: a button with role="switch", toggled by click, Space or Enter. */
export function Switch({ label, hint, checked, onChange }: SwitchProps) {
  const labelId = useId();
  const hintId = useId();
  return (
    <div className="flex items-start justify-between gap-3">
      <div>
        <span id={labelId} className="block text-sm font-medium">
          {label}
        </span>
        <span id={hintId} className="block text-xs text-muted">
          {hint}
        </span>
      </div>
      <button
        type="button"
        role="switch"
        aria-checked={checked}
        aria-labelledby={labelId}
        aria-describedby={hintId}
        onClick={() => onChange(!checked)}
        className={
          'relative mt-0.5 inline-flex h-6 w-11 shrink-0 items-center rounded-full border transition-colors ' +
          (checked ? 'border-accent bg-accent' : 'border-border bg-surface-raised')
        }
      >
        <span
          aria-hidden="true"
          className={
            'inline-block size-4 rounded-full bg-white shadow transition-transform ' +
            (checked ? 'translate-x-6' : 'translate-x-1')
          }
        />
      </button>
    </div>
  );
}
