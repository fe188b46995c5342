import { useId, useState } from 'react';

interface ApiKeyFieldProps {
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}

const inputClass =
  'w-full rounded-lg border border-border bg-bg py-2 pl-3 pr-20 font-mono text-sm text-fg ' +
  'placeholder:text-muted aria-invalid:border-danger';

export function ApiKeyField({ value, onChange, error }: ApiKeyFieldProps) {
  const [visible, setVisible] = useState(false);
  const inputId = useId();
  const errorId = useId();
  return (
    <div>
      <label htmlFor={inputId} className="block text-sm font-medium">
        API key
      </label>
      <div className="relative mt-1.5">
        <input
          id={inputId}
          data-autofocus
          type={visible ? 'text' : 'password'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className={inputClass}
        />
        <button
          type="button"
          aria-controls={inputId}
          // The visible "Show"/"Hide" starts the name, so voice control users can say what they see.
          aria-label={visible ? 'Hide API key' : 'Show API key'}
          onClick={() => setVisible((shown) => !shown)}
          className="absolute inset-y-1 right-1 rounded-md px-2.5 text-xs font-medium text-muted hover:bg-surface-raised hover:text-fg"
        >
          {visible ? 'Hide' : 'Show'}
        </button>
      </div>
      {error ? (
        <p id={errorId} className="mt-1.5 text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
