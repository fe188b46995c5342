import { useId, useRef, useState, type FormEvent } from 'react';
import { UPLOAD_LIMIT_BYTES } from '../../../../contract/limits.ts';
import { Button } from '../../../components/ui/button.tsx';
import { useSingleFlight } from '../../../hooks/use-single-flight.ts';
import { isAbort, useUploadModel } from '../hooks/use-upload-model.ts';
import { ErrorAlert } from './error-alert.tsx';

const LIMIT_MB = UPLOAD_LIMIT_BYTES / 1024 / 1024;

/** Choose an OBJ file and upload it through Leonardo's presigned form, with progress. */
export function ModelUploadForm({ onUploaded }: { onUploaded: (modelId: string) => void }) {
  const inputId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const { mutation, progress, cancel } = useUploadModel((modelId) => {
    setFile(null);
    if (inputRef.current) inputRef.current.value = '';
    onUploaded(modelId);
  });
  const flight = useSingleFlight();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (flight.busy) return;
    if (!file) {
      setMissing(true);
      inputRef.current?.focus();
      return;
    }
    // One upload per activation, however fast they come: each asks the API for a new model.
    flight.run(() => mutation.mutateAsync(file));
  }

  const uploading = mutation.isPending && progress !== null;
  const cancelled = mutation.isError && isAbort(mutation.error);
  const percent = progress?.total
    ? Math.round((progress.loaded / progress.total) * 100)
    : undefined;

  return (
    <form noValidate onSubmit={handleSubmit} className="grid gap-3" aria-label="Upload a model">
      <div>
        <label htmlFor={inputId} className="block text-sm font-medium">
          OBJ file
        </label>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept=".obj,model/obj,text/plain"
          aria-describedby={hintId}
          aria-invalid={missing || (mutation.isError && !cancelled) ? true : undefined}
          disabled={flight.busy}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setMissing(false);
            mutation.reset();
          }}
          className="mt-1.5 block w-full text-sm file:mr-3 file:rounded-lg file:border file:border-border file:bg-surface-raised file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-fg"
        />
        <p id={hintId} className="mt-1 text-xs text-muted">
          A Wavefront .obj mesh up to {LIMIT_MB} MB. With texture coordinates (vt) the maps follow
          your UV layout; without, the preview projects them onto the box around the model.
        </p>
        {missing ? <p className="mt-1 text-sm text-danger">Choose an OBJ file first.</p> : null}
      </div>
      {uploading ? (
        <div className="grid gap-1">
          <progress
            aria-label="Upload progress"
            max={100}
            value={percent}
            className="h-2 w-full accent-accent"
          />
          <p className="text-xs text-muted" aria-live="polite">
            {percent === undefined ? 'Uploading…' : `Uploading… ${percent}%`}
          </p>
        </div>
      ) : null}
      {mutation.isError && !cancelled ? (
        <ErrorAlert error={mutation.error} prefix="Upload failed: " />
      ) : null}
      {cancelled ? (
        <p role="status" className="text-sm text-muted">
          Upload cancelled.
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" aria-disabled={flight.busy}>
          Upload model
        </Button>
        {uploading ? <Button onClick={cancel}>Cancel upload</Button> : null}
      </div>
    </form>
  );
}
