import { useState, type FormEvent } from 'react';
import type { CreateTextureBody } from '../../../../contract/index.ts';
import { PROMPT_MAX_LENGTH } from '../../../../contract/rules.ts';
import { Button } from '../../../components/ui/button.tsx';
import { FormField, inputClass } from '../../../components/ui/form-field.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { SwitchField } from '../../../components/ui/switch-field.tsx';
import {
  PREVIEW_DIRECTIONS,
  ROTATION,
  TEXTURE_SD_VERSIONS,
  buildTextureBody,
  validateDraft,
  type DraftErrors,
  type PreviewDirection,
} from '../lib/texture-form.ts';
import { useTextureDraft } from '../store/texture-draft-store.ts';
import { ErrorAlert } from './error-alert.tsx';

const FIELD_ORDER = ['prompt', 'negativePrompt', 'seed', 'rotation'] as const;

interface TextureFormProps {
  modelId: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: CreateTextureBody) => void;
}

/** The settings of POST /generations-texture. The draft survives errors and model switches. */
export function TextureForm({ modelId, pending, error, onSubmit }: TextureFormProps) {
  const draft = useTextureDraft((state) => state.draft);
  const update = useTextureDraft((state) => state.update);
  const [errors, setErrors] = useState<DraftErrors>({});

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const found = validateDraft(draft);
    setErrors(found);
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) {
      // Move to the first field that needs attention (by name: its aria-invalid is not set yet).
      const control = event.currentTarget.elements.namedItem(first);
      if (control instanceof HTMLElement) control.focus();
      return;
    }
    onSubmit(buildTextureBody(modelId, draft));
  }

  return (
    <form noValidate onSubmit={handleSubmit} aria-label="New texture" className="grid gap-4">
      <FormField label="Prompt" error={errors.prompt}>
        {({ inputId, describedBy, invalid }) => (
          <textarea
            id={inputId}
            name="prompt"
            rows={3}
            maxLength={PROMPT_MAX_LENGTH}
            value={draft.prompt}
            onChange={(event) => update({ prompt: event.target.value })}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            placeholder="weathered bronze with green patina"
            className={inputClass}
          />
        )}
      </FormField>
      <FormField label="Negative prompt" hint="What the texture should not have.">
        {({ inputId, describedBy }) => (
          <textarea
            id={inputId}
            name="negativePrompt"
            rows={2}
            maxLength={PROMPT_MAX_LENGTH}
            value={draft.negativePrompt}
            onChange={(event) => update({ negativePrompt: event.target.value })}
            aria-describedby={describedBy}
            className={inputClass}
          />
        )}
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Seed" hint="Empty for a random seed." error={errors.seed}>
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              name="seed"
              inputMode="numeric"
              autoComplete="off"
              value={draft.seed}
              onChange={(event) => update({ seed: event.target.value })}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              className={inputClass}
            />
          )}
        </FormField>
        <fieldset>
          <legend className="text-sm font-medium">SD version</legend>
          <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
            {TEXTURE_SD_VERSIONS.map((version) => (
              <label key={version.value} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="sd-version"
                  value={version.value}
                  checked={draft.sdVersion === version.value}
                  onChange={() => update({ sdVersion: version.value })}
                  className="accent-accent"
                />
                {version.label}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <SwitchField
        label="Preview"
        hint="Ask for a preview rendered from one direction."
        checked={draft.preview}
        onChange={(preview) => update({ preview })}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Preview direction">
          {({ inputId }) => (
            <select
              id={inputId}
              value={draft.previewDirection}
              onChange={(event) =>
                update({ previewDirection: event.target.value as PreviewDirection })
              }
              className={inputClass}
            >
              {PREVIEW_DIRECTIONS.map((direction) => (
                <option key={direction} value={direction}>
                  {direction[0]!.toUpperCase() + direction.slice(1)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          label="Front rotation offset"
          hint={`${draft.frontRotationOffset}° — which way the model's front faces.`}
          error={errors.rotation}
        >
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              name="rotation"
              type="range"
              min={ROTATION.min}
              max={ROTATION.max}
              step={1}
              value={draft.frontRotationOffset}
              onChange={(event) => update({ frontRotationOffset: Number(event.target.value) })}
              aria-valuetext={`${draft.frontRotationOffset} degrees`}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              className="mt-1.5 w-full accent-accent"
            />
          )}
        </FormField>
      </div>
      {error ? <ErrorAlert error={error} prefix="The texture job was not started: " /> : null}
      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" aria-disabled={pending}>
          Generate textures
        </Button>
        {pending ? (
          <span role="status" className="flex items-center gap-2 text-sm text-muted">
            <Spinner />
            Starting the texture job…
          </span>
        ) : null}
      </div>
    </form>
  );
}
