import { FormField, inputClass } from '../../../components/ui/form-field.tsx';

interface PromptFieldsProps {
  prompt: string;
  negativePrompt: string;
  onChange: (patch: { prompt?: string; negativePrompt?: string }) => void;
  promptError: string | null;
  negativeError: string | null;
}

export function PromptFields(props: PromptFieldsProps) {
  const { prompt, negativePrompt, onChange, promptError, negativeError } = props;
  return (
    <>
      <FormField label="Prompt" error={promptError} hint="Ctrl+Enter (⌘+Enter on a Mac) generates.">
        {({ inputId, describedBy, invalid }) => (
          <textarea
            id={inputId}
            rows={4}
            value={prompt}
            onChange={(event) => onChange({ prompt: event.target.value })}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            placeholder="A lighthouse on a cliff at dusk, cinematic light"
            className={`${inputClass} resize-y`}
          />
        )}
      </FormField>
      <FormField
        label="Negative prompt"
        error={negativeError}
        hint="What to keep out of the image."
      >
        {({ inputId, describedBy, invalid }) => (
          <textarea
            id={inputId}
            rows={2}
            value={negativePrompt}
            onChange={(event) => onChange({ negativePrompt: event.target.value })}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={`${inputClass} resize-y`}
          />
        )}
      </FormField>
    </>
  );
}
