import { useId } from 'react';

interface SwitchFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** What the switch does. */
  hint?: string;
  /** Why the switch cannot be used right now; shown as text and disables it. */
  disabledReason?: string | null;
}

/** A checkbox with the switch role: its name is the label, its state on/off. */
export function SwitchField({ label, checked, onChange, hint, disabledReason }: SwitchFieldProps) {
  const id = useId();
  const hintId = useId();
  const reasonId = useId();
  const describedBy =
    [hint ? hintId : null, disabledReason ? reasonId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="flex items-center gap-3 text-sm font-medium">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={checked}
          disabled={Boolean(disabledReason)}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={describedBy}
          className="peer size-4 accent-accent disabled:cursor-not-allowed"
        />
        <span className="peer-disabled:opacity-60">{label}</span>
      </label>
      {hint ? (
        <p id={hintId} className="mt-0.5 pl-7 text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {disabledReason ? (
        <p id={reasonId} className="mt-0.5 pl-7 text-xs text-muted">
          {disabledReason}
        </p>
      ) : null}
    </div>
  );
}
