import { useId, type ReactNode } from 'react';

export const inputClass =
  'w-full rounded-lg border border-border bg-bg px-3 py-2 text-sm text-fg placeholder:text-muted ' +
  'aria-invalid:border-danger disabled:cursor-not-allowed disabled:opacity-60';

export interface FieldIds {
  inputId: string;
  describedBy: string | undefined;
  invalid: true | undefined;
}

interface FormFieldProps {
  label: string;
  /** Shown under the control; also its description. */
  hint?: ReactNode;
  error?: string | null;
  className?: string;
  /** Beside the label, at the end of its line (a control that helps fill the field in). */
  labelEnd?: ReactNode;
  children: (ids: FieldIds) => ReactNode;
}

/** A label, a control, a hint and an error, wired with ids for assistive technology. */
export function FormField(props: FormFieldProps) {
  const { label, hint, error, className = '', labelEnd, children } = props;
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const describedBy =
    [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      {labelEnd ? (
        <div className="flex items-end justify-between gap-2">
          <label htmlFor={inputId} className="block text-sm font-medium">
            {label}
          </label>
          {labelEnd}
        </div>
      ) : (
        <label htmlFor={inputId} className="block text-sm font-medium">
          {label}
        </label>
      )}
      <div className="mt-1.5">
        {children({ inputId, describedBy, invalid: error ? true : undefined })}
      </div>
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
