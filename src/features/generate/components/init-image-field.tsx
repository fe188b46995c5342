import { useQuery } from '@tanstack/react-query';
import { useId, useState, type DragEvent } from 'react';
import { INIT_STRENGTH } from '../../../../contract/limits.ts';
import { initImageQueryOptions } from '../../../api/init-images.ts';
import { Button } from '../../../components/ui/button.tsx';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { INIT_STRENGTH_STEP, initImageName, type InitImage } from '../lib/init-image.ts';
import { cancelInitUpload, startInitUpload, useInitImage } from '../lib/init-image-store.ts';

const ACCEPT = 'image/png,image/jpeg,image/webp';

/** The uploaded image's URL: kept with the choice, else read back (it may have expired). */
function useInitPreview(init: InitImage | null): string | null {
  const client = useApiClient();
  const lookup = useQuery({
    ...initImageQueryOptions(client, init?.id ?? ''),
    enabled: init?.kind === 'uploaded' && init.url === null,
  });
  if (!init) return null;
  return init.url ?? (init.kind === 'uploaded' ? (lookup.data ?? null) : null);
}

/**
 * Image-to-image: a picture to start from (a file picked or dropped here, or a generated image
 * sent from History, Generate's results or the canvas) and how strongly the result keeps it.
 */
export function InitImageField({ error }: { error: string | null }) {
  const client = useApiClient();
  const { init, strength, upload, choose, setStrength } = useInitImage();
  const preview = useInitPreview(init);
  const inputId = useId();
  const hintId = useId();
  const strengthId = useId();
  const errorId = useId();
  const [dragging, setDragging] = useState(false);

  function take(file: File | undefined) {
    if (file) void startInitUpload(client, file, file.name);
  }

  function handleDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    // Dropped here, the image is the init image; dropped anywhere else in Generate, the view
    // reads its settings instead.
    event.stopPropagation();
    setDragging(false);
    take(event.dataTransfer.files[0]);
  }

  const uploading = upload.status === 'uploading';
  const shownPreview = uploading ? upload.preview : preview;
  return (
    <div className="grid gap-2">
      <label htmlFor={inputId} className="text-sm font-medium">
        Init image
      </label>
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={handleDrop}
        className={`flex flex-wrap items-center gap-3 rounded-lg border border-dashed p-3 ${
          dragging ? 'border-accent bg-surface-raised' : 'border-border'
        }`}
      >
        {shownPreview ? (
          <img
            src={shownPreview}
            alt={`Init image: ${uploading ? upload.name : init ? initImageName(init) : ''}`}
            className="size-16 rounded-md bg-surface-raised object-cover"
          />
        ) : null}
        <div className="grid min-w-0 flex-1 gap-1 text-sm">
          <input
            id={inputId}
            type="file"
            accept={ACCEPT}
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
            aria-invalid={error ? true : undefined}
            onChange={(event) => {
              take(event.target.files?.[0]);
              // The same file chosen again is a new choice.
              event.target.value = '';
            }}
            className="max-w-full text-sm file:mr-3 file:rounded-lg file:border file:border-border file:bg-surface file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-fg"
          />
          <p id={hintId} className="text-xs text-muted">
            {init && !uploading
              ? init.kind === 'uploaded'
                ? `Uploaded: ${init.name}. The result starts from it.`
                : 'One of your generated images. The result starts from it.'
              : 'Optional. Pick or drop a PNG, JPEG or WebP to start from, or use “Use as init image” in History.'}
          </p>
        </div>
        {init || uploading ? (
          <Button
            variant="ghost"
            onClick={() => {
              cancelInitUpload();
              choose(null);
            }}
          >
            Remove init image
          </Button>
        ) : null}
      </div>
      {error ? (
        <p id={errorId} className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      {uploading ? (
        <p role="status" className="text-sm text-muted">
          Uploading {upload.name}…{upload.percent === null ? '' : ` ${upload.percent}%`}
        </p>
      ) : upload.status === 'failed' ? (
        <p role="alert" className="text-sm text-danger">
          Could not upload {upload.name}: {upload.message}
        </p>
      ) : null}
      {init ? (
        <div className="flex items-center gap-3 text-sm">
          <label htmlFor={strengthId} className="text-muted">
            Init strength
          </label>
          <input
            id={strengthId}
            type="range"
            min={INIT_STRENGTH.min}
            max={INIT_STRENGTH.max}
            step={INIT_STRENGTH_STEP}
            value={strength}
            onChange={(event) => setStrength(Number(event.target.value))}
            className="flex-1 accent-accent"
          />
          <output htmlFor={strengthId} className="w-10 text-right tabular-nums">
            {strength.toFixed(2)}
          </output>
        </div>
      ) : null}
    </div>
  );
}
