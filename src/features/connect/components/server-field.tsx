import { useId } from 'react';
import { CLOUD_BASE_URL } from '../../../../contract/limits.ts';
import { localEngineBaseUrl, type ServerChoice } from '../lib/servers.ts';

interface ServerFieldProps {
  choice: ServerChoice;
  onChoiceChange: (choice: ServerChoice) => void;
  customUrl: string;
  onCustomUrlChange: (value: string) => void;
  customError: string | null;
  /** No engine serves this page: the local engine's URL is asked for. */
  engineUrlNeeded: boolean;
  engineUrl: string;
  onEngineUrlChange: (value: string) => void;
  engineError: string | null;
  /** This page's engine relays to the cloud at this base URL; null: no such option. */
  relayBaseUrl: string | null;
}

interface Option {
  value: ServerChoice;
  label: string;
  hint: string;
  /** URLs are shown in a monospace font; prose is not. */
  isUrl: boolean;
}

function options(props: ServerFieldProps): Option[] {
  const local: Option = props.engineUrlNeeded
    ? {
        value: 'local',
        label: 'Local engine',
        hint: 'An engine on your machine or network: enter its URL',
        isUrl: false,
      }
    : { value: 'local', label: 'Local engine', hint: localEngineBaseUrl(), isUrl: true };
  const relay: Option[] = props.relayBaseUrl
    ? [
        {
          value: 'relay',
          label: 'Leonardo cloud through this engine',
          hint: props.relayBaseUrl,
          isUrl: true,
        },
      ]
    : [];
  return [
    local,
    { value: 'cloud', label: 'Leonardo cloud', hint: CLOUD_BASE_URL, isUrl: true },
    ...relay,
    {
      value: 'custom',
      label: 'Custom',
      hint: 'Another server that speaks the same API',
      isUrl: false,
    },
  ];
}

interface UrlInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  error: string | null;
}

function UrlInput({ label, value, onChange, placeholder, error }: UrlInputProps) {
  const id = useId();
  const errorId = useId();
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="url"
        inputMode="url"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={placeholder}
        autoComplete="url"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="mt-1.5 w-full rounded-lg border border-border bg-bg px-3 py-2 font-mono text-sm placeholder:text-muted aria-invalid:border-danger"
      />
      {error ? (
        <p id={errorId} className="mt-1.5 text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function ServerField(props: ServerFieldProps) {
  const { choice, onChoiceChange } = props;
  const name = useId();
  return (
    <fieldset>
      <legend className="text-sm font-medium">Server</legend>
      <div className="mt-1.5 grid gap-1.5">
        {options(props).map((option) => (
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
              // Named by the label alone; the URL under it is its description.
              aria-labelledby={`${name}-${option.value}-label`}
              aria-describedby={`${name}-${option.value}-hint`}
              className="mt-1 accent-accent"
            />
            <span className="min-w-0">
              <span id={`${name}-${option.value}-label`} className="block text-sm font-medium">
                {option.label}
              </span>
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
      {choice === 'local' && props.engineUrlNeeded ? (
        <UrlInput
          label="Engine URL"
          value={props.engineUrl}
          onChange={props.onEngineUrlChange}
          placeholder="http://127.0.0.1:8787"
          error={props.engineError}
        />
      ) : null}
      {choice === 'custom' ? (
        <UrlInput
          label="Base URL"
          value={props.customUrl}
          onChange={props.onCustomUrlChange}
          placeholder="https://example.com/api/rest/v1"
          error={props.customError}
        />
      ) : null}
    </fieldset>
  );
}
