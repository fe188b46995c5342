import type { ReactNode } from 'react';
import { PROMPT_MAX_LENGTH } from '../../../../contract/rules.ts';
import { FormField, inputClass } from '../../../components/ui/form-field.tsx';

interface PromptFieldsProps {
  prompt: string;
  negativePrompt: string;
  onChange: (patch: { prompt?: string; negativePrompt?: string }) => void;
  promptError: string | null;
  negativeError: string | null;
  /** Beside the Prompt label: the button that opens the earlier prompts. */
  promptTools?: ReactNode;
}

const count = new Intl.NumberFormat('en-US');

/** "24 / 1,500": how much of the API's limit a prompt uses, in the danger colour past it. */
function CharacterCount({ length }: { length: number }) {
  const over = length > PROMPT_MAX_LENGTH;
  return (
    <span className={`shrink-0 tabular-nums ${over ? 'font-medium text-danger' : ''}`}>
      {`${count.format(length)} / ${count.format(PROMPT_MAX_LENGTH)}`}
      <span className="sr-only">&nbsp;characters</span>
    </span>
  );
}

// A hint, and it must read as one: italic and paler than anything typed.
const hintPlaceholder = 'placeholder:italic placeholder:opacity-70';

export function PromptFields(props: PromptFieldsProps) {
  const { prompt, negativePrompt, onChange, promptError, negativeError, promptTools } = props;
  return (
    <>
      <FormField
        label="Prompt"
        error={promptError}
        labelEnd={promptTools}
        hint={
          <span className="flex justify-between gap-3">
            <span>Ctrl+Enter (⌘+Enter on a Mac) generates.</span>{' '}
            <CharacterCount length={prompt.length} />
          </span>
        }
      >
        {({ inputId, describedBy, invalid }) => (
          <textarea
            id={inputId}
            rows={4}
            value={prompt}
            onChange={(event) => onChange({ prompt: event.target.value })}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            placeholder="Describe the image, e.g. a lighthouse on a cliff at dusk"
            className={`${inputClass} ${hintPlaceholder} resize-y`}
          />
        )}
      </FormField>
      <FormField
        label="Negative prompt"
        error={negativeError}
        hint={
          <span className="flex justify-between gap-3">
            <span>What to keep out of the image.</span>{' '}
            <CharacterCount length={negativePrompt.length} />
          </span>
        }
      >
        {({ inputId, describedBy, invalid }) => (
          <textarea
            id={inputId}
            rows={2}
            value={negativePrompt}
            onChange={(event) => onChange({ negativePrompt: event.target.value })}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            placeholder="e.g. blurry, text, watermark"
            className={`${inputClass} ${hintPlaceholder} resize-y`}
          />
        )}
      </FormField>
    </>
  );
}
