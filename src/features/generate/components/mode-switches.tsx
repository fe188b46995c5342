import type { GenerateForm, PhotoRealVersion, PromptMagicVersion } from '../lib/form-state.ts';
import type { DisabledReasons } from '../lib/form-rules.ts';
import { FormField, inputClass } from '../../../components/ui/form-field.tsx';
import { SwitchField } from '../../../components/ui/switch-field.tsx';

interface ModeSwitchesProps {
  form: GenerateForm;
  reasons: DisabledReasons;
  onChange: (patch: Partial<GenerateForm>) => void;
  photoRealError: string | null;
}

/** Alchemy, PhotoReal and Prompt Magic, following the documented rules between them. */
export function ModeSwitches({ form, reasons, onChange, photoRealError }: ModeSwitchesProps) {
  return (
    <fieldset className="grid gap-3">
      <legend className="text-sm font-medium">Modes</legend>
      <SwitchField
        label="Alchemy"
        checked={form.alchemy}
        onChange={(alchemy) => onChange({ alchemy })}
        hint="Leonardo's higher-quality pipeline. Turning it off also turns off PhotoReal."
      />
      <SwitchField
        label="PhotoReal"
        checked={form.photoReal}
        onChange={(photoReal) => onChange({ photoReal })}
        hint="Photographic results."
        disabledReason={reasons.photoReal}
      />
      {photoRealError ? <p className="pl-7 text-sm text-danger">{photoRealError}</p> : null}
      {form.photoReal ? (
        <FormField label="PhotoReal version" className="pl-7">
          {({ inputId }) => (
            <select
              id={inputId}
              value={form.photoRealVersion}
              onChange={(event) =>
                onChange({ photoRealVersion: event.target.value as PhotoRealVersion })
              }
              className={inputClass}
            >
              <option value="v1">v1 (no model)</option>
              <option value="v2">v2 (with the chosen model)</option>
            </select>
          )}
        </FormField>
      ) : null}
      <SwitchField
        label="Prompt Magic"
        checked={form.promptMagic}
        onChange={(promptMagic) => onChange({ promptMagic })}
        hint="Lets the server elaborate the prompt."
      />
      {form.promptMagic ? (
        <FormField label="Prompt Magic version" className="pl-7">
          {({ inputId }) => (
            <select
              id={inputId}
              value={form.promptMagicVersion}
              onChange={(event) =>
                onChange({ promptMagicVersion: event.target.value as PromptMagicVersion })
              }
              className={inputClass}
            >
              <option value="v2">v2</option>
              <option value="v3">v3</option>
            </select>
          )}
        </FormField>
      ) : null}
      <p className="text-xs text-muted">
        Ultra mode is not offered in the studio (the API does not allow it with Alchemy).
      </p>
      <SwitchField
        label="Public"
        checked={form.isPublic}
        onChange={(isPublic) => onChange({ isPublic })}
        hint="Show the images in Leonardo's community feed."
      />
    </fieldset>
  );
}
