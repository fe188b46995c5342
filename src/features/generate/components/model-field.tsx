import type { PlatformModel } from '../../../../contract/index.ts';
import { CUSTOM_MODEL, SERVER_DEFAULT_MODEL } from '../lib/form-state.ts';
import { FormField, inputClass } from '../../../components/ui/form-field.tsx';

interface ModelFieldProps {
  model: string;
  customModelId: string;
  onChange: (patch: { model?: string; customModelId?: string }) => void;
  models: readonly PlatformModel[];
  /** Why a model cannot be chosen now (PhotoReal v1), or null. */
  disabledReason: string | null;
  loadError: string | null;
  customError: string | null;
}

export function ModelField(props: ModelFieldProps) {
  const { model, customModelId, onChange, models, disabledReason, loadError, customError } = props;
  // A model chosen before the list changed (another server) stays selectable rather than vanishing.
  const unlisted =
    model !== SERVER_DEFAULT_MODEL && model !== CUSTOM_MODEL && !models.some((m) => m.id === model);
  return (
    <div className="grid gap-3">
      <FormField
        label="Model"
        hint={disabledReason ?? (loadError ? `The model list did not load: ${loadError}` : null)}
      >
        {({ inputId, describedBy }) => (
          <select
            id={inputId}
            value={model}
            disabled={Boolean(disabledReason)}
            onChange={(event) => onChange({ model: event.target.value })}
            aria-describedby={describedBy}
            className={inputClass}
          >
            <option value={SERVER_DEFAULT_MODEL}>Server default</option>
            {models.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
            {unlisted ? <option value={model}>{model}</option> : null}
            <option value={CUSTOM_MODEL}>Other model id…</option>
          </select>
        )}
      </FormField>
      {model === CUSTOM_MODEL && !disabledReason ? (
        <FormField
          label="Model id"
          error={customError}
          hint="A custom or fine-tuned model of your account. The server checks that it exists."
        >
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              value={customModelId}
              onChange={(event) => onChange({ customModelId: event.target.value })}
              spellCheck={false}
              autoComplete="off"
              aria-describedby={describedBy}
              aria-invalid={invalid}
              className={`${inputClass} font-mono`}
            />
          )}
        </FormField>
      ) : null}
    </div>
  );
}
