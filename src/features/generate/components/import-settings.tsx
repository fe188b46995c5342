import { useId, useState } from 'react';
import { Button } from '../../../components/ui/button.tsx';
import { inputClass } from '../../../components/ui/form-field.tsx';
import type { ImportMessage } from '../hooks/use-import-settings.ts';

interface ImportSettingsProps {
  onFile: (file: File) => void;
  onReference: (text: string) => void;
  message: ImportMessage | null;
  busy: boolean;
}

/** Where settings come back in: an image file, or a generation id or image URL. */
export function ImportSettings({ onFile, onReference, message, busy }: ImportSettingsProps) {
  const fileId = useId();
  const referenceId = useId();
  const hintId = useId();
  const [reference, setReference] = useState('');

  function loadReference() {
    if (reference.trim()) onReference(reference);
  }

  return (
    <fieldset className="grid gap-3 rounded-xl border border-border p-3" aria-describedby={hintId}>
      <legend className="px-1 text-sm font-medium">Settings from an image</legend>
      <p id={hintId} className="text-xs text-muted">
        Images downloaded from this studio, A1111 PNGs and InvokeAI images carry their settings. You
        can also drop an image on this view, or paste one (or a generation id or image URL) outside
        the text fields.
      </p>
      <div className="grid gap-1">
        <label htmlFor={fileId} className="text-xs font-medium text-muted">
          Import settings from an image
        </label>
        <input
          id={fileId}
          type="file"
          accept="image/png,image/jpeg,image/webp"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onFile(file);
            event.target.value = '';
          }}
          className="text-sm file:mr-3 file:rounded-lg file:border file:border-border file:bg-surface file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-fg hover:file:bg-surface-raised"
        />
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <div className="grid min-w-48 flex-1 gap-1">
          <label htmlFor={referenceId} className="text-xs font-medium text-muted">
            Generation id or image URL
          </label>
          <input
            id={referenceId}
            value={reference}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => setReference(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
                event.preventDefault();
                loadReference();
              }
            }}
            className={`${inputClass} font-mono`}
          />
        </div>
        <Button aria-disabled={busy} onClick={() => !busy && loadReference()}>
          Load settings
        </Button>
      </div>
      <p
        role="status"
        className={`text-xs ${message && !message.ok ? 'text-danger' : 'text-muted'}`}
      >
        {busy ? 'Reading the settings…' : (message?.text ?? '')}
      </p>
    </fieldset>
  );
}
