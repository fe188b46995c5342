import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { generationQueryOptions } from '../../api/generations.ts';
import { LoadingPanel } from '../../components/ui/loading-panel.tsx';
import { useApiClient } from '../../hooks/use-api-client.ts';
import { navigate, replaceSearch, useSearch } from '../../lib/router.ts';
import { useSessionScope } from '../../lib/session-store.ts';
import { CanvasWorkspace, type OpenImageState } from '../../features/canvas/index.ts';

const OPEN_PARAMS = ['open', 'generation'] as const;

/** Takes "Open in canvas" out of the address once the canvas has it (or the user gave up). */
function forgetOpenRequest(): void {
  const params = new URLSearchParams(window.location.search);
  for (const name of OPEN_PARAMS) params.delete(name);
  const rest = params.toString();
  replaceSearch(rest ? `?${rest}` : '');
}

/**
 * `/canvas?open=<imageId>&generation=<generationId>`: the image of a generation, its size and its
 * prompt, resolved through the generation's query (History has usually cached it already).
 */
function useOpenRequest(): OpenImageState | null {
  const client = useApiClient();
  const params = new URLSearchParams(useSearch());
  const imageId = params.get('open');
  const generationId = params.get('generation');
  const wanted = imageId !== null && generationId !== null;
  const query = useQuery({
    ...generationQueryOptions(client, generationId ?? ''),
    enabled: wanted,
  });
  if (!wanted) return null;
  const key = `${generationId}/${imageId}`;
  if (query.isError) {
    return {
      status: 'failed',
      key,
      message: query.error.message,
      retry: () => void query.refetch(),
    };
  }
  const generation = query.data;
  if (!generation) return { status: 'loading', key };
  const image = generation.generated_images.find((candidate) => candidate.id === imageId);
  if (!image) {
    return {
      status: 'failed',
      key,
      message: 'That image is not part of the generation (any more).',
      retry: () => void query.refetch(),
    };
  }
  return {
    status: 'ready',
    key,
    url: image.url,
    width: generation.imageWidth ?? 0,
    height: generation.imageHeight ?? 0,
    prompt: generation.prompt ?? '',
  };
}

// Loaded lazily by routes.ts: Konva and the whole canvas live in this view's own chunk.
export function CanvasView() {
  const scope = useSessionScope();
  const openImage = useOpenRequest();
  const handled = useCallback(() => forgetOpenRequest(), []);
  const client = useApiClient();
  // "Use as init image": Generate opens and shows the upload's progress while the picture goes
  // through Leonardo's init-image flow. Generate's code is loaded only now, not with the canvas.
  const handOffInitImage = useCallback(
    (image: Blob, name: string) => {
      navigate('/generate');
      void import('../../features/generate/index.ts').then((generate) =>
        generate.handOffInitImage(client, image, name),
      );
    },
    [client],
  );
  if (scope === null) return <LoadingPanel label="Loading the canvas…" />;
  // Everything the canvas keeps belongs to this server and user; a new scope is a new canvas.
  return (
    <CanvasWorkspace
      key={scope}
      scope={scope}
      openImage={openImage}
      onOpenImageHandled={handled}
      onUseAsInitImage={handOffInitImage}
    />
  );
}
