import { useId } from 'react';
import { CLOUD_BASE_URL } from '../../../../contract/limits.ts';
import { localEngineBaseUrl, type ServerChoice } from '../lib/servers.ts';

interface ServerFieldProps {
  choice: ServerChoice;
  onChoiceChange: (choice: ServerChoice) => void;
  customUrl: string;
  onCustomUrlChange: (value: string) => void;
  customError: string | null;
}

interface Option {
  value: ServerChoice;
  label: string;
  hint: string;
  /** URLs are shown in a monospace font; prose is not. */
  isUrl: boolean;
}

function options(): Option[] {
  return [
    { value: 'local', label: 'Local engine', hint: localEngineBaseUrl(), isUrl: true },
    { value: 'cloud', label: 'Leonardo cloud', hint: CLOUD_BASE_URL, isUrl: true },
    {
      value: 'custom',
      label: 'Custom',
      hint: 'Another server that speaks the same API',
      isUrl: false,
    },
  ];
}

export function ServerField(props: ServerFieldProps) {
  const { choice, onChoiceChange, customUrl, onCustomUrlChange, customError } = props;
  const name = useId();
  const urlId = useId();
  const urlErrorId = useId();
  return (
    <fieldset>
      <legend className="text-sm font-medium">Server</legend>
      <div className="mt-1.5 grid gap-1.5">
        {options().map((option) => (
          <label
            key={option.value}
            className="flex cursor-pointer items-start gap-3 rounded-lg border border-border px-3 py-2 has-checked:border-accent has-checked:bg-surface-raised"
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={choice === option.value}
              onChange={() => onChoiceChange(option.value)}
              aria-describedby={`${name}-${option.value}-hint`}
              className="mt-1 accent-accent"
            />
            <span className="min-w-0">
              <span className="block text-sm font-medium">{option.label}</span>
              <span
                id={`${name}-${option.value}-hint`}
                className={`block truncate text-xs text-muted ${option.isUrl ? 'font-mono' : ''}`}
              >
                {option.hint}
              </span>
            </span>
          </label>
        ))}
      </div>
      {choice === 'custom' ? (
        <div className="mt-3">
          <label htmlFor={urlId} className="block text-sm font-medium">
            Base URL
          </label>
          <input
            id={urlId}
            type="url"
            inputMode="url"
            value={customUrl}
            onChange={(event) => onCustomUrlChange(event.target.value)}
            placeholder="https://example.com/api/rest/v1"
            autoComplete="url"
            spellCheck={false}
            aria-invalid={customError ? true : undefined}
            aria-describedby={customError ? urlErrorId : undefined}
            className="mt-1.5 w-full rounded-lg border border-border bg-bg px-3 py-2 font-mono text-sm placeholder:text-muted aria-invalid:border-danger"
          />
          {customError ? (
            <p id={urlErrorId} className="mt-1.5 text-sm text-danger">
              {customError}
            </p>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}
