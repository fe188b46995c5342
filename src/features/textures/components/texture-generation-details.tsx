import { Button } from '../../../components/ui/button.tsx';
import { LoadingPanel } from '../../../components/ui/loading-panel.tsx';
import type { OpenTexture } from '../hooks/use-texture-generation.ts';
import { ErrorAlert } from './error-alert.tsx';
import { JobProgress } from './job-progress.tsx';
import { StatusBadge } from './status-badge.tsx';
import { TextureMapsGrid } from './texture-maps-grid.tsx';

interface TextureGenerationDetailsProps {
  texture: OpenTexture;
  onClose: () => void;
}

/** The open texture generation: its prompt and seed, the running job, or its maps. */
export function TextureGenerationDetails({ texture, onClose }: TextureGenerationDetailsProps) {
  if (texture.isPending) return <LoadingPanel label="Loading the texture generation…" />;
  if (texture.error) {
    return (
      <div className="grid gap-2">
        <ErrorAlert
          error={texture.error}
          prefix="Could not load this texture generation: "
          onRetry={texture.retry}
        />
        <Button variant="ghost" className="justify-self-start" onClick={onClose}>
          Close
        </Button>
      </div>
    );
  }
  const generation = texture.generation;
  // Just started, and the server does not show it yet.
  if (!generation) return <LoadingPanel label="Starting the texture job…" />;
  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <StatusBadge status={generation.status} />
        <Button variant="ghost" onClick={onClose}>
          Close
        </Button>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-muted">Prompt</dt>
        <dd className="break-words">{generation.prompt}</dd>
        {generation.negativePrompt ? (
          <>
            <dt className="text-muted">Negative prompt</dt>
            <dd className="break-words">{generation.negativePrompt}</dd>
          </>
        ) : null}
        <dt className="text-muted">Seed</dt>
        <dd className="tabular-nums">{generation.seed ?? 'random'}</dd>
      </dl>
      {generation.status === 'PENDING' ? <JobProgress createdAt={generation.createdAt} /> : null}
      {generation.status === 'FAILED' ? (
        <p
          role="alert"
          className="rounded-lg border border-danger/40 bg-danger-bg px-3 py-2 text-sm text-danger"
        >
          The texture job failed. Try again, perhaps with another prompt or seed.
        </p>
      ) : null}
      {generation.status === 'COMPLETE' ? (
        <TextureMapsGrid images={generation.model_asset_texture_images} />
      ) : null}
    </div>
  );
}
