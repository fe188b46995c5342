import { useQuery } from '@tanstack/react-query';
import type { Generation } from '../../../../contract/index.ts';
import { jobQueryOptions } from '../../../api/jobs.ts';
import { platformModelsQueryOptions } from '../../../api/models.ts';
import { Button } from '../../../components/ui/button.tsx';
import { GeneratedImage } from '../../../components/ui/generated-image.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { useApiClient } from '../../../hooks/use-api-client.ts';
import { describeElapsed, formatElapsed } from '../../../lib/format-elapsed.ts';
import { useDownload } from '../hooks/use-download.ts';
import { formFromGeneration } from '../lib/form-from-generation.ts';
import {
  requestedImages,
  useGenerateActions,
  type GenerateResult,
} from '../lib/generate-actions.ts';
import { useGenerateForm } from '../store/generate-form-store.ts';

const small = 'px-2.5 py-1 text-xs';
const tiny = 'px-2 py-0.5 text-xs';

function bodyFlag(body: unknown, field: string): boolean | null {
  const value =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[field] : null;
  return typeof value === 'boolean' ? value : null;
}

function bodyRatio(body: unknown): string {
  const b = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const width = typeof b.width === 'number' ? b.width : 1;
  const height = typeof b.height === 'number' ? b.height : 1;
  return `${width} / ${height}`;
}

/** Boxes where the images will be, with how long the request has been going. */
function Placeholders({ result, elapsed }: { result: GenerateResult; elapsed: number }) {
  const count = requestedImages(result.body);
  return (
    <div aria-hidden="true" className="grid grid-cols-2 gap-2">
      {Array.from({ length: count }, (_, index) => (
        <div
          key={index}
          style={{ aspectRatio: bodyRatio(result.body) }}
          className="relative flex max-h-64 items-center justify-center overflow-hidden rounded-lg border border-dashed border-border bg-surface-raised text-xs text-muted"
        >
          {/* The pulse is a layer under the text, never the text (it would fade below contrast). */}
          <span className="absolute inset-0 bg-bg motion-safe:animate-pulse" />
          <span className="relative tabular-nums">
            {result.state === 'queued' ? 'Queued' : formatElapsed(elapsed)}
          </span>
        </div>
      ))}
    </div>
  );
}

function ResultImages({ generation, result }: { generation: Generation; result: GenerateResult }) {
  const { onOpenInCanvas, onUseAsInit } = useGenerateActions();
  const { download, message } = useDownload(bodyFlag(result.body, 'alchemy'));
  const images = generation.generated_images;
  if (images.length === 0) {
    return <p className="text-sm text-muted">The server made no images for this request.</p>;
  }
  return (
    <>
      <div className="grid grid-cols-2 gap-2">
        {images.map((image, index) => (
          <figure
            key={image.id}
            aria-label={`Image ${index + 1} of ${images.length}`}
            className="grid content-start gap-1.5"
          >
            <GeneratedImage
              src={image.url}
              alt={generation.prompt}
              nsfw={image.nsfw}
              width={generation.imageWidth}
              height={generation.imageHeight}
              loading="lazy"
              className="h-auto w-full rounded-lg bg-surface-raised object-contain"
            />
            {/* Short visible words, the whole action in the accessible name (which holds them). */}
            <div className="flex flex-wrap gap-1">
              <Button className={tiny} onClick={() => void download(generation, image)}>
                Download
              </Button>
              <Button
                className={tiny}
                aria-label="Open in canvas"
                onClick={() => onOpenInCanvas(image.id, generation.id)}
              >
                Canvas
              </Button>
              <Button
                className={tiny}
                aria-label="Use as init image"
                onClick={() => onUseAsInit(image.id)}
              >
                Init image
              </Button>
            </div>
          </figure>
        ))}
      </div>
      <p role="status" className="text-xs text-muted">
        {message ?? ''}
      </p>
    </>
  );
}

function StatusText({ result, elapsed }: { result: GenerateResult; elapsed: number }) {
  const time = (
    <time dateTime={`PT${Math.floor(elapsed / 1000)}S`} aria-label={describeElapsed(elapsed)}>
      {formatElapsed(elapsed)}
    </time>
  );
  switch (result.state) {
    case 'queued':
      return (
        <span className="font-medium text-accent-text">
          Queued <span className="font-normal text-muted">· waits for a free slot · {time}</span>
        </span>
      );
    case 'sending':
      return (
        <span className="flex items-center gap-1.5">
          <Spinner className="size-3" /> Sending…
        </span>
      );
    case 'running':
      return (
        <span className="flex items-center gap-1.5">
          <Spinner className="size-3" /> Generating… {time}
        </span>
      );
    case 'complete':
      return <span>Complete in {time}</span>;
    case 'failed':
    case 'not-sent':
      return (
        <span className="text-danger">Failed{result.message ? `: ${result.message}` : ''}</span>
      );
  }
}

/** One request made here: placeholders while it waits or runs, then its images and actions. */
export function ResultCard({ result, now }: { result: GenerateResult; now: number }) {
  const client = useApiClient();
  const actions = useGenerateActions();
  const models = useQuery(platformModelsQueryOptions(client));
  const following =
    result.jobId !== null && (result.state === 'running' || result.state === 'complete');
  const job = useQuery({
    ...jobQueryOptions(client, 'text-to-image', result.jobId ?? '', result.startedAt),
    enabled: following,
  });
  const generation = job.data?.result ?? null;
  const since = result.startedAt ?? result.requestedAt;
  const elapsed = Math.max(0, (result.finishedAt ?? now) - since);
  const waiting =
    result.state === 'queued' || result.state === 'sending' || result.state === 'running';

  function reuse(chosen: Generation) {
    const { form, replace } = useGenerateForm.getState();
    replace(
      formFromGeneration(
        chosen,
        form,
        (models.data ?? []).map((m) => m.id),
      ),
    );
  }

  return (
    <li aria-label={result.label} className="grid gap-2 rounded-lg border border-border p-3">
      <div className="grid gap-0.5">
        <p className="line-clamp-2 text-sm break-words">{result.label}</p>
        <p className="text-xs text-muted">
          <StatusText result={result} elapsed={elapsed} />
        </p>
      </div>
      {waiting ? <Placeholders result={result} elapsed={elapsed} /> : null}
      {result.state === 'complete' && generation ? (
        <ResultImages generation={generation} result={result} />
      ) : null}
      {result.state === 'complete' && !generation ? (
        <p role={job.isError ? 'alert' : 'status'} className="text-sm text-muted">
          {job.isError
            ? `The images could not be loaded: ${job.error.message}`
            : 'Loading the images…'}
        </p>
      ) : null}
      <div className="flex flex-wrap justify-end gap-2">
        {result.state === 'queued' ? (
          <Button variant="ghost" className={small} onClick={() => actions.onCancel(result.key)}>
            Cancel
          </Button>
        ) : null}
        {result.state === 'failed' || result.state === 'not-sent' ? (
          <Button className={small} onClick={() => actions.onRetry(result.key)}>
            Retry
          </Button>
        ) : null}
        {generation && result.jobId ? (
          <>
            <Button className={small} onClick={() => reuse(generation)}>
              Reuse
            </Button>
            <Button className={small} onClick={() => actions.onOpenDetails(generation.id)}>
              Details
            </Button>
          </>
        ) : null}
      </div>
    </li>
  );
}
